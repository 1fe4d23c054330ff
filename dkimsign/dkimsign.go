// Package dkimsign signs outgoing mail with DKIM (RFC 6376, RFC 8463 for
// Ed25519) for `smtpgw send --dkim-key` and `smtpgw relay --dkim`: private
// key parsing, the signed header set, the choice of key by the From
// domain, and the check of a key against its selector's DNS record.
//
// Signing uses go-msgauth's dkim signer with relaxed/relaxed
// canonicalization. The signed header fields are those RFC 6376 §5.4.1
// recommends, plus the MIME fields, Message-ID and RFC 8058's
// List-Unsubscribe-Post, each signed as often as it occurs; From, To and
// Subject are signed once more than they occur ("oversigned", §8.15), so a
// From, To or Subject added on the way breaks the signature instead of
// being displayed.
package dkimsign

import (
	"bufio"
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"net/textproto"
	"os"
	"strings"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/smtpgw/smtpgw/dkimkey"
)

// Key is a private key to sign with.
type Key struct {
	Signer crypto.Signer
	Algo   string // "rsa" or "ed25519"
	Bits   int    // RSA modulus size
}

// ParseKey reads a PEM private key: PKCS#1 ("RSA PRIVATE KEY") or PKCS#8
// ("PRIVATE KEY", RSA or Ed25519). RSA keys under 1024 bits are refused
// (RFC 8301: verifiers reject them).
func ParseKey(p []byte) (*Key, error) {
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
		if bits < dkimkey.MinRSABits {
			return nil, fmt.Errorf("RSA key of %d bits is too small: DKIM verifiers reject keys under 1024 bits (RFC 8301); use 2048", bits)
		}
		return &Key{Signer: k, Algo: dkimkey.KeyRSA, Bits: bits}, nil
	case ed25519.PrivateKey:
		return &Key{Signer: k, Algo: dkimkey.KeyEd25519}, nil
	default:
		return nil, fmt.Errorf("unsupported key type %T: DKIM signs with RSA or Ed25519 (RFC 8463)", key)
	}
}

// RecordName returns "selector._domainkey.domain".
func RecordName(selector, domain string) string {
	return selector + "._domainkey." + domain
}

// RecordFor renders the DNS TXT record value that publishes key's public
// half ("v=DKIM1; k=rsa; p=...").
func RecordFor(key *Key) (string, error) {
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

// HeaderSet is the header fields signed when present: RFC 6376 §5.4.1's
// recommended set, the MIME fields, Message-ID and List-Unsubscribe-Post
// (RFC 8058 §4 requires it signed).
var HeaderSet = []string{"From", "Reply-To", "Subject", "Date", "To", "Cc",
	"Resent-Date", "Resent-From", "Resent-To", "Resent-Cc", "In-Reply-To", "References",
	"List-Id", "List-Help", "List-Unsubscribe", "List-Subscribe", "List-Post", "List-Owner", "List-Archive",
	"List-Unsubscribe-Post", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"}

// Oversigned are the fields signed once more than they occur (RFC 6376
// §8.15): adding one more breaks the signature.
var Oversigned = []string{"From", "To", "Subject"}

// ErrNoFrom is a message without a From header field, which DKIM must sign.
var ErrNoFrom = errors.New("the message has no From header field, which DKIM must sign (RFC 6376 §5.4)")

// HeaderKeys returns the h= list for a message header: each field of
// HeaderSet as often as it occurs in hdr, the Oversigned ones once more.
func HeaderKeys(hdr textproto.MIMEHeader) ([]string, error) {
	if len(hdr.Values("From")) == 0 {
		return nil, ErrNoFrom
	}
	var keys []string
	for _, h := range HeaderSet {
		n := len(hdr.Values(h))
		for _, o := range Oversigned {
			if o == h {
				n++
			}
		}
		for range n {
			keys = append(keys, h)
		}
	}
	return keys, nil
}

// ReadHeader reads the header section of a message (at most limit bytes;
// a longer header is an error).
func ReadHeader(r io.Reader, limit int64) (textproto.MIMEHeader, error) {
	br := bufio.NewReader(io.LimitReader(r, limit))
	h, err := textproto.NewReader(br).ReadMIMEHeader()
	if err != nil && !(errors.Is(err, io.EOF) && len(h) > 0) {
		return h, fmt.Errorf("cannot read the message header: %v", err)
	}
	return h, nil
}

// Signature signs the message read from msg (CRLF line ends) for domain
// with selector and key, relaxed/relaxed, and returns the DKIM-Signature
// header field to prepend (ending in CRLF). hdr is the message's header
// (ReadHeader), which decides the signed fields.
func Signature(msg io.Reader, hdr textproto.MIMEHeader, domain, selector string, key *Key) (string, error) {
	keys, err := HeaderKeys(hdr)
	if err != nil {
		return "", err
	}
	s, err := dkim.NewSigner(&dkim.SignOptions{
		Domain:                 domain,
		Selector:               selector,
		Signer:                 key.Signer,
		HeaderCanonicalization: dkim.CanonicalizationRelaxed,
		BodyCanonicalization:   dkim.CanonicalizationRelaxed,
		HeaderKeys:             keys,
	})
	if err != nil {
		return "", fmt.Errorf("DKIM signing failed: %v", err)
	}
	if _, err := io.Copy(s, msg); err != nil {
		s.Close()
		return "", fmt.Errorf("DKIM signing failed: %v", err)
	}
	if err := s.Close(); err != nil {
		return "", fmt.Errorf("DKIM signing failed: %v", err)
	}
	return s.Signature(), nil
}

// Sign signs msg (CRLF) and returns it with the DKIM-Signature field
// prepended.
func Sign(msg []byte, domain, selector string, key *Key) ([]byte, error) {
	hdr, err := ReadHeader(bytes.NewReader(msg), int64(len(msg)))
	if err != nil {
		return nil, err
	}
	sig, err := Signature(bytes.NewReader(msg), hdr, domain, selector, key)
	if err != nil {
		return nil, err
	}
	return append([]byte(sig), msg...), nil
}

// FromDomain returns the domain of the message's From address (lower
// case), "" when the header has none or it cannot be parsed.
func FromDomain(hdr textproto.MIMEHeader) string {
	from := hdr.Get("From")
	if from == "" {
		return ""
	}
	addrs, err := mail.ParseAddressList(from)
	var addr string
	if err == nil && len(addrs) > 0 {
		addr = addrs[0].Address
	} else {
		// lenient: the last <...> or the whole value
		addr = from
		if i := strings.LastIndexByte(from, '<'); i >= 0 {
			addr, _, _ = strings.Cut(from[i+1:], ">")
		}
	}
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(strings.TrimSpace(addr[at+1:]), "."))
}

// SignedDomains returns the d= domains of the DKIM-Signature fields in hdr
// (lower case).
func SignedDomains(hdr textproto.MIMEHeader) []string {
	var out []string
	for _, v := range hdr.Values("DKIM-Signature") {
		tags, _ := dkimkey.ParseTagList(v)
		for _, t := range tags {
			if strings.EqualFold(t.Name, "d") {
				out = append(out, strings.ToLower(strings.TrimSuffix(strings.Join(strings.Fields(t.Value), ""), ".")))
			}
		}
	}
	return out
}

// ReadKeyFile reads and parses a key file, saying which file was wrong.
func ReadKeyFile(path string) (*Key, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseKey(b)
}
