package inspect

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/smtpgw/smtpgw/arc"
	"github.com/smtpgw/smtpgw/resolver"
)

// Signature is one DKIM-Signature field and what verifying it now gave.
type Signature struct {
	Domain        string   `json:"domain"`
	Selector      string   `json:"selector"`
	Algorithm     string   `json:"algorithm"`          // a=, "rsa-sha256"
	KeyType       string   `json:"key_type,omitempty"` // of the published key: rsa, ed25519
	KeyBits       int      `json:"key_bits,omitempty"`
	Canon         string   `json:"canonicalization,omitempty"`
	SignedHeaders []string `json:"signed_headers"`
	BodyLength    *int64   `json:"body_length,omitempty"` // l=, a risk: content after it is unsigned
	FromOversign  bool     `json:"from_oversigned"`       // h= names From more often than the message has it
	// Result: pass, fail, permerror, temperror, unverified (headers only).
	Result string `json:"result"`
	// HeaderResult is, for headers-only input, the result of verifying the
	// signature over the header without the body hash: pass, fail or
	// permerror.
	HeaderResult string `json:"header_result,omitempty"`
	Reason       string `json:"reason,omitempty"` // the verifier's words
	// Why explains a failure: what changed or is missing.
	Why    string `json:"why,omitempty"`
	Record string `json:"key_record,omitempty"` // the key record as published
}

// dnsError is a resolver failure handed to go-msgauth: temporary ones make
// it answer temperror, the others permerror ("no key for signature").
type dnsError struct {
	err  error
	temp bool
}

func (e *dnsError) Error() string   { return e.err.Error() }
func (e *dnsError) Timeout() bool   { return e.temp }
func (e *dnsError) Temporary() bool { return e.temp }
func (e *dnsError) Unwrap() error   { return e.err }

// lookupTXT returns the TXT records of name as go-msgauth wants them: one
// string per record, its strings joined (RFC 6376 §3.6.2.2).
func lookupTXT(ctx context.Context, r *resolver.Resolver, name string) ([]string, error) {
	recs, _, err := r.TXT(ctx, name)
	if err != nil {
		var re *resolver.Error
		temp := errors.As(err, &re) && (re.Kind == resolver.Timeout || re.Kind == resolver.ServFail || re.Kind == resolver.Network || re.Kind == resolver.Refused)
		return nil, &dnsError{err: err, temp: temp}
	}
	var out []string
	for _, strs := range recs {
		out = append(out, strings.Join(strs, ""))
	}
	return out, nil
}

// verifyDKIM verifies every DKIM-Signature of m with go-msgauth against
// DNS through r, and describes each.
func verifyDKIM(ctx context.Context, r *resolver.Resolver, m *Message) []Signature {
	sigVals := m.Get("DKIM-Signature")
	if len(sigVals) == 0 {
		return nil
	}
	fromCount := len(m.Get("From"))
	sigs := make([]Signature, len(sigVals))
	for i, v := range sigVals {
		t := arc.Tags(v)
		s := Signature{Domain: strings.ToLower(t["d"]), Selector: t["s"], Algorithm: t["a"], Canon: t["c"]}
		if s.Canon == "" {
			s.Canon = "simple/simple"
		}
		hs := 0
		for _, h := range strings.Split(t["h"], ":") {
			if h = strings.TrimSpace(h); h != "" {
				s.SignedHeaders = append(s.SignedHeaders, h)
				if strings.EqualFold(h, "from") {
					hs++
				}
			}
		}
		s.FromOversign = hs > fromCount && fromCount > 0
		if l, ok := t["l"]; ok {
			var n int64
			if _, err := fmt.Sscan(l, &n); err == nil {
				s.BodyLength = &n
			} else {
				s.BodyLength = new(int64)
			}
		}
		if s.Domain != "" && s.Selector != "" {
			s.keyInfo(ctx, r)
		}
		sigs[i] = s
	}
	opts := &dkim.VerifyOptions{
		LookupTXT:        func(name string) ([]string, error) { return lookupTXT(ctx, r, name) },
		MaxVerifications: 50,
	}
	raw := m.Raw
	if m.HeadersOnly && !bytes.Contains(raw, []byte("\r\n\r\n")) {
		// Pasted headers: end the header so the verifier reads it.
		if !bytes.HasSuffix(raw, []byte("\r\n")) {
			raw = append(raw[:len(raw):len(raw)], "\r\n"...)
		}
		raw = append(raw[:len(raw):len(raw)], "\r\n"...)
	}
	verifs, err := dkim.VerifyWithOptions(bytes.NewReader(raw), opts)
	for i := range sigs {
		s := &sigs[i]
		if i >= len(verifs) {
			s.Result, s.Reason = "permerror", "not verified: more than 50 signatures"
			if err != nil && len(verifs) == 0 {
				s.Reason = err.Error()
			}
			continue
		}
		s.classify(verifs[i].Err, m.HeadersOnly)
		if strings.Contains(s.Reason, "insecure body length tag") && !m.HeadersOnly {
			s.lengthTag(ctx, r, raw, i)
		}
		if s.Result == "unverified" {
			// go-msgauth checks the body hash first; without a body, check
			// the signature over the header ourselves (the signature field
			// carries bh=, so this is all that can be checked).
			s.headerOnly(ctx, r, raw, i)
		}
	}
	return sigs
}

