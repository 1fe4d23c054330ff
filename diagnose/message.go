package diagnose

import (
	"bytes"
	"fmt"
	"net/mail"
	"strings"

	"github.com/smtpgw/smtpgw/dkimkey"
)

// Message is what a diagnosis takes from a message's header: the From:
// address (the identity DMARC protects) and the DKIM signatures, whose
// selectors' key records are checked.
type Message struct {
	From       string              `json:"from"`
	Signatures []dkimkey.Signature `json:"dkim_signatures"`
	// Unreadable lists DKIM-Signature fields without a usable d= and s=.
	Unreadable []string `json:"unreadable_signatures,omitempty"`
}

// ParseMessage reads the header of an RFC 5322 message (the body is not
// needed).
func ParseMessage(raw []byte) (*Message, error) {
	if i := bytes.Index(raw, []byte("\r\n\r\n")); i >= 0 {
		raw = raw[:i+4]
	} else if i := bytes.Index(raw, []byte("\n\n")); i >= 0 {
		raw = raw[:i+2]
	}
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%w: not a message: %v", ErrUsage, err)
	}
	return messageFrom(m.Header.Get("From"), m.Header["Dkim-Signature"])
}

// MessageFromHeader builds a Message from a From: field and DKIM-Signature
// field values (a bounce's copy of the returned header).
func MessageFromHeader(from string, dkim []string) (*Message, error) {
	return messageFrom(from, dkim)
}

func messageFrom(from string, dkim []string) (*Message, error) {
	a, err := mail.ParseAddress(strings.TrimSpace(from))
	if err != nil || !strings.Contains(a.Address, "@") {
		return nil, fmt.Errorf("%w: the message has no usable From: address (%q)", ErrUsage, from)
	}
	msg := &Message{From: a.Address, Signatures: []dkimkey.Signature{}}
	seen := map[dkimkey.Signature]bool{}
	for _, v := range dkim {
		sig, err := dkimkey.ParseSignature(v)
		if err != nil {
			msg.Unreadable = append(msg.Unreadable, oneLine(v))
			continue
		}
		if !seen[sig] {
			seen[sig] = true
			msg.Signatures = append(msg.Signatures, sig)
		}
	}
	return msg, nil
}

func domainOf(addr string) string {
	return strings.TrimSuffix(strings.ToLower(addr[strings.LastIndexByte(addr, '@')+1:]), ".")
}

// aligned reports whether d aligns with the From domain in relaxed mode
// (RFC 9989 §3.2.2.2): the same Organizational Domain, told here by one
// being the other or a subdomain of it, or both under org.
func aligned(d, from, org string) bool {
	in := func(a, b string) bool { return a == b || strings.HasSuffix(a, "."+b) }
	if in(d, from) || in(from, d) {
		return true
	}
	return org != "" && in(d, org) && in(from, org)
}
