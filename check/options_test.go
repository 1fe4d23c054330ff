package check

import (
	"context"
	"errors"
	"net"
	"testing"
)

func TestOptionsValidate(t *testing.T) {
	t.Parallel()
	ip := net.ParseIP("192.0.2.25")
	good := []Options{
		{},
		{Submission: true, DKIMSelectors: []string{"s1", "google"}, HELO: "mail.example.test"},
		{SPFIP: ip, SPFSender: "<>", SPFHELO: "[192.0.2.25]"},
		{SkipSMTP: true, SPFIP: ip, SPFSender: "bounce@example.test"},
	}
	for _, o := range good {
		if err := o.Validate(); err != nil {
			t.Errorf("%+v: %v", o, err)
		}
	}
	bad := []struct {
		o     Options
		field string
	}{
		{Options{SkipSMTP: true, Submission: true}, "SkipSMTP"},
		{Options{Timeout: -1}, "Timeout"},
		{Options{DKIMSelectors: []string{"a b"}}, "DKIMSelectors"},
		{Options{DKIMSelectors: []string{""}}, "DKIMSelectors"},
		{Options{SPFSender: "bounce@example.test"}, "SPFSender"},
		{Options{SPFIP: ip, SPFSender: "bounce"}, "SPFSender"},
		{Options{SPFHELO: "mail.example.test"}, "SPFHELO"},
		{Options{HELO: "two words"}, "HELO"},
		{Options{PortMap: map[int]string{443: ":70000"}}, "PortMap"},
		{Options{PortMap: map[int]string{25: "nowhere"}}, "PortMap"},
	}
	for _, tc := range bad {
		err := tc.o.Validate()
		var oe *OptionError
		if !errors.As(err, &oe) || oe.Field != tc.field || !oe.InvalidInput() {
			t.Errorf("%+v: %v, want an OptionError for %s", tc.o, err, tc.field)
		}
	}
}

// RunAll refuses unusable options before any work, and turns a domain
// whose check cannot run into a check.error result in input order.
func TestRunAll(t *testing.T) {
	t.Parallel()
	if _, err := RunAll(context.Background(), Options{SkipSMTP: true, Submission: true}, []string{"a.test"}, nil); err == nil {
		t.Error("RunAll ran with options that exclude each other")
	}
	var calls []int
	rs, err := RunAll(context.Background(), Options{}, []string{"a.test", "b.test"}, func(n int) { calls = append(calls, n) })
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 || rs[0].Domain != "a.test" || rs[1].Domain != "b.test" || len(calls) != 2 || calls[1] != 2 {
		t.Fatalf("results %+v, progress %v", rs, calls)
	}
	for _, r := range rs {
		if r.Worst != "fail" || len(r.Findings) != 1 || r.Findings[0].ID != "check.error" || r.Findings[0].Summary != "check: no resolver" {
			t.Errorf("%+v", r)
		}
	}
}
