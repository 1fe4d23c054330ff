// Package tlsclient is the one TLS client configuration of smtpgw: send,
// probe, session, the relay's delivery, diagnose and the MTA-STS policy
// fetch build their configurations here, so that they verify alike and
// none of them pays for the system roots more than it must.
//
// The cost it removes: crypto/x509 loads the system roots by parsing every
// certificate of the CA bundle and of /etc/ssl/certs (on Debian the same
// ~150 certificates twice), some 6 MB of allocations on the first
// verification of a process — tens of milliseconds, most of a one-shot
// command's TLS handshake. Here the system roots are indexed by subject
// once (PEM decoded, the subject read from the DER, nothing parsed), and a
// verification parses only the roots that can have issued the chain the
// server presented. The files read are crypto/x509's (SSL_CERT_FILE and
// SSL_CERT_DIR are honoured); where crypto/x509 asks the platform instead
// (macOS, Windows), the platform verifier is used as before.
package tlsclient

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"time"
)

// Config returns the configuration of a client that verifies the server:
// its certificate must chain to roots (nil: the system roots) and name
// serverName (a host name or an IP address). TLS 1.2 at least; the key
// exchange preferences are crypto/tls's own (a hybrid post-quantum share
// and X25519 in the first flight: no HelloRetryRequest with common
// servers). A verification failure is a *tls.CertificateVerificationError,
// as crypto/tls reports it.
func Config(serverName string, roots *x509.CertPool) *tls.Config {
	cfg := &tls.Config{ServerName: serverName, RootCAs: roots, MinVersion: tls.VersionTLS12}
	if roots == nil && systemIndex() != nil {
		// crypto/tls would load every system root: verify here instead,
		// with the few that matter (VerifyConnection runs in the
		// handshake, so a failure still fails it).
		cfg.InsecureSkipVerify = true //nolint:gosec // verified by VerifyConnection
		cfg.VerifyConnection = func(cs tls.ConnectionState) error {
			_, err := Verify(cs.PeerCertificates, serverName, nil, cfg.Time)
			if err != nil {
				return &tls.CertificateVerificationError{UnverifiedCertificates: cs.PeerCertificates, Err: err}
			}
			return nil
		}
	}
	return cfg
}

// Unverified returns the configuration of a client that accepts any
// certificate, for callers that judge it afterwards (probe, session,
// opportunistic TLS) with Verify or RootsFor.
func Unverified(serverName string) *tls.Config {
	return &tls.Config{ServerName: serverName, InsecureSkipVerify: true, MinVersion: tls.VersionTLS12} //nolint:gosec // judged by the caller
}

// Verify verifies a presented chain (leaf first) as crypto/tls does: for
// name (a host name or IP address; "" checks no name), against roots (nil:
// the system roots), at now() (nil: the current time), for server
// authentication.
func Verify(chain []*x509.Certificate, name string, roots *x509.CertPool, now func() time.Time) ([][]*x509.Certificate, error) {
	if len(chain) == 0 {
		return nil, errors.New("the server sent no certificate")
	}
	inter := x509.NewCertPool()
	for _, c := range chain[1:] {
		inter.AddCert(c)
	}
	opts := x509.VerifyOptions{DNSName: name, Roots: RootsFor(chain, roots), Intermediates: inter}
	if now != nil {
		opts.CurrentTime = now()
	}
	return chain[0].Verify(opts)
}

// RootsFor returns the pool to verify chain against: roots when given;
// else, of the system roots, those that can have issued a certificate of
// the chain (or be one of them) — the only ones chain building can reach;
// nil (crypto/x509's system roots) where the system roots are not files.
func RootsFor(chain []*x509.Certificate, roots *x509.CertPool) *x509.CertPool {
	if roots != nil {
		return roots
	}
	idx := systemIndex()
	if idx == nil {
		return nil
	}
	var subjects [][]byte
	for _, c := range chain {
		subjects = append(subjects, c.RawIssuer, c.RawSubject)
	}
	pool := x509.NewCertPool()
	for _, der := range idx.lookup(subjects) {
		if rc, err := x509.ParseCertificate(der); err == nil {
			pool.AddCert(rc)
		}
	}
	return pool
}

// Survey returns the configuration of a client that surveys a server
// (probe): any certificate is accepted and judged afterwards, and TLS 1.0
// and every cipher suite Go has are offered, so that an old server's weak
// TLS is reported rather than hidden behind a handshake failure (an
// opportunistic MTA would still use it).
func Survey(serverName string) *tls.Config {
	var suites []uint16
	for _, s := range tls.CipherSuites() {
		suites = append(suites, s.ID)
	}
	for _, s := range tls.InsecureCipherSuites() {
		suites = append(suites, s.ID)
	}
	return &tls.Config{
		ServerName:         serverName,
		InsecureSkipVerify: true, //nolint:gosec // judged by the caller
		MinVersion:         tls.VersionTLS10,
		CipherSuites:       suites,
	}
}
