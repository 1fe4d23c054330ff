package diagnose

import (
	"errors"
	"fmt"
	"strings"

	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/send"
)

// OptionError is unusable input: an Options field, or Run's recipient
// ("Recipient") or a reply that cannot be read ("Reply"). The caller's
// input is wrong, not the mail path. Commands map Field to their flag.
type OptionError struct {
	Field   string // "From", "DKIMSelectors", ...
	Problem string // what is wrong and what to give instead
}

func (e *OptionError) Error() string { return e.Field + ": " + e.Problem }

// InvalidInput marks the error as the caller's input (a usage error).
func (e *OptionError) InvalidInput() bool { return true }

// OptionField returns the field and the problem (for commands that name
// the field's flag instead).
func (e *OptionError) OptionField() (field, problem string) { return e.Field, e.Problem }

// Is makes every OptionError an ErrUsage, as the package's other input
// errors are.
func (e *OptionError) Is(target error) bool { return target == ErrUsage }

// ErrUsage marks invalid input (errors.Is): every *OptionError, and the
// errors of FromBounce, ParseMessage and MessageFromHeader.
var ErrUsage = errors.New("diagnose")

// Validate reports the first unusable field of o. Run calls it; commands
// call it to report their flags' errors before any work. Every zero field
// means "not given" or its default (Run also needs a Resolver, which
// commands add last).
func (o Options) Validate() error {
	if o.Timeout < 0 {
		return &OptionError{"Timeout", "must not be negative (0 means the default)"}
	}
	if o.From != "" {
		if !strings.Contains(o.From, "@") {
			return &OptionError{"From", fmt.Sprintf("%q: give the envelope sender address, such as alice@example.org", o.From)}
		}
		if _, err := send.ParseAddress(o.From); err != nil {
			return &OptionError{"From", fmt.Sprintf("%q: %v", o.From, err)}
		}
	}
	if err := probe.ValidHELO(o.HELO); err != nil {
		return &OptionError{"HELO", err.Error()}
	}
	if o.Server != "" {
		if _, err := probe.ParseTarget(o.Server, true); err != nil {
			return &OptionError{"Server", err.Error()}
		}
	}
	for _, s := range o.DKIMSelectors {
		if s == "" || strings.ContainsAny(s, " \t/\\@:;,") {
			return &OptionError{"DKIMSelectors", fmt.Sprintf("%q: give selector names such as s1,google", s)}
		}
	}
	if len(o.DKIMSelectors) > 0 && o.From == "" && o.Message == nil {
		return &OptionError{"DKIMSelectors", "needs the sender's domain to look the selectors up at: give From or Message"}
	}
	if err := (probe.Options{PortMap: o.PortMap}).Validate(); err != nil {
		_, problem := err.(*probe.OptionError).OptionField()
		return &OptionError{"PortMap", problem}
	}
	return nil
}
