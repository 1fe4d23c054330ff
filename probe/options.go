package probe

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/portmap"
)

// OptionError is an unusable Options field: the caller's input is wrong,
// not the network. Field is the Options field's name; commands map it to
// their flag.
type OptionError struct {
	Field   string // "Concurrency", "HELO", ...
	Problem string // what is wrong and what to give instead
}

func (e *OptionError) Error() string { return e.Field + ": " + e.Problem }

// InvalidInput marks the error as the caller's input (a usage error).
func (e *OptionError) InvalidInput() bool { return true }

// Validate reports the first unusable field of o. The zero value is valid:
// every zero field means its default.
func (o Options) Validate() error {
	for _, p := range o.Ports {
		if p < 1 || p > 65535 {
			return &OptionError{"Ports", fmt.Sprintf("port %d is not a number from 1 to 65535", p)}
		}
	}
	for logical, to := range o.PortMap {
		if logical < 1 || logical > 65535 || portmap.ValidTarget(to) != nil {
			return &OptionError{"PortMap", fmt.Sprintf("%d=%q: map a port from 1 to 65535 to [HOST]:PORT, such as 25=127.0.0.1:2525 or 25=:2525", logical, to)}
		}
	}
	if err := ValidHELO(o.HELO); err != nil {
		return &OptionError{"HELO", err.Error()}
	}
	switch {
	case o.Timeout < 0:
		return &OptionError{"Timeout", "must not be negative (0 means the default)"}
	case o.StepTimeout < 0:
		return &OptionError{"StepTimeout", "must not be negative (0 means the default)"}
	case o.SlowGreeting < 0:
		return &OptionError{"SlowGreeting", "must not be negative (0 means the default)"}
	case o.ExpiryWarn < 0:
		return &OptionError{"ExpiryWarn", "must not be negative (0 means the default)"}
	case o.Concurrency < 0:
		return &OptionError{"Concurrency", "must not be negative (0 means the default)"}
	}
	return nil
}

// ValidHELO checks a name to send in EHLO: one host name (or address
// literal) without spaces, at most 255 bytes. "" is valid (the default).
func ValidHELO(name string) error {
	if strings.ContainsAny(name, " \t\r\n") || len(name) > 255 {
		return fmt.Errorf("%q: give one host name without spaces, such as mail.example.com", name)
	}
	return nil
}

// ParseDays parses a certificate-expiry margin: "14", "14d" (days) or a
// duration such as "72h".
func ParseDays(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if n, err := strconv.Atoi(strings.TrimSuffix(s, "d")); err == nil {
		if n < 0 {
			return 0, fmt.Errorf("%q is negative", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%q is not a number of days (14d) or a duration (72h)", s)
	}
	return d, nil
}

// OptionField returns the field and the problem (for commands that name
// the field's flag instead).
func (e *OptionError) OptionField() (field, problem string) { return e.Field, e.Problem }
