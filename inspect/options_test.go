package inspect

import (
	"context"
	"errors"
	"testing"
)

func TestOptionsValidate(t *testing.T) {
	var oe *OptionError
	if err := (Options{}).Validate(); !errors.As(err, &oe) || oe.Field != "Resolver" || !oe.InvalidInput() {
		t.Errorf("no resolver: %v", err)
	}
	// Run checks its options before anything else.
	if _, err := Run(context.Background(), Options{}, []byte("From: a@example.test\r\n\r\nhi\r\n")); !errors.As(err, &oe) {
		t.Errorf("Run without a resolver: %v", err)
	}
}
