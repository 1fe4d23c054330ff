package summary

// OptionError is an unusable Options field: the caller's input is wrong,
// not the logs. Field is the Options field's name; commands map it to
// their flag.
type OptionError struct {
	Field   string // "Top", ...
	Problem string // what is wrong and what to give instead
}

func (e *OptionError) Error() string { return e.Field + ": " + e.Problem }

// InvalidInput marks the error as the caller's input (a usage error).
func (e *OptionError) InvalidInput() bool { return true }

// OptionField returns the field and the problem (for commands that name
// the field's flag instead).
func (e *OptionError) OptionField() (field, problem string) { return e.Field, e.Problem }

// Validate reports the first unusable field of o. The zero value is
// valid: every zero field means its default. New calls it.
func (o Options) Validate() error {
	switch {
	case o.Top < 0:
		return &OptionError{"Top", "must not be negative (0 means the default, 10; All lists every recipient)"}
	case o.MaxGroups < 0:
		return &OptionError{"MaxGroups", "must not be negative (0 means the default, 500)"}
	case o.MaxNamed < 0:
		return &OptionError{"MaxNamed", "must not be negative (0 means the default, 100)"}
	}
	return nil
}
