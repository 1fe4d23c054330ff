package session

import (
	"errors"
	"testing"
	"time"
)

func TestOptionsValidate(t *testing.T) {
	if err := (Options{Target: "mx.example.test"}).Validate(); err != nil {
		t.Errorf("zero options with a target: %v", err)
	}
	for _, tc := range []struct {
		o     Options
		field string
	}{
		{Options{}, "Target"},
		{Options{Target: " "}, "Target"},
		{Options{Target: "mx.example.test", TLS: "opportunistic"}, "TLS"},
		{Options{Target: "mx.example.test", Port: 65536}, "Port"},
		{Options{Target: "mx.example.test", Port: -1}, "Port"},
		{Options{Target: "mx.example.test", Idle: -time.Second}, "Idle"},
		{Options{Target: "mx.example.test", Helo: "a b"}, "Helo"},
		{Options{Target: "mx.example.test", Helo: "a\x00"}, "Helo"},
	} {
		err := tc.o.Validate()
		var oe *OptionError
		if !errors.As(err, &oe) || oe.Field != tc.field || !oe.InvalidInput() {
			t.Errorf("%+v: %v, want an OptionError on %s", tc.o, err, tc.field)
		}
		// New refuses the same options with the same error.
		if _, nerr := New(tc.o, nil); nerr == nil || nerr.Error() != err.Error() {
			t.Errorf("New(%+v) = %v, want %v", tc.o, nerr, err)
		}
	}
	s, err := New(Options{Target: "mx.example.test", TLS: "StartTLS"}, nil)
	if err != nil || s.o.TLS != TLSStartTLS || s.o.Idle != DefaultIdle {
		t.Errorf("defaults: %v %+v", err, s)
	}
}
