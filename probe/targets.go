package probe

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"

	"golang.org/x/net/idna"
)

// Target is one thing to probe, as given by the user.
//
// Exactly one of Domain, Host and Addr is set: a Domain is resolved through
// its MX records (RFC 5321 §5.1), a Host through its A/AAAA records with no
// MX lookup, an Addr (an IP address) is dialled as it is. Port 0 means every
// port of Options.Ports.
type Target struct {
	Input  string `json:"input"`
	Domain string `json:"domain,omitempty"`
	Host   string `json:"host,omitempty"`
	Addr   string `json:"addr,omitempty"`
	Port   int    `json:"port,omitempty"`
}

// Kind returns "domain", "host" or "addr".
func (t Target) Kind() string {
	switch {
	case t.Domain != "":
		return "domain"
	case t.Host != "":
		return "host"
	default:
		return "addr"
	}
}

// ParseTarget parses one command-line target:
//
//	example.com            a mail domain: MX lookup (a host with noMX)
//	mx1.example.com:587    a host and port: no MX lookup
//	192.0.2.25, [2001:db8::25]:465, 192.0.2.25:25   an address
//	postmaster@example.com the domain of an address
//
// Names are lower-cased, a trailing dot is removed and internationalized
// names are converted to their A-label form.
func ParseTarget(s string, noMX bool) (Target, error) {
	in := strings.TrimSpace(s)
	t := Target{Input: in}
	if in == "" {
		return t, fmt.Errorf("empty target: give a domain, HOST, HOST:PORT or an IP address")
	}
	if strings.Contains(in, "://") {
		return t, fmt.Errorf("target %q: give a domain or HOST[:PORT], not a URL (for example %q)", in, "mx.example.com:587")
	}
	if strings.ContainsAny(in, " \t/\\,;") {
		return t, fmt.Errorf("target %q contains a space or punctuation that no host name has: give one domain, HOST[:PORT] or IP per argument", in)
	}
	host := in
	if i := strings.LastIndexByte(in, '@'); i >= 0 {
		host = in[i+1:]
	}
	// A bare IPv6 address (several colons, no brackets).
	if ip := net.ParseIP(strings.Trim(host, "[]")); ip != nil {
		t.Addr = ip.String()
		return t, nil
	}
	if strings.Contains(host, ":") {
		h, p, err := net.SplitHostPort(host)
		if err != nil {
			return t, fmt.Errorf("target %q: %v (write IPv6 addresses with a port as [2001:db8::1]:25)", in, errText(err))
		}
		port, err := strconv.Atoi(p)
		if err != nil || port < 1 || port > 65535 {
			return t, fmt.Errorf("target %q: port %q is not a number from 1 to 65535", in, p)
		}
		t.Port = port
		if ip := net.ParseIP(h); ip != nil {
			t.Addr = ip.String()
			return t, nil
		}
		name, err := normalizeName(h)
		if err != nil {
			return t, fmt.Errorf("target %q: %v", in, err)
		}
		t.Host = name
		return t, nil
	}
	name, err := normalizeName(host)
	if err != nil {
		return t, fmt.Errorf("target %q: %v", in, err)
	}
	if noMX {
		t.Host = name
	} else {
		t.Domain = name
	}
	return t, nil
}

func errText(err error) string {
	if ae, ok := err.(*net.AddrError); ok {
		return ae.Err
	}
	return err.Error()
}

// normalizeName lower-cases a host name, removes one trailing dot, converts
// U-labels to A-labels and checks the LDH syntax (underscores allowed, as
// some internal names use them).
func normalizeName(h string) (string, error) {
	h = strings.TrimSuffix(h, ".")
	if h == "" {
		return "", fmt.Errorf("empty host name")
	}
	a, err := idna.Lookup.ToASCII(h)
	if err != nil {
		// idna rejects underscores; fall back to the plain checks below.
		a = strings.ToLower(h)
	}
	a = strings.ToLower(a)
	if len(a) > 253 {
		return "", fmt.Errorf("host name longer than 253 characters")
	}
	for _, label := range strings.Split(a, ".") {
		if label == "" {
			return "", fmt.Errorf("host name %q has an empty label (two dots in a row)", h)
		}
		if len(label) > 63 {
			return "", fmt.Errorf("host name label %q is longer than 63 characters", label)
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return "", fmt.Errorf("host name %q contains %q, which host names cannot", h, c)
			}
		}
		if label[0] == '-' || label[len(label)-1] == '-' {
			return "", fmt.Errorf("host name label %q starts or ends with a hyphen", label)
		}
	}
	return a, nil
}

// ReadTargetsFile reads the targets listed in the file at path, "-" being
// stdin (see ReadTargets). It returns them with the name to use in messages
// about the file ("stdin" for "-"); an unreadable file is an error
// "cannot read -f: ...".
func ReadTargetsFile(path string, stdin io.Reader, noMX bool) ([]Target, string, error) {
	if path == "-" {
		ts, err := ReadTargets(stdin, "stdin", noMX)
		return ts, "stdin", err
	}
	fh, err := os.Open(path)
	if err != nil {
		return nil, path, fmt.Errorf("cannot read -f: %v", err)
	}
	defer fh.Close()
	ts, err := ReadTargets(fh, path, noMX)
	return ts, path, err
}

// ReadTargets reads one target per line; blank lines and everything after
// a '#' are ignored. Errors name the line.
func ReadTargets(r io.Reader, name string, noMX bool) ([]Target, error) {
	var out []Target
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		t, err := ParseTarget(line, noMX)
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %v", name, n, err)
		}
		out = append(out, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %v", name, err)
	}
	return out, nil
}

// ParsePorts parses a --ports list such as "25,587,465".
func ParsePorts(s string) ([]int, error) {
	var out []int
	seen := map[int]bool{}
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		p, err := strconv.Atoi(f)
		if err != nil || p < 1 || p > 65535 {
			return nil, fmt.Errorf("port %q is not a number from 1 to 65535", f)
		}
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no port given: use a comma-separated list such as 25,587,465")
	}
	return out, nil
}
