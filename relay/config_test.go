package relay

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fakeFlags is a Flags of a few typed values, as a command would supply
// them: Set checks the value as a flag parser does.
type fakeFlags struct {
	typ     map[string]string
	hidden  map[string]bool
	changed map[string]bool
	set     map[string][]string
}

func newFakeFlags() *fakeFlags {
	return &fakeFlags{
		typ: map[string]string{"max-deliveries": "int", "bounce": "bool", "retry-max": "duration", "listen": "stringArray",
			"hostname": "string", "config": "string", "secret-knob": "int"},
		hidden:  map[string]bool{"secret-knob": true},
		changed: map[string]bool{},
		set:     map[string][]string{},
	}
}

func (f *fakeFlags) Flag(name string) (string, bool, bool) {
	t, ok := f.typ[name]
	return t, f.changed[name], ok
}

func (f *fakeFlags) Set(name, v string) error {
	var err error
	switch f.typ[name] {
	case "int":
		_, err = strconv.Atoi(v)
	case "bool":
		_, err = strconv.ParseBool(v)
	case "duration":
		_, err = time.ParseDuration(v)
	}
	if err != nil {
		return errors.New("parse error")
	}
	f.changed[name] = true
	f.set[name] = append(f.set[name], v)
	return nil
}

func (f *fakeFlags) Names() []string {
	var n []string
	for k := range f.typ {
		if !f.hidden[k] {
			n = append(n, k)
		}
	}
	return n
}

// Apply sets what the command line did not, each value through the
// command's own parser, and says what is wrong with the file's line.
func TestConfigApply(t *testing.T) {
	t.Parallel()
	fs := newFakeFlags()
	fs.changed["hostname"] = true // given on the command line: it wins
	cf, err := ParseConfig("r.yaml", []byte("max-deliveries: 40\nbounce: true\nlisten: [127.0.0.1:1, 127.0.0.1:2]\nhostname: file.example.test\nsecret-knob: 3\n"))
	if err != nil {
		t.Fatal(err)
	}
	if err := cf.Apply(fs); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(fs.set["max-deliveries"], []string{"40"}) || !slices.Equal(fs.set["listen"], []string{"127.0.0.1:1", "127.0.0.1:2"}) ||
		!slices.Equal(fs.set["bounce"], []string{"true"}) || fs.set["hostname"] != nil || !slices.Equal(fs.set["secret-knob"], []string{"3"}) {
		t.Errorf("set %v", fs.set)
	}
	for yaml, want := range map[string]string{
		"max-deliverys: 4\n":       `config r.yaml line 1: unknown key "max-deliverys"; the keys are the relay's flags and destinations: bounce, destinations, hostname, listen, max-deliveries, retry-max`,
		"config: other.yaml\n":     `unknown key "config"`,
		"max-deliveries: lots\n":   `config r.yaml line 1: max-deliveries: "lots" is not a valid whole number (parse error)`,
		"retry-max: soon\n":        `"soon" is not a valid duration such as 30s or 5m`,
		"bounce: maybe\n":          `"maybe" is not a valid true or false`,
		"max-deliveries: [1, 2]\n": "config r.yaml line 1: max-deliveries takes one value, not a list",
	} {
		cf, err := ParseConfig("r.yaml", []byte(yaml))
		if err != nil {
			t.Fatal(err)
		}
		if err := cf.Apply(newFakeFlags()); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", yaml, err, want)
		}
	}
}
