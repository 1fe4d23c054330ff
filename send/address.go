package send

import (
	"fmt"
	"net/netip"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/idna"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// Address is a validated RFC 5321 mailbox (local-part "@" domain), with
// RFC 6531 (SMTPUTF8) UTF-8 allowed in the local part and IDN domains.
type Address struct {
	Local       string // the local part as given (quoted form kept)
	Domain      string // the domain as given (U-labels kept), or an address literal "[192.0.2.1]"
	ASCIIDomain string // the domain in A-label form (RFC 5890); the literal as is
	Literal     bool   // Domain is an address literal
}

// String renders the address as given.
func (a Address) String() string { return a.Local + "@" + a.Domain }

// ASCII renders the address with the domain in A-label form, the form sent
// to servers without SMTPUTF8.
func (a Address) ASCII() string { return a.Local + "@" + a.ASCIIDomain }

// NeedsSMTPUTF8 reports whether the local part is non-ASCII, so the address
// can only be sent to a server that offers SMTPUTF8 (RFC 6531).
func (a Address) NeedsSMTPUTF8() bool { return !isASCII(a.Local) }

// Wire returns the form of the address to send in MAIL FROM/RCPT TO: the
// A-label form, unless utf8 (the transaction uses SMTPUTF8) and the local
// part is non-ASCII, in which case the address is sent as given.
func (a Address) Wire(utf8 bool) string {
	if utf8 && a.NeedsSMTPUTF8() {
		return a.String()
	}
	return a.ASCII()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// idnaProfile converts U-labels to A-labels the way a sending MTA must
// (UTS #46 lookup mapping, bidi rule, label validation).
var idnaProfile = lazy.Value[*idna.Profile]{New: func() *idna.Profile {
	return idna.New(idna.MapForLookup(), idna.BidiRule(), idna.ValidateLabels(true), idna.Transitional(false))
}}

// ParseAddress validates s as an RFC 5321 Mailbox: a Dot-string or
// Quoted-string local part (UTF-8 allowed, RFC 6531), "@", and a domain
// (LDH labels or U-labels) or an address literal. Angle brackets around the
// address are accepted and removed. CR, LF and other control characters are
// always rejected, so an address can never inject a command or a header.
func ParseAddress(s string) (Address, error) {
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") && len(s) >= 2 {
		s = s[1 : len(s)-1]
	}
	if s == "" {
		return Address{}, fmt.Errorf("empty address")
	}
	if !utf8.ValidString(s) {
		return Address{}, fmt.Errorf("address %q is not valid UTF-8", s)
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return Address{}, fmt.Errorf("address %q contains a control character (CR, LF, NUL, ...)", s)
		}
	}
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at == len(s)-1 {
		return Address{}, fmt.Errorf("address %q is not of the form local-part@domain", s)
	}
	local, domain := s[:at], s[at+1:]
	if err := checkLocal(local); err != nil {
		return Address{}, fmt.Errorf("address %q: %v", s, err)
	}
	a := Address{Local: local, Domain: domain}
	if strings.HasPrefix(domain, "[") {
		if err := checkLiteral(domain); err != nil {
			return Address{}, fmt.Errorf("address %q: %v", s, err)
		}
		a.Literal, a.ASCIIDomain = true, domain
	} else {
		ad, err := ASCIIDomain(domain)
		if err != nil {
			return Address{}, fmt.Errorf("address %q: %v", s, err)
		}
		a.ASCIIDomain = ad
	}
	if len(a.Local)+1+len(a.ASCIIDomain) > 254 {
		return Address{}, fmt.Errorf("address %q is longer than 254 octets (RFC 5321 §4.5.3.1.3)", s)
	}
	return a, nil
}

