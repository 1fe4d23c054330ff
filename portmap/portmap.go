// Package portmap reads port maps: where a client really dials when it
// means a host's port (an SMTP port, or 443 of an MTA-STS policy host).
// A lab setup, a test server on a high port, a staging policy server, or
// an SSH tunnel when the network blocks outbound port 25 ("ssh -L
// 2525:mx1.example.com:25 gateway", then 25=127.0.0.1:2525) are reached
// this way without changing what is checked: the certificate is still
// verified against the real host's name.
//
// An entry is KEY=TO. KEY is a port (every host's port: 25) or HOST:PORT
// (one host's port: mx1.example.com:25, [2001:db8::25]:25); TO is
// [HOST]:PORT, where an empty HOST keeps the host and changes the port
// (25=:2525 dials port 2525 of each MX address).
//
// One parser serves every command; it imports nothing of smtpgw.
package portmap

import (
	"fmt"
	"net"
	"strconv"
	"strings"
)

// Error is an unusable entry: the caller's input is wrong.
type Error struct {
	Entry   string // the entry as given
	Problem string // what is wrong and what to give instead
}

func (e *Error) Error() string { return fmt.Sprintf("%q: %s", e.Entry, e.Problem) }

// InvalidInput marks the error as the caller's input (a usage error).
func (e *Error) InvalidInput() bool { return true }

// Entry is one mapping.
type Entry struct {
	Host string // "" for every host
	Port int    // the logical port, 1-65535
	To   string // [HOST]:PORT to dial instead; an empty HOST keeps the host
}

// Key returns the entry's key as the dialers look it up: ":PORT" for
// every host, else HOST:PORT (IPv6 in brackets).
func (e Entry) Key() string {
	return net.JoinHostPort(e.Host, strconv.Itoa(e.Port))
}

// String returns the entry as it is written: PORT=TO or HOST:PORT=TO.
func (e Entry) String() string {
	if e.Host == "" {
		return strconv.Itoa(e.Port) + "=" + e.To
	}
	return e.Key() + "=" + e.To
}

const syntax = "write PORT=[HOST]:PORT or HOST:PORT=[HOST]:PORT, such as 25=127.0.0.1:2525 or 25=:2525"

// ParseEntry parses one KEY=TO entry.
func ParseEntry(s string) (Entry, error) {
	k, to, ok := strings.Cut(strings.TrimSpace(s), "=")
	if !ok {
		return Entry{}, &Error{s, "no '=': " + syntax}
	}
	if strings.ContainsAny(k+to, " \t\r\n\x00") {
		return Entry{}, &Error{s, "contains a space or a control character: " + syntax}
	}
	var e Entry
	if p, ok := port(k); ok {
		e.Port = p
	} else {
		h, ps, err := net.SplitHostPort(k)
		p, ok := port(ps)
		if err != nil || h == "" || !ok {
			return Entry{}, &Error{s, fmt.Sprintf("%q is neither a port from 1 to 65535 nor HOST:PORT: %s", k, syntax)}
		}
		e.Host, e.Port = h, p
	}
	if err := ValidTarget(to); err != nil {
		return Entry{}, &Error{s, err.Error()}
	}
	e.To = to
	return e, nil
}

// ValidTarget checks where an entry dials: [HOST]:PORT with a port from 1
// to 65535.
func ValidTarget(to string) error {
	_, ps, err := net.SplitHostPort(to)
	if _, ok := port(ps); err != nil || !ok {
		return fmt.Errorf("%q is not [HOST]:PORT with a port from 1 to 65535: %s", to, syntax)
	}
	return nil
}

func port(s string) (int, bool) {
	if s == "" || len(s) > 5 || strings.TrimLeft(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= 65535
}

// Parse parses entries (a later entry for the same key replaces an
// earlier one); none gives nil.
func Parse(entries []string) ([]Entry, error) {
	var out []Entry
	for _, s := range entries {
		e, err := ParseEntry(s)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// Ports parses entries that map a port of every host, as the probes take
// them (probe.Options.PortMap): port → [HOST]:PORT. An entry for one host
// is an *Error: these commands dial every MX address alike.
func Ports(entries []string) (map[int]string, error) {
	es, err := Parse(entries)
	if err != nil || len(es) == 0 {
		return nil, err
	}
	m := make(map[int]string, len(es))
	for i, e := range es {
		if e.Host != "" {
			return nil, &Error{entries[i], fmt.Sprintf("maps one host's port; this command maps a port of every host: write %d=%s", e.Port, e.To)}
		}
		m[e.Port] = e.To
	}
	return m, nil
}

// Addrs parses entries into a map from Entry.Key (":PORT" or HOST:PORT)
// to [HOST]:PORT, as the relay's delivery takes them.
func Addrs(entries []string) (map[string]string, error) {
	es, err := Parse(entries)
	if err != nil || len(es) == 0 {
		return nil, err
	}
	m := make(map[string]string, len(es))
	for _, e := range es {
		m[e.Key()] = e.To
	}
	return m, nil
}
