package probe

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"net"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/internal/tlsclient"
)

// TLSInfo is what a TLS handshake negotiated and what the certificate says.
type TLSInfo struct {
	Version   string `json:"version"` // "TLS 1.3"
	VersionID uint16 `json:"version_id"`
	Cipher    string `json:"cipher"`
	// KeyExchange is the negotiated group ("X25519", "X25519MLKEM768"),
	// as posttls-finger's "key-exchange"; "" when unknown (TLS 1.2 RSA key exchange).
	KeyExchange string     `json:"key_exchange,omitempty"`
	ServerName  string     `json:"server_name,omitempty"` // SNI sent, the name checked
	ALPN        string     `json:"alpn,omitempty"`
	Chain       []CertInfo `json:"chain"` // as presented, leaf first
	Trusted     bool       `json:"trusted"`
	TrustError  string     `json:"trust_error,omitempty"`
	NameMatch   bool       `json:"name_match"`
	NameChecked string     `json:"name_checked,omitempty"`
	NameError   string     `json:"name_error,omitempty"`
	Expired     bool       `json:"expired"`
	NotYetValid bool       `json:"not_yet_valid,omitempty"`
	DaysLeft    int        `json:"days_left"` // of the leaf
}

// CertInfo describes one certificate of a chain.
type CertInfo struct {
	Subject            string    `json:"subject"`
	SANs               []string  `json:"sans"`
	Issuer             string    `json:"issuer"`
	Serial             string    `json:"serial"`
	NotBefore          time.Time `json:"not_before"`
	NotAfter           time.Time `json:"not_after"`
	DaysLeft           int       `json:"days_left"`
	KeyType            string    `json:"key_type"` // RSA, ECDSA, Ed25519
	KeyBits            int       `json:"key_bits"`
	SignatureAlgorithm string    `json:"signature_algorithm"`
	SelfSigned         bool      `json:"self_signed,omitempty"`
	// SHA256 and SPKISHA256 are the SHA-256 digests of the certificate and
	// of its public key (SubjectPublicKeyInfo) in lowercase hex, as in
	// TLSA records 3 0 1 and 3 1 1 (posttls-finger: fingerprint, pkey_fingerprint).
	SHA256     string `json:"sha256"`
	SPKISHA256 string `json:"spki_sha256"`
}

// tlsConfig is the client configuration of every handshake: it accepts any
// certificate (InsecureSkipVerify) so the chain is always recorded, and
// verifyChain judges it afterwards, telling untrusted, expired and
// name-mismatch apart. It offers TLS 1.0 and every cipher suite Go has, so
// that an old server's weak TLS is reported rather than hidden behind a
// handshake failure (an opportunistic MTA would still use it).
func tlsConfig(serverName string) *tls.Config { return tlsclient.Survey(serverName) }

func tlsInfo(st *tls.ConnectionState, roots *x509.CertPool, name string, now time.Time) *TLSInfo {
	ti := &TLSInfo{
		Version:    tls.VersionName(st.Version),
		VersionID:  st.Version,
		Cipher:     tls.CipherSuiteName(st.CipherSuite),
		ServerName: st.ServerName,
		ALPN:       st.NegotiatedProtocol,
		Chain:      []CertInfo{},
	}
	if st.CurveID != 0 {
		ti.KeyExchange = st.CurveID.String()
	}
	for _, c := range st.PeerCertificates {
		ti.Chain = append(ti.Chain, certInfo(c, now))
	}
	if len(st.PeerCertificates) == 0 {
		ti.TrustError = "the server sent no certificate"
		ti.NameError = "no certificate"
		return ti
	}
	leaf := st.PeerCertificates[0]
	ti.DaysLeft = daysLeft(leaf.NotAfter, now)
	ti.Expired = now.After(leaf.NotAfter)
	ti.NotYetValid = now.Before(leaf.NotBefore)
	ti.Trusted, ti.TrustError = verifyChain(st.PeerCertificates, roots, now)
	if name != "" {
		ti.NameChecked = name
		if err := leaf.VerifyHostname(name); err != nil {
			ti.NameError = nameErrText(err, leaf)
		} else {
			ti.NameMatch = true
		}
	}
	return ti
}

