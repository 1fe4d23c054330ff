package probe

import (
	"encoding/json"
	"testing"
	"time"
)

func TestMillisJSON(t *testing.T) {
	t.Parallel()
	b, err := json.Marshal(struct {
		A Millis `json:"a"`
	}{Millis(1500 * time.Microsecond)})
	if err != nil || string(b) != `{"a":1.5}` {
		t.Errorf("%s %v", b, err)
	}
	if Millis(time.Second).Duration() != time.Second {
		t.Error("Duration")
	}
}

func TestMillisShort(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{{50 * time.Microsecond, "<0.1ms"}, {2345 * time.Microsecond, "2.3ms"}, {45 * time.Millisecond, "45ms"}} {
		if got := Millis(tc.d).Short(); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.d, got, tc.want)
		}
	}
}
