package finding

import (
	"strings"
	"testing"
)

func TestTargetString(t *testing.T) {
	for _, c := range []struct {
		t    Target
		want string
	}{
		{Target{Host: "mx1.example.test", Addr: "192.0.2.1", Port: 25}, "mx1.example.test[192.0.2.1]:25"},
		{Target{Addr: "2001:db8::1", Port: 587}, "[2001:db8::1]:587"},
		{Target{Addr: "192.0.2.1"}, "192.0.2.1"},
		{Target{Domain: "example.test"}, "example.test"},
		{Target{Host: "192.0.2.1", Addr: "192.0.2.1", Port: 465}, "192.0.2.1:465"},
	} {
		if got := c.t.String(); got != c.want {
			t.Errorf("%+v: got %q want %q", c.t, got, c.want)
		}
	}
}

func TestSortWorstFirstAndReaches(t *testing.T) {
	fs := []Finding{
		{ID: "a.ok", Status: Pass},
		{ID: "b.warn", Status: Warn},
		{ID: "c.fail", Status: Fail},
		{ID: "d.info", Status: Info},
	}
	Sort(fs)
	var ids []string
	for _, f := range fs {
		ids = append(ids, f.ID)
	}
	if strings.Join(ids, ",") != "c.fail,b.warn,d.info,a.ok" {
		t.Fatalf("order %v", ids)
	}
	if Worst(fs) != Fail || Worst(nil) != Pass {
		t.Fatal("Worst")
	}
	if !Reaches(fs[1:], Warn) || Reaches(fs[1:], Fail) || !Reaches(fs[3:], Pass) {
		t.Fatal("Reaches")
	}
	if _, err := ParseStatus("error"); err == nil {
		t.Fatal("ParseStatus accepted an unknown status")
	}
}
