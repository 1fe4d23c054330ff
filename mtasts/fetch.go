package mtasts

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/smtpgw/smtpgw/internal/tlsclient"
	"github.com/smtpgw/smtpgw/resolver"
)

// LookupResult is the outcome of Lookup.
type LookupResult struct {
	Name     string           // "_mta-sts.example.com."
	Record   *Record          // the one valid MTA-STS record; nil on error
	Text     string           // that record's strings, concatenated
	STS      []string         // every TXT record beginning with "v=STSv1", concatenated
	Answer   *resolver.Answer // the DNS answer, for evidence; nil when none arrived
	Evidence []string         // the answer's records as received
}

// Lookup fetches and parses the _mta-sts TXT record of domain (§3.1). Errors:
// ErrNoRecord (NXDOMAIN, no TXT, or no TXT beginning with "v=STSv1"),
// ErrMultipleRecords, a *SyntaxError, or ErrDNS wrapping the *resolver.Error
// of a lookup that could not be answered. The result is returned with every
// error so evidence is never lost.
func Lookup(ctx context.Context, r *resolver.Resolver, domain string) (*LookupResult, error) {
	name := "_mta-sts." + strings.TrimSuffix(domain, ".") + "."
	res := &LookupResult{Name: name}
	txts, ans, err := r.TXT(ctx, name)
	res.Answer = ans
	if ans != nil && ans.Msg != nil {
		res.Evidence = ans.Strings()
	}
	if err != nil {
		if resolver.IsNXDomain(err) {
			return res, ErrNoRecord
		}
		return res, fmt.Errorf("%w: %w", ErrDNS, err)
	}
	for _, strs := range txts {
		txt := strings.Join(strs, "")
		if _, isSTS, _ := ParseRecord(txt); isSTS {
			res.STS = append(res.STS, txt)
		}
	}
	switch len(res.STS) {
	case 0:
		return res, ErrNoRecord
	case 1:
	default:
		// §3.1: "If the number of resulting records is not one ... senders
		// MUST assume the recipient domain does not have an available
		// MTA-STS Policy."
		return res, ErrMultipleRecords
	}
	res.Text = res.STS[0]
	rec, _, err := ParseRecord(res.Text)
	if err != nil {
		return res, err
	}
	res.Record = rec
	return res, nil
}

// FetchOptions configure Fetch.
type FetchOptions struct {
	// Resolver resolves mta-sts.<domain>, so that one resolver governs a
	// whole check. Required unless DialContext is set.
	Resolver *resolver.Resolver
	// RootCAs verify the policy host's certificate; nil means the system
	// roots.
	RootCAs *x509.CertPool
	// Timeout bounds the whole request, body included; default 10 s.
	Timeout time.Duration
	// Addr, when set, is where the policy host's port 443 is really
	// dialled, as [HOST]:PORT (a port map's target, see package portmap):
	// ":8443" dials port 8443 of the policy host's addresses,
	// "127.0.0.1:8443" or "tunnel.example:443" another host. The URL, the
	// SNI name and the certificate check stay those of mta-sts.<domain>.
	Addr string
	// DialContext, when set, replaces the resolver-based dialer. It gets
	// "mta-sts.<domain>:443".
	DialContext func(ctx context.Context, network, addr string) (net.Conn, error)
	// MaxSize overrides MaxPolicySize (for tests).
	MaxSize int64
	// Now is the clock certificates are verified against; default time.Now.
	Now func() time.Time
}

// FetchErrorKind classifies why a policy could not be fetched.
type FetchErrorKind string

