package session

import (
	"fmt"
	"strings"
	"time"
)

// DefaultIdle is how long a reply may take when Options.Idle is zero.
const DefaultIdle = 5 * time.Minute

// OptionError is an unusable Options field: the caller's input is wrong,
// not the server. Field is the Options field's name; commands map it to
// their flag.
type OptionError struct {
	Field   string // "TLS", "Port", ...
	Problem string // what is wrong and what to give instead
}

func (e *OptionError) Error() string { return e.Field + ": " + e.Problem }

// InvalidInput marks the error as the caller's input (a usage error).
func (e *OptionError) InvalidInput() bool { return true }

// OptionField returns the field and the problem (for commands that name
// the field's flag instead).
func (e *OptionError) OptionField() (field, problem string) { return e.Field, e.Problem }

// Validate reports the first unusable field of o. Every zero field but
// Target means its default. New calls it.
func (o Options) Validate() error {
	if strings.TrimSpace(o.Target) == "" {
		return &OptionError{"Target", "no server: give HOST[:PORT] or a mail domain"}
	}
	if _, err := ParseTLS(o.TLS); err != nil {
		return err
	}
	if o.Port < 0 || o.Port > 65535 {
		return &OptionError{"Port", fmt.Sprintf("%d is not a port number", o.Port)}
	}
	if o.Idle < 0 {
		return &OptionError{"Idle", "must not be negative (0 means the default, 5m)"}
	}
	if o.Helo != "" && strings.ContainsAny(o.Helo, " \t\r\n\x00") {
		return &OptionError{"Helo", fmt.Sprintf("%q contains a space or a control character: give one host name", o.Helo)}
	}
	return nil
}

// ParseTLS checks a TLS mode (TLSNone, TLSStartTLS, TLSImplicit, in any
// case; "" is the default) and returns it in lower case.
func ParseTLS(s string) (string, error) {
	switch m := strings.ToLower(s); m {
	case "", TLSNone, TLSStartTLS, TLSImplicit:
		return m, nil
	}
	return "", &OptionError{"TLS", fmt.Sprintf("%q: use starttls, implicit or none", s)}
}
