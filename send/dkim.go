package send

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/smtpgw/smtpgw/resolver"
)

// DKIMKey is a private key to sign with.
type DKIMKey struct {
	Signer crypto.Signer
	Algo   string // "rsa" or "ed25519"
	Bits   int    // RSA modulus size
}

// ParseDKIMKey reads a PEM private key: PKCS#1 ("RSA PRIVATE KEY") or
// PKCS#8 ("PRIVATE KEY", RSA or Ed25519).
func ParseDKIMKey(p []byte) (*DKIMKey, error) {
	block, _ := pem.Decode(p)
	if block == nil {
		return nil, fmt.Errorf("no PEM block found: expected \"-----BEGIN PRIVATE KEY-----\" or \"-----BEGIN RSA PRIVATE KEY-----\"")
	}
	if strings.Contains(block.Type, "ENCRYPTED") || block.Headers["Proc-Type"] != "" {
		return nil, fmt.Errorf("the key is encrypted: decrypt it first (openssl pkey -in key.pem -out plain.pem)")
	}
	var key any
	var err error
	switch block.Type {
	case "RSA PRIVATE KEY":
		key, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	case "PRIVATE KEY":
		key, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	default:
		return nil, fmt.Errorf("unsupported PEM block %q: DKIM keys are RSA or Ed25519 in PKCS#1 or PKCS#8 form", block.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot parse the %s: %v", strings.ToLower(block.Type), err)
	}
	switch k := key.(type) {
	case *rsa.PrivateKey:
		bits := k.N.BitLen()
		if bits < 1024 {
			return nil, fmt.Errorf("RSA key of %d bits is too small: DKIM verifiers reject keys under 1024 bits (RFC 8301); use 2048", bits)
		}
		return &DKIMKey{Signer: k, Algo: "rsa", Bits: bits}, nil
	case ed25519.PrivateKey:
		return &DKIMKey{Signer: k, Algo: "ed25519"}, nil
	default:
		return nil, fmt.Errorf("unsupported key type %T: DKIM signs with RSA or Ed25519 (RFC 8463)", key)
	}
}

// dkimHeaders is the signed header set (RFC 6376 §5.4.1), those present in
// the message are signed.
var dkimHeaders = []string{"From", "Reply-To", "Subject", "Date", "To", "Cc", "Message-ID", "In-Reply-To", "References",
	"MIME-Version", "Content-Type", "Content-Transfer-Encoding", "List-Id", "List-Unsubscribe", "List-Unsubscribe-Post"}

// SignDKIM signs msg (CRLF) with relaxed/relaxed canonicalization and
// returns the message with the DKIM-Signature field prepended.
func SignDKIM(msg []byte, domain, selector string, key *DKIMKey) ([]byte, error) {
	hdr := strings.ToLower("\r\n" + HeaderBlock(msg))
	var keys []string
	for _, h := range dkimHeaders {
		if strings.Contains(hdr, "\r\n"+strings.ToLower(h)+":") {
			keys = append(keys, h)
		}
	}
	if len(keys) == 0 || keys[0] != "From" {
		return nil, fmt.Errorf("the message has no From header field, which DKIM must sign (RFC 6376 §5.4)")
	}
	var out bytes.Buffer
	err := dkim.Sign(&out, bytes.NewReader(msg), &dkim.SignOptions{
		Domain:                 domain,
		Selector:               selector,
		Signer:                 key.Signer,
		HeaderCanonicalization: dkim.CanonicalizationRelaxed,
		BodyCanonicalization:   dkim.CanonicalizationRelaxed,
		HeaderKeys:             keys,
	})
	if err != nil {
		return nil, fmt.Errorf("DKIM signing failed: %v", err)
	}
	return out.Bytes(), nil
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
func DKIMRecordName(selector, domain string) string {
	return selector + "._domainkey." + domain
}

// DKIMRecordFor renders the DNS TXT record value that publishes key's
// public half, for error messages and tests.
func DKIMRecordFor(key *DKIMKey) (string, error) {
	switch pub := key.Signer.Public().(type) {
	case *rsa.PublicKey:
		der, err := x509.MarshalPKIXPublicKey(pub)
		if err != nil {
			return "", err
		}
		return "v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(der), nil
	case ed25519.PublicKey:
		return "v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(pub), nil
	}
	return "", fmt.Errorf("unsupported key")
}

// ErrDKIMMismatch is returned by CheckDKIMRecord when the published key is
// not the public half of the signing key.
var ErrDKIMMismatch = errors.New("DKIM key does not match the selector's DNS record")

// CheckDKIMRecord looks up the selector's key record and checks that it
// publishes key's public half. It returns (note, nil) when the check could
// not be made (lookup failed, no record): signing goes ahead, but the
// signature will not verify until the record is published. A record that
// publishes a different key is an error wrapping ErrDKIMMismatch.
func CheckDKIMRecord(ctx context.Context, r *resolver.Resolver, selector, domain string, key *DKIMKey) (string, error) {
	name := DKIMRecordName(selector, domain)
	recs, _, err := r.TXT(ctx, name)
	if resolver.IsNXDomain(err) {
		recs, err = nil, nil
	}
	if err != nil {
		return fmt.Sprintf("could not check the DKIM key against %s: %v", name, err), nil
	}
	if len(recs) == 0 {
		return fmt.Sprintf("no DKIM key record at %s: receivers will fail the signature until it is published", name), nil
	}
	var problems []string
	for _, parts := range recs {
		txt := strings.Join(parts, "")
		pub, err := ParseDKIMRecord(txt)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		if eq, ok := pub.(interface{ Equal(crypto.PublicKey) bool }); ok && eq.Equal(key.Signer.Public()) {
			return "", nil
		}
		problems = append(problems, "it publishes a different public key")
	}
	want, _ := DKIMRecordFor(key)
	return "", fmt.Errorf("%w: %s TXT: %s; publish %q or use the matching private key", ErrDKIMMismatch, name, strings.Join(problems, "; "), want)
}