// Kinds of fetch failure.
const (
	FetchDNS         FetchErrorKind = "dns"         // mta-sts.<domain> does not resolve
	FetchConnect     FetchErrorKind = "connect"     // no TCP connection to port 443
	FetchTLS         FetchErrorKind = "tls"         // handshake failed (not a certificate problem)
	FetchCertificate FetchErrorKind = "certificate" // the certificate does not verify
	FetchRedirect    FetchErrorKind = "redirect"    // a 3xx answer (§3.3: redirects MUST NOT be followed)
	FetchStatus      FetchErrorKind = "status"      // an answer other than 200
	FetchTooLarge    FetchErrorKind = "too-large"   // the body exceeds MaxPolicySize
	FetchTimeout     FetchErrorKind = "timeout"     // the request did not finish in time
	FetchOther       FetchErrorKind = "error"       // anything else (malformed HTTP, ...)
)

// FetchError is a failed policy fetch.
type FetchError struct {
	Kind       FetchErrorKind
	URL        string
	StatusCode int    // for FetchRedirect and FetchStatus
	Location   string // for FetchRedirect
	Err        error
}

func (e *FetchError) Error() string {
	switch e.Kind {
	case FetchRedirect:
		return fmt.Sprintf("%s answered %d redirecting to %q; MTA-STS senders must not follow redirects (RFC 8461 §3.3)", e.URL, e.StatusCode, e.Location)
	case FetchStatus:
		return fmt.Sprintf("%s answered HTTP %d, not 200", e.URL, e.StatusCode)
	case FetchTooLarge:
		return fmt.Sprintf("%s: body larger than %d bytes", e.URL, MaxPolicySize)
	}
	return fmt.Sprintf("fetching %s: %v", e.URL, e.Err)
}

func (e *FetchError) Unwrap() error { return e.Err }

// FetchResult is a fetched policy body with the HTTP facts about it.
type FetchResult struct {
	URL         string
	StatusCode  int
	ContentType string              // as received
	MediaTypeOK bool                // text/plain (§3.2)
	Body        string              // at most MaxPolicySize bytes
	Addrs       []string            // addresses mta-sts.<domain> resolved to
	Peer        []*x509.Certificate // the certificate chain presented
	TLSVersion  uint16
}

// PolicyURL returns the policy URL of domain (§3.3).
func PolicyURL(domain string) string {
	return "https://mta-sts." + strings.TrimSuffix(strings.ToLower(domain), ".") + WellKnownPath
}

