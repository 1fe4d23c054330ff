package send

import (
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"github.com/smtpgw/smtpgw/dkimsign"
	"github.com/smtpgw/smtpgw/resolver"
)

// DKIMKey is a private key to sign with (package dkimsign, shared with
// the relay's --dkim).
type DKIMKey = dkimsign.Key

// ParseDKIMKey reads a PEM private key: PKCS#1 ("RSA PRIVATE KEY") or
// PKCS#8 ("PRIVATE KEY", RSA or Ed25519).
func ParseDKIMKey(p []byte) (*DKIMKey, error) { return dkimsign.ParseKey(p) }

// SignDKIM signs msg (CRLF) with relaxed/relaxed canonicalization and the
// header set of dkimsign.HeaderSet (From, To and Subject oversigned), and
// returns the message with the DKIM-Signature field prepended.
func SignDKIM(msg []byte, domain, selector string, key *DKIMKey) ([]byte, error) {
	return dkimsign.Sign(msg, domain, selector, key)
}

// ParseDKIMRecord parses a DKIM key record (RFC 6376 §3.6.1) and returns
// its public key: k=rsa (default) or k=ed25519 (RFC 8463). An empty p=
// (revoked key) is an error.
func ParseDKIMRecord(txt string) (crypto.PublicKey, error) {
	tags := map[string]string{}
	for _, part := range strings.Split(txt, ";") {
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			if strings.TrimSpace(part) == "" {
				continue
			}
			return nil, fmt.Errorf("malformed tag %q", trunc(strings.TrimSpace(part)))
		}
		tags[strings.TrimSpace(k)] = strings.Join(strings.Fields(v), "")
	}
	if v, ok := tags["v"]; ok && v != "DKIM1" {
		return nil, fmt.Errorf("v=%s is not DKIM1", trunc(v))
	}
	p, ok := tags["p"]
	if !ok {
		return nil, errors.New("no p= tag (public key)")
	}
	if p == "" {
		return nil, errors.New("the key is revoked (empty p=)")
	}
	der, err := base64.StdEncoding.DecodeString(p)
	if err != nil {
		return nil, fmt.Errorf("p= is not valid base64: %v", err)
	}
	switch k := tags["k"]; k {
	case "", "rsa":
		pub, err := x509.ParsePKIXPublicKey(der)
		if err != nil {
			// Some publish the bare PKCS#1 RSAPublicKey.
			if rk, err2 := x509.ParsePKCS1PublicKey(der); err2 == nil {
				return rk, nil
			}
			return nil, fmt.Errorf("p= is not an RSA public key: %v", err)
		}
		rk, ok := pub.(*rsa.PublicKey)
		if !ok {
			return nil, fmt.Errorf("k=rsa but p= holds a %T", pub)
		}
		return rk, nil
	case "ed25519":
		if len(der) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("k=ed25519 but p= is %d bytes, not %d", len(der), ed25519.PublicKeySize)
		}
		return ed25519.PublicKey(der), nil
	default:
		return nil, fmt.Errorf("unknown key type k=%s", trunc(k))
	}
}

// DKIMRecordName returns "selector._domainkey.domain".
func DKIMRecordName(selector, domain string) string { return dkimsign.RecordName(selector, domain) }

// DKIMRecordFor renders the DNS TXT record value that publishes key's
// public half, for error messages and tests.
func DKIMRecordFor(key *DKIMKey) (string, error) { return dkimsign.RecordFor(key) }

// ErrDKIMMismatch is returned by CheckDKIMRecord when the published key is
// not the public half of the signing key.
var ErrDKIMMismatch = dkimsign.ErrMismatch

// CheckDKIMRecord looks up the selector's key record and checks that it
// publishes key's public half (dkimsign.CheckRecord). It returns (note,
// nil) when the check could not be made (lookup failed, no record):
// signing goes ahead, but the signature will not verify until the record
// is published. A record that publishes a different key is an error
// wrapping ErrDKIMMismatch.
func CheckDKIMRecord(ctx context.Context, r *resolver.Resolver, selector, domain string, key *DKIMKey) (string, error) {
	return dkimsign.CheckRecord(ctx, r, selector, domain, key)
}