// lengthTag verifies an l= signature, which go-msgauth refuses, with
// package arc's DKIM verifier.
func (s *Signature) lengthTag(ctx context.Context, r *resolver.Resolver, raw []byte, i int) {
	err := arc.VerifySignature(ctx, raw, "DKIM-Signature", i, arc.ResolverKeys(r))
	n := int64(0)
	if s.BodyLength != nil {
		n = *s.BodyLength
	}
	if err == nil {
		s.Result, s.Reason = "pass", ""
		s.Why = fmt.Sprintf("verifies, but only the first %d octets of the body are signed (l=): anything after them is unsigned and could have been added by anyone (go-msgauth refuses l= signatures; smtpgw checked it itself)", n)
		return
	}
	s.Result, s.Reason = "fail", "dkim: "+err.Error()
	s.Why = ""
	s.classify(err, false)
	s.Result = "fail"
	if isTempKey(err) {
		s.Result = "temperror"
	}
}

func isTempKey(err error) bool {
	var re *resolver.Error
	return errors.As(err, &re) && (re.Kind == resolver.Timeout || re.Kind == resolver.ServFail || re.Kind == resolver.Network || re.Kind == resolver.Refused)
}

// headerOnly verifies the header part of the i-th signature of a message
// given without its body.
func (s *Signature) headerOnly(ctx context.Context, r *resolver.Resolver, raw []byte, i int) {
	err := arc.VerifyHeaderSignature(ctx, raw, "DKIM-Signature", i, arc.ResolverKeys(r))
	switch {
	case err == nil:
		s.HeaderResult = "pass"
		s.Why = "headers only: the signature over the signed header fields verifies (they are unchanged); the body hash cannot be checked without the body"
	case strings.Contains(err.Error(), "signature did not verify"):
		s.HeaderResult = "fail"
		s.Result, s.Reason = "fail", "dkim: signature did not verify (headers only, checked without the body)"
		s.Why = "a signed header field changed after signing (Subject tag added by a list, a rewritten From or To), or the signature was made with another key than the one published"
	default:
		s.HeaderResult = "permerror"
		s.Why += "; the header signature could not be checked: " + err.Error()
	}
}

// keyInfo fetches the key record to report the key's type and size (the
// verifier does not return them); the resolver's cache shares the query.
func (s *Signature) keyInfo(ctx context.Context, r *resolver.Resolver) {
	recs, err := lookupTXT(ctx, r, s.Selector+"._domainkey."+s.Domain)
	if err != nil || len(recs) != 1 {
		return
	}
	s.Record = recs[0]
	t := arc.Tags(recs[0])
	s.KeyType = t["k"]
	if s.KeyType == "" {
		s.KeyType = "rsa"
	}
	b, err := base64.StdEncoding.DecodeString(t["p"])
	if err != nil || len(b) == 0 {
		return
	}
	switch s.KeyType {
	case "rsa":
		pub, err := x509.ParsePKIXPublicKey(b)
		if err != nil {
			if k, err2 := x509.ParsePKCS1PublicKey(b); err2 == nil {
				pub = k
			}
		}
		if k, ok := pub.(*rsa.PublicKey); ok {
			s.KeyBits = k.N.BitLen()
		}
	case "ed25519":
		if len(b) == ed25519.PublicKeySize {
			s.KeyBits = 256
		}
	}
}

// classify turns the verifier's error into a result and an explanation.
func (s *Signature) classify(err error, headersOnly bool) {
	if err == nil {
		s.Result = "pass"
		return
	}
	s.Reason = err.Error()
	msg := err.Error()
	switch {
	case dkim.IsTempFail(err):
		s.Result = "temperror"
		s.Why = "the key record could not be fetched now (DNS timeout or server failure); try again"
		return
	case dkim.IsPermFail(err):
		s.Result = "permerror"
	default:
		s.Result = "fail"
	}
	switch {
	case strings.Contains(msg, "body hash did not verify") && headersOnly:
		s.Result = "unverified"
		s.Why = "no body was given (headers only): the body hash cannot be checked, and the verifier checks it before the header signature; the key record was checked"
	case strings.Contains(msg, "body hash did not verify"):
		s.Why = "the body changed after signing: a mailing list footer, a gateway's disclaimer or link rewriting, or re-encoding on the way"
	case strings.Contains(msg, "signature did not verify"):
		s.Why = "a signed header field changed after signing (Subject tag added by a list, a rewritten From or To), or the signature was made with another key than the one published"
	case strings.Contains(msg, "key revoked"):
		s.Why = "the key record has an empty p=: the domain revoked this selector's key"
	case strings.Contains(msg, "no key for signature"), strings.Contains(msg, "no valid key found"), strings.Contains(msg, "no DKIM key record"):
		s.Why = "no key record at " + s.Selector + "._domainkey." + s.Domain + ": the selector was removed or never published"
	case strings.Contains(msg, "key is too short"):
		s.Why = "the RSA key is shorter than 1024 bits; verifiers must not accept it (RFC 8301 §3.2)"
	case strings.Contains(msg, "insecure body length tag"):
		s.Why = "the signature has l= (body length): go-msgauth refuses such signatures because anyone can append unsigned content after l= octets; receivers that accept l= may still pass it"
	case strings.Contains(msg, "expired"):
		s.Why = "the signature's x= expiry time has passed: it was valid only until then"
	case strings.Contains(msg, "multiple TXT"):
		s.Why = "the selector name has more than one TXT record; verifiers cannot tell which is the key (RFC 6376 §3.6.2.2)"
	case strings.Contains(msg, "hash algorithm too weak"):
		s.Why = "rsa-sha1 signatures must not be accepted (RFC 8301 §3.1)"
	}
}