// verifyChain verifies the chain against roots (nil: the system roots),
// ignoring the leaf's validity period, which is reported apart (expired).
func verifyChain(chain []*x509.Certificate, roots *x509.CertPool, now time.Time) (bool, string) {
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	leaf := chain[0]
	at := now
	if now.After(leaf.NotAfter) {
		at = leaf.NotAfter.Add(-time.Second)
	} else if now.Before(leaf.NotBefore) {
		at = leaf.NotBefore.Add(time.Second)
	}
	_, err := leaf.Verify(x509.VerifyOptions{
		Roots:         tlsclient.RootsFor(chain, roots),
		Intermediates: inter,
		CurrentTime:   at,
		KeyUsages:     []x509.ExtKeyUsage{x509.ExtKeyUsageAny},
	})
	if err == nil {
		return true, ""
	}
	var ci x509.CertificateInvalidError
	if !at.Equal(now) && errors.As(err, &ci) && ci.Reason == x509.Expired {
		// The leaf is out of its validity window (reported as
		// tls.cert.expired) and no moment exists at which the whole chain
		// is valid: the signatures are not what is wrong.
		return true, ""
	}
	return false, trustErrText(err, leaf)
}

func trustErrText(err error, leaf *x509.Certificate) string {
	var ua x509.UnknownAuthorityError
	var ci x509.CertificateInvalidError
	switch {
	case errors.As(err, &ua):
		if isSelfSigned(leaf) {
			return "self-signed certificate: no trusted CA issued it"
		}
		return fmt.Sprintf("issued by %q, which is not a trusted CA (or the server does not send the intermediate certificates)", leaf.Issuer.String())
	case errors.As(err, &ci):
		switch ci.Reason {
		case x509.Expired:
			return "a certificate of the chain (an intermediate) is expired or not yet valid: " + ci.Detail
		case x509.NotAuthorizedToSign:
			return "a certificate of the chain is not a CA but signed the next one"
		case x509.IncompatibleUsage:
			return "the certificate is not valid for TLS server authentication (extended key usage)"
		}
	}
	return err.Error()
}

func nameErrText(err error, leaf *x509.Certificate) string {
	names := leaf.DNSNames
	for _, ip := range leaf.IPAddresses {
		names = append(names, ip.String())
	}
	if len(names) == 0 {
		return fmt.Sprintf("the certificate has no subject alternative names (only CN %q, which TLS clients no longer use)", leaf.Subject.CommonName)
	}
	_ = err
	return "the certificate is for " + strings.Join(names, ", ")
}

func isSelfSigned(c *x509.Certificate) bool {
	return bytes.Equal(c.RawIssuer, c.RawSubject) && c.CheckSignature(c.SignatureAlgorithm, c.RawTBSCertificate, c.Signature) == nil
}

func certInfo(c *x509.Certificate, now time.Time) CertInfo {
	ci := CertInfo{
		Subject:            c.Subject.String(),
		SANs:               []string{},
		Issuer:             c.Issuer.String(),
		Serial:             fmt.Sprintf("%X", c.SerialNumber),
		NotBefore:          c.NotBefore.UTC(),
		NotAfter:           c.NotAfter.UTC(),
		DaysLeft:           daysLeft(c.NotAfter, now),
		SignatureAlgorithm: c.SignatureAlgorithm.String(),
		SelfSigned:         isSelfSigned(c),
	}
	sum := sha256.Sum256(c.Raw)
	ci.SHA256 = hex.EncodeToString(sum[:])
	sum = sha256.Sum256(c.RawSubjectPublicKeyInfo)
	ci.SPKISHA256 = hex.EncodeToString(sum[:])
	ci.SANs = append(ci.SANs, c.DNSNames...)
	for _, ip := range c.IPAddresses {
		ci.SANs = append(ci.SANs, ip.String())
	}
	switch k := c.PublicKey.(type) {
	case *rsa.PublicKey:
		ci.KeyType, ci.KeyBits = "RSA", k.N.BitLen()
	case *ecdsa.PublicKey:
		ci.KeyType, ci.KeyBits = "ECDSA", k.Curve.Params().BitSize
	case ed25519.PublicKey:
		ci.KeyType, ci.KeyBits = "Ed25519", 256
	default:
		ci.KeyType = c.PublicKeyAlgorithm.String()
	}
	return ci
}

// daysLeft counts whole days until t; negative once expired.
func daysLeft(t, now time.Time) int {
	return int(math.Floor(t.Sub(now).Hours() / 24))
}

// tlsServerName is the SNI and the name a certificate must match: the host
// name, or the address when the target was an IP.
func tlsServerName(host, addr string) (sni, check string) {
	if host != "" && net.ParseIP(host) == nil {
		return host, host
	}
	return "", addr
}
