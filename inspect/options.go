package inspect

// OptionError is an unusable Options field: the caller's input is wrong,
// not the message. Field is the Options field's name; commands map it to
// their flag.
type OptionError struct {
	Field   string // "Resolver"
	Problem string // what is wrong and what to give instead
}

func (e *OptionError) Error() string { return e.Field + ": " + e.Problem }

// InvalidInput marks the error as the caller's input (a usage error).
func (e *OptionError) InvalidInput() bool { return true }

// OptionField returns the field and the problem (for commands that name
// the field's flag instead).
func (e *OptionError) OptionField() (field, problem string) { return e.Field, e.Problem }

// MaxMessageSize is the largest message worth inspecting: a reader of
// untrusted input stops there (reading one byte more tells that a message
// is too large).
const MaxMessageSize = 64 << 20

// Validate reports the first unusable field of o: a resolver is required
// (DKIM keys, SPF and DMARC are looked up); a zero Now means time.Now.
// Run calls it.
func (o Options) Validate() error {
	if o.Resolver == nil {
		return &OptionError{"Resolver", "is required: DKIM keys, SPF and DMARC records are looked up in DNS"}
	}
	return nil
}