// Fetch retrieves the policy of domain over HTTPS (§3.3): the certificate
// must verify for mta-sts.<domain>, redirects are not followed, only 200 is
// accepted, the body is limited to 64 KB, and the request times out. A
// Content-Type other than text/plain is not an error; MediaTypeOK tells.
// Errors are *FetchError; the result is returned with them when a response
// arrived.
func Fetch(ctx context.Context, domain string, o FetchOptions) (*FetchResult, error) {
	host := "mta-sts." + strings.TrimSuffix(strings.ToLower(domain), ".")
	res := &FetchResult{URL: PolicyURL(domain)}
	timeout := o.Timeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	max := o.MaxSize
	if max <= 0 {
		max = MaxPolicySize
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	dial := o.DialContext
	// The transport may dial in its own goroutine, still running when Do
	// returns on a timeout: guard what the dialer records.
	var mu sync.Mutex
	var dnsErr error
	var addrs []string
	if dial == nil {
		d := &net.Dialer{}
		dial = func(ctx context.Context, network, addr string) (net.Conn, error) {
			h, port, err := net.SplitHostPort(addr)
			if err != nil {
				return nil, err
			}
			if o.Addr != "" {
				mh, mp, err := net.SplitHostPort(o.Addr)
				if err != nil {
					return nil, fmt.Errorf("the address dialled for %s: %w", addr, err)
				}
				port = mp
				if mh != "" {
					h = mh
				}
			}
			var ips []net.IP
			if ip := net.ParseIP(h); ip != nil {
				ips = []net.IP{ip}
			} else if o.Resolver == nil {
				return nil, errors.New("no resolver configured")
			} else {
				ips, err = o.Resolver.IPs(ctx, h, true, true)
			}
			if err == nil && len(ips) == 0 {
				err = fmt.Errorf("%s has no A or AAAA record", h)
			}
			if err != nil {
				mu.Lock()
				dnsErr = err
				mu.Unlock()
				return nil, err
			}
			var lastErr error
			for _, ip := range ips {
				mu.Lock()
				addrs = append(addrs, ip.String())
				mu.Unlock()
				c, err := d.DialContext(ctx, network, net.JoinHostPort(ip.String(), port))
				if err == nil {
					return c, nil
				}
				lastErr = err
			}
			return nil, lastErr
		}
	}
	tlsConf := tlsclient.Config(host, o.RootCAs)
	if o.Now != nil {
		tlsConf.Time = o.Now
	}
	tr := &http.Transport{
		Proxy:                  nil, // the resolver decides where we connect
		DialContext:            dial,
		TLSClientConfig:        tlsConf,
		TLSHandshakeTimeout:    timeout,
		ResponseHeaderTimeout:  timeout,
		DisableKeepAlives:      true,
		MaxResponseHeaderBytes: 64 << 10,
	}
	defer tr.CloseIdleConnections()
	client := &http.Client{
		Transport: tr,
		// §3.3: "HTTP 3xx redirects MUST NOT be followed".
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, res.URL, nil)
	if err != nil {
		return nil, &FetchError{Kind: FetchOther, URL: res.URL, Err: err}
	}
	req.Header.Set("User-Agent", "smtpgw-check")
	resp, err := client.Do(req)
	mu.Lock()
	res.Addrs = append([]string(nil), addrs...)
	dErr := dnsErr
	mu.Unlock()
	if err != nil {
		return res, classify(res.URL, err, dErr, ctx)
	}
	defer resp.Body.Close()
	res.StatusCode = resp.StatusCode
	res.ContentType = resp.Header.Get("Content-Type")
	if resp.TLS != nil {
		res.Peer = resp.TLS.PeerCertificates
		res.TLSVersion = resp.TLS.Version
	}
	if mt, _, err := mime.ParseMediaType(res.ContentType); err == nil && mt == "text/plain" {
		res.MediaTypeOK = true
	}
	if resp.StatusCode >= 300 && resp.StatusCode < 400 {
		return res, &FetchError{Kind: FetchRedirect, URL: res.URL, StatusCode: resp.StatusCode, Location: resp.Header.Get("Location")}
	}
	if resp.StatusCode != http.StatusOK {
		return res, &FetchError{Kind: FetchStatus, URL: res.URL, StatusCode: resp.StatusCode}
	}
	if resp.ContentLength > max {
		return res, &FetchError{Kind: FetchTooLarge, URL: res.URL}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err == nil && ctx.Err() != nil {
		// The transport may report a body cut by the deadline as a clean
		// end; a policy read past the deadline is not a policy.
		err = ctx.Err()
	}
	if int64(len(body)) > max {
		return res, &FetchError{Kind: FetchTooLarge, URL: res.URL}
	}
	if err != nil {
		return res, classify(res.URL, err, nil, ctx)
	}
	res.Body = string(body)
	return res, nil
}

func classify(url string, err, dnsErr error, ctx context.Context) error {
	fe := &FetchError{URL: url, Err: err}
	var certErr *tls.CertificateVerificationError
	var unknownCA x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var invalid x509.CertificateInvalidError
	var recErr tls.RecordHeaderError
	var opErr *net.OpError
	switch {
	case dnsErr != nil:
		fe.Kind, fe.Err = FetchDNS, dnsErr
	case errors.As(err, &certErr), errors.As(err, &unknownCA), errors.As(err, &hostErr), errors.As(err, &invalid):
		fe.Kind = FetchCertificate
	case errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil || isTimeout(err):
		fe.Kind = FetchTimeout
	case errors.As(err, &recErr):
		fe.Kind = FetchTLS
	case errors.As(err, &opErr) && opErr.Op == "dial":
		fe.Kind = FetchConnect
	case strings.Contains(err.Error(), "tls:") || strings.Contains(err.Error(), "handshake"):
		fe.Kind = FetchTLS
	default:
		fe.Kind = FetchOther
	}
	return fe
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
