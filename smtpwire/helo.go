package smtpwire

import (
	"bufio"
	"io"
	"net"
	"os"
	"strings"
)

// AddressLiteral renders a local address as an SMTP address literal:
// "[192.0.2.1]" or "[IPv6:2001:db8::1]" (RFC 5321 §4.1.3). Anything that is
// not a TCP address with an IP gives "[127.0.0.1]".
func AddressLiteral(a net.Addr) string {
	ta, ok := a.(*net.TCPAddr)
	if !ok || ta.IP == nil {
		return "[127.0.0.1]"
	}
	if ip4 := ta.IP.To4(); ip4 != nil {
		return "[" + ip4.String() + "]"
	}
	return "[IPv6:" + ta.IP.String() + "]"
}

// HeloFor returns the EHLO name for a connection: name when it is set, else
// the address literal of the connection's local address.
func HeloFor(name string, c net.Conn) string {
	if name != "" {
		return name
	}
	return AddressLiteral(c.LocalAddr())
}

// DefaultHelo returns the EHLO name to use when none is configured: this
// machine's fully qualified name (LocalFQDN) when it has a dot, else "",
// which tells the caller to use each connection's address literal
// (HeloFor). A dotless name is refused by many MTAs (Postfix
// reject_non_fqdn_helo_hostname: "504 5.5.2 <vm>: Helo command rejected:
// need fully-qualified hostname"); an address literal is accepted.
func DefaultHelo() string {
	if h := LocalFQDN(); strings.Contains(h, ".") {
		return h
	}
	return ""
}

// LocalFQDN returns this machine's fully qualified name, as best known
// without DNS: the host name when it has a dot, else a dotted alias of it
// from /etc/hosts, else the bare host name ("localhost" when even that is
// unknown).
func LocalFQDN() string {
	h, err := os.Hostname()
	if err != nil || h == "" {
		return "localhost"
	}
	if strings.Contains(h, ".") {
		return h
	}
	f, err := os.Open("/etc/hosts")
	if err != nil {
		return h
	}
	defer f.Close()
	return fqdnFromHosts(f, h)
}

// fqdnFromHosts finds, in an /etc/hosts file, a line naming host and returns
// that line's first name beginning with "host."; host when there is none.
func fqdnFromHosts(r io.Reader, host string) string {
	prefix := strings.ToLower(host) + "."
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fs := strings.Fields(line)
		if len(fs) < 2 {
			continue
		}
		names := fs[1:]
		has := false
		for _, n := range names {
			if strings.EqualFold(n, host) {
				has = true
			}
		}
		if !has {
			continue
		}
		for _, n := range names {
			if strings.HasPrefix(strings.ToLower(n), prefix) {
				return n
			}
		}
	}
	return host
}
