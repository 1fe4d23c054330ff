package probe

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestOptionsValidate(t *testing.T) {
	t.Parallel()
	if err := (Options{}).Validate(); err != nil {
		t.Errorf("the zero value: %v", err)
	}
	ok := Options{Ports: []int{25, 2525}, PortMap: map[int]string{25: ":2525"}, HELO: "mail.example.test", Concurrency: 4, StepTimeout: time.Second}
	if err := ok.Validate(); err != nil {
		t.Errorf("%+v: %v", ok, err)
	}
	bad := []struct {
		o     Options
		field string
	}{
		{Options{Ports: []int{0}}, "Ports"},
		{Options{Ports: []int{65536}}, "Ports"},
		{Options{PortMap: map[int]string{25: "2525"}}, "PortMap"},
		{Options{HELO: "two words"}, "HELO"},
		{Options{HELO: strings.Repeat("a", 256)}, "HELO"},
		{Options{Timeout: -time.Second}, "Timeout"},
		{Options{StepTimeout: -1}, "StepTimeout"},
		{Options{SlowGreeting: -1}, "SlowGreeting"},
		{Options{ExpiryWarn: -1}, "ExpiryWarn"},
		{Options{Concurrency: -1}, "Concurrency"},
	}
	for _, tc := range bad {
		err := tc.o.Validate()
		var oe *OptionError
		if !errors.As(err, &oe) || oe.Field != tc.field || !oe.InvalidInput() || oe.Problem == "" {
			t.Errorf("%+v: %v, want an OptionError for %s", tc.o, err, tc.field)
		}
	}
	// Probe itself refuses them, before any network work.
	if _, err := Probe(t.Context(), Options{Concurrency: -1}, Target{Input: "127.0.0.1", Addr: "127.0.0.1"}); err == nil {
		t.Error("Probe ran with a negative concurrency")
	}
}

func TestParseDaysAndPortMap(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]time.Duration{"14": 14 * 24 * time.Hour, "3d": 72 * time.Hour, "36h": 36 * time.Hour} {
		if d, err := ParseDays(in); err != nil || d != want {
			t.Errorf("%q: %v %v", in, d, err)
		}
	}
	for _, in := range []string{"-1", "soon", "-5h"} {
		if _, err := ParseDays(in); err == nil {
			t.Errorf("%q accepted", in)
		}
	}
}
