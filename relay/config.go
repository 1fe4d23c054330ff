package relay

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/relay/deliver"
	"go.yaml.in/yaml/v3"
)

// ConfigFile is a `smtpgw relay --config FILE`: a YAML mapping whose keys
// are the relay's flags by their long names (so every flag, including
// those added later, can be set from it), plus a destinations: section.
// Flags given on the command line win over the file.
//
//	listen: [127.0.0.1:2525, "[::1]:2525"]
//	max-deliveries: 40
//	bounce: true
//	destinations:
//	  gmail: {concurrency: 3, per-minute: 120}
//	  partner: {mx: [mx1.partner.example], concurrency: 2}
type ConfigFile struct {
	Path  string
	Flags []ConfigFlag
	// Destinations are the destinations: section, in file order; each is
	// applied like a --destination value, before those of the command line.
	Destinations []ConfigDestination
}

// ConfigFlag is one flag set by a config file.
type ConfigFlag struct {
	Name   string
	Values []string // one for a scalar; several for a list (repeatable flags)
	Line   int
}

// ConfigDestination is one entry of the destinations: section.
type ConfigDestination struct {
	Name     string
	Settings [][2]string // key, value (lists joined: mx with '|', retry with '/')
	Line     int
}

// ConfigDestinationsKey is the config file's section of destination
// settings (the keys of --destination).
const ConfigDestinationsKey = "destinations"

// LoadConfig reads and checks the structure of a config file: a mapping of
// keys to scalars or lists of scalars, and a destinations: mapping of
// names to mappings. Which keys exist is checked by Apply.
func LoadConfig(path string) (*ConfigFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read the config file: %w", err)
	}
	return ParseConfig(path, b)
}

// ParseConfig is LoadConfig of the file's content b.
func ParseConfig(path string, b []byte) (*ConfigFile, error) {
	c := &ConfigFile{Path: path}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("config %s: not YAML: %v", path, err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return c, nil // empty file
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("config %s line %d: want a mapping of flag names to values, such as \"max-deliveries: 40\"", path, root.Line)
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		name := k.Value
		if prev, dup := seen[name]; dup {
			return nil, fmt.Errorf("config %s line %d: %q is set twice (first on line %d)", path, k.Line, name, prev)
		}
		seen[name] = k.Line
		if name == ConfigDestinationsKey {
			ds, err := parseDestinations(path, v)
			if err != nil {
				return nil, err
			}
			c.Destinations = ds
			continue
		}
		vals, err := scalars(v)
		if err != nil {
			return nil, fmt.Errorf("config %s line %d: %s: %v", path, v.Line, name, err)
		}
		c.Flags = append(c.Flags, ConfigFlag{Name: name, Values: vals, Line: k.Line})
	}
	return c, nil
}

// scalars returns the value of a scalar or a list of scalars.
func scalars(v *yaml.Node) ([]string, error) {
	if v.Kind == yaml.AliasNode {
		v = v.Alias
	}
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return nil, errors.New("no value")
		}
		return []string{v.Value}, nil
	case yaml.SequenceNode:
		var out []string
		for _, e := range v.Content {
			if e.Kind != yaml.ScalarNode || e.Tag == "!!null" {
				return nil, fmt.Errorf("line %d: a list holds plain values only", e.Line)
			}
			out = append(out, e.Value)
		}
		return out, nil
	}
	return nil, errors.New("want a value or a list of values, not a mapping")
}

func parseDestinations(path string, v *yaml.Node) ([]ConfigDestination, error) {
	if v.Kind != yaml.MappingNode {
		return nil, fmt.Errorf("config %s line %d: destinations: want a mapping of destination names to settings, such as \"gmail: {concurrency: 3}\"", path, v.Line)
	}
	var out []ConfigDestination
	for i := 0; i+1 < len(v.Content); i += 2 {
		n, m := v.Content[i], v.Content[i+1]
		if m.Kind != yaml.MappingNode {
			return nil, fmt.Errorf("config %s line %d: destinations: %s: want a mapping of settings, such as \"{concurrency: 3, per-minute: 120}\"", path, m.Line, n.Value)
		}
		d := ConfigDestination{Name: n.Value, Line: n.Line}
		for j := 0; j+1 < len(m.Content); j += 2 {
			k, val := m.Content[j], m.Content[j+1]
			vals, err := scalars(val)
			if err != nil {
				return nil, fmt.Errorf("config %s line %d: destinations: %s: %s: %v", path, val.Line, n.Value, k.Value, err)
			}
			sep := "/"
			if k.Value == "mx" {
				sep = "|"
			}
			d.Settings = append(d.Settings, [2]string{k.Value, strings.Join(vals, sep)})
		}
		out = append(out, d)
	}
	return out, nil
}