// checkLocal checks an RFC 5321 §4.1.2 Local-part, extended by RFC 6531.
func checkLocal(l string) error {
	if len(l) > 64 {
		return fmt.Errorf("local part longer than 64 octets (RFC 5321 §4.5.3.1.1)")
	}
	if strings.HasPrefix(l, `"`) {
		if len(l) < 2 || !strings.HasSuffix(l, `"`) {
			return fmt.Errorf("unterminated quoted local part")
		}
		in := l[1 : len(l)-1]
		for i := 0; i < len(in); i++ {
			c := in[i]
			switch {
			case c == '\\':
				if i+1 >= len(in) || in[i+1] < 32 || in[i+1] > 126 {
					return fmt.Errorf("bad quoted-pair in local part")
				}
				i++
			case c == '"':
				return fmt.Errorf("unescaped quote inside quoted local part")
			case c >= 32 && c <= 126, c >= 0x80:
			default:
				return fmt.Errorf("character %q not allowed in quoted local part", c)
			}
		}
		return nil
	}
	for _, atom := range strings.Split(l, ".") {
		if atom == "" {
			return fmt.Errorf("local part %q has an empty dot-separated part (leading, trailing or double dot)", l)
		}
		for _, r := range atom {
			if r >= 0x80 || isAtext(byte(r)) {
				continue
			}
			return fmt.Errorf("character %q not allowed in an unquoted local part", r)
		}
	}
	return nil
}

func isAtext(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0
}

func checkLiteral(d string) error {
	if !strings.HasSuffix(d, "]") {
		return fmt.Errorf("unterminated address literal %q", d)
	}
	in := d[1 : len(d)-1]
	if v6, ok := strings.CutPrefix(in, "IPv6:"); ok {
		ip, err := netip.ParseAddr(v6)
		if err != nil || !ip.Is6() || ip.Zone() != "" {
			return fmt.Errorf("bad IPv6 address literal %q", d)
		}
		return nil
	}
	ip, err := netip.ParseAddr(in)
	if err != nil || !ip.Is4() {
		return fmt.Errorf("bad address literal %q: use [192.0.2.1] or [IPv6:2001:db8::1]", d)
	}
	return nil
}

// ASCIIDomain validates a domain name and returns it in A-label form:
// U-labels are converted (IDNA 2008 / UTS #46), then every label must be
// LDH (RFC 5321 §4.1.2 sub-domain). A trailing dot is not allowed.
func ASCIIDomain(d string) (string, error) {
	if d == "" {
		return "", fmt.Errorf("empty domain")
	}
	if strings.HasSuffix(d, ".") {
		return "", fmt.Errorf("domain %q ends with a dot", d)
	}
	ad := d
	if !isASCII(d) {
		var err error
		ad, err = idnaProfile.Get().ToASCII(d)
		if err != nil {
			return "", fmt.Errorf("domain %q is not a valid internationalised domain name: %v", d, err)
		}
	}
	if len(ad) > 253 {
		return "", fmt.Errorf("domain %q is longer than 253 octets", d)
	}
	for _, label := range strings.Split(ad, ".") {
		if err := checkLabel(label); err != nil {
			return "", fmt.Errorf("domain %q: %v", d, err)
		}
	}
	return ad, nil
}

func checkLabel(l string) error {
	if l == "" {
		return fmt.Errorf("empty label")
	}
	if len(l) > 63 {
		return fmt.Errorf("label %q longer than 63 octets", l)
	}
	for i := 0; i < len(l); i++ {
		c := l[i]
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
		if !ok {
			return fmt.Errorf("character %q not allowed in label %q (letters, digits and hyphens only)", c, l)
		}
	}
	if l[0] == '-' || l[len(l)-1] == '-' {
		return fmt.Errorf("label %q starts or ends with a hyphen", l)
	}
	return nil
}

// CheckHelo validates an EHLO/HELO argument: a domain name (A-label form
// is returned) or an address literal.
func CheckHelo(h string) (string, error) {
	if strings.ContainsAny(h, "\r\n") {
		return "", fmt.Errorf("HELO name %q contains CR or LF", h)
	}
	if strings.HasPrefix(h, "[") {
		if err := checkLiteral(h); err != nil {
			return "", err
		}
		return h, nil
	}
	return ASCIIDomain(h)
}
