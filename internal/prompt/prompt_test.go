package prompt

import (
	"errors"
	"testing"
)

// TestCheck: an empty answer takes the default or is allowed when
// optional, else it is refused; a given answer goes to the validator.
func TestCheck(t *testing.T) {
	noDots := func(s string) error {
		if s == "a.b" {
			return errors.New("no dots")
		}
		return nil
	}
	for _, c := range []struct {
		q      Question
		answer string
		ok     bool
	}{
		{Question{}, "", false},
		{Question{}, "  ", false},
		{Question{Default: "x"}, "", true},
		{Question{Optional: true}, "", true},
		{Question{Validate: noDots}, "a.b", false},
		{Question{Validate: noDots}, " ab ", true},
		{Question{Default: "a.b", Validate: noDots}, "", true}, // the default is the command's own
	} {
		if err := c.q.check(c.answer); (err == nil) != c.ok {
			t.Errorf("%+v answered %q: err %v", c.q, c.answer, err)
		}
	}
}
