package summary

import (
	"errors"
	"testing"
)

// mustNew is New for options the test knows to be valid.
func mustNew(tb testing.TB, o Options) *Summary {
	tb.Helper()
	s, err := New(o)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func TestOptionsValidate(t *testing.T) {
	s := mustNew(t, Options{})
	if s.opts.Top != DefaultTop || s.opts.MaxGroups != DefaultMaxGroups || s.opts.MaxNamed != DefaultMaxNamed {
		t.Errorf("defaults: %+v", s.opts)
	}
	for field, o := range map[string]Options{"Top": {Top: -1}, "MaxGroups": {MaxGroups: -1}, "MaxNamed": {MaxNamed: -2}} {
		_, err := New(o)
		var oe *OptionError
		if !errors.As(err, &oe) || oe.Field != field || !oe.InvalidInput() || o.Validate() == nil {
			t.Errorf("%+v: %v, want an OptionError on %s", o, err, field)
		}
	}
}