// configSkip are flags a config file cannot set.
var configSkip = lazy.Value[map[string]bool]{New: func() map[string]bool { return map[string]bool{"config": true, "help": true} }}

// Flags are the settings a config file sets: the relay command's flags by
// their long names. The command supplies them (cmd/smtpgw adapts its flag
// set), so that this package knows no command-line library.
type Flags interface {
	// Flag returns the type of the named flag's value ("bool", "int",
	// "duration", "string", "stringArray", "stringSlice"), whether the
	// command line set it, and ok false when there is no such flag.
	Flag(name string) (typ string, changed, ok bool)
	// Set sets the flag from one value; a repeatable flag collects them.
	Set(name, value string) error
	// Names lists the flags a person may set (hidden ones aside).
	Names() []string
}

// Apply sets the flags of fs that the file names and the command line did
// not set. A key that is no flag of fs is an error that names the keys
// there are.
func (c *ConfigFile) Apply(fs Flags) error {
	for _, cf := range c.Flags {
		typ, changed, ok := fs.Flag(cf.Name)
		if !ok || configSkip.Get()[cf.Name] {
			return fmt.Errorf("config %s line %d: unknown key %q; the keys are the relay's flags and %s: %s",
				c.Path, cf.Line, cf.Name, ConfigDestinationsKey, strings.Join(ConfigKeys(fs), ", "))
		}
		if changed {
			continue // the command line wins
		}
		repeatable := strings.HasSuffix(typ, "Array") || strings.HasSuffix(typ, "Slice")
		if len(cf.Values) != 1 && !repeatable {
			return fmt.Errorf("config %s line %d: %s takes one value, not a list", c.Path, cf.Line, cf.Name)
		}
		for _, v := range cf.Values {
			if err := fs.Set(cf.Name, v); err != nil {
				return fmt.Errorf("config %s line %d: %s: %q is not a valid %s (%v)", c.Path, cf.Line, cf.Name, v, typeName(typ), err)
			}
		}
	}
	return nil
}

func typeName(t string) string {
	switch t {
	case "int":
		return "whole number"
	case "bool":
		return "true or false"
	case "duration":
		return "duration such as 30s or 5m"
	case "stringArray", "stringSlice":
		return "value"
	}
	return t
}

// ConfigKeys returns the keys a config file for fs may hold, sorted: the
// long names of its flags (hidden ones aside) and destinations.
func ConfigKeys(fs Flags) []string {
	keys := []string{ConfigDestinationsKey}
	for _, n := range fs.Names() {
		if !configSkip.Get()[n] {
			keys = append(keys, n)
		}
	}
	sort.Strings(keys)
	return keys
}

// ConfigProfiles applies a config file's destinations: section to the
// profiles ps, in file order; errors name the file and line.
func ConfigProfiles(ps deliver.Profiles, path string, ds []ConfigDestination) (deliver.Profiles, error) {
	for _, d := range ds {
		var err error
		if ps, err = ps.Override(d.Name, d.Settings); err != nil {
			return nil, fmt.Errorf("config %s line %d: %w", path, d.Line, err)
		}
	}
	return ps, nil
}

// IgnoredWithSmarthost returns the destinations named in a config file's
// destinations: section or in --destination values (NAME:...) that a relay
// delivering through a smarthost never uses: all but "default".
func IgnoredWithSmarthost(cfg []ConfigDestination, specs []string) []string {
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		n = strings.ToLower(strings.TrimSpace(n))
		if n != deliver.DefaultProfileName && n != "" && !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, d := range cfg {
		add(d.Name)
	}
	for _, s := range specs {
		n, _, _ := strings.Cut(s, ":")
		add(n)
	}
	return names
}
