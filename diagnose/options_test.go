package diagnose

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestOptionsValidate(t *testing.T) {
	if err := (Options{}).Validate(); err != nil {
		t.Errorf("zero options: %v", err)
	}
	ok := Options{From: "alice@sender.test", HELO: "mail.sender.test", Server: "mx2.rcpt.test:25", DKIMSelectors: []string{"s1"},
		PortMap: map[int]string{25: "127.0.0.1:2525"}, Timeout: time.Second}
	if err := ok.Validate(); err != nil {
		t.Errorf("%+v: %v", ok, err)
	}
	for _, tc := range []struct {
		o     Options
		field string
	}{
		{Options{Timeout: -1}, "Timeout"},
		{Options{From: "alice"}, "From"},
		{Options{From: "alice@"}, "From"},
		{Options{HELO: "mail sender.test"}, "HELO"},
		{Options{Server: "https://mx.rcpt.test/"}, "Server"},
		{Options{Server: "mx.rcpt.test:0"}, "Server"},
		{Options{From: "a@sender.test", DKIMSelectors: []string{"s1/x"}}, "DKIMSelectors"},
		{Options{DKIMSelectors: []string{"s1"}}, "DKIMSelectors"}, // no From: domain to look it up at
		{Options{PortMap: map[int]string{25: "2525"}}, "PortMap"},
	} {
		err := tc.o.Validate()
		var oe *OptionError
		if !errors.As(err, &oe) || oe.Field != tc.field || !oe.InvalidInput() || !errors.Is(err, ErrUsage) {
			t.Errorf("%+v: %v, want an OptionError on %s", tc.o, err, tc.field)
		}
	}
	// Run checks the options, then its own inputs, before any network work.
	for _, tc := range []struct {
		o         Options
		recipient string
		field     string
	}{
		{Options{From: "alice"}, "bob@rcpt.test", "From"},
		{Options{}, "bob@rcpt.test", "Resolver"},
	} {
		_, err := Run(context.Background(), tc.o, tc.recipient)
		var oe *OptionError
		if !errors.As(err, &oe) || oe.Field != tc.field {
			t.Errorf("Run(%+v, %q) = %v, want an OptionError on %s", tc.o, tc.recipient, err, tc.field)
		}
	}
}
