package probe

import (
	"context"
	"testing"

	"github.com/smtpgw/smtpgw/finding"
)

// A healthy domain: STARTTLS on 25 without AUTH, STARTTLS on 587 with AUTH
// after TLS, implicit TLS on 465 with AUTH.
func TestHealthyDomain(t *testing.T) {
	t.Parallel()
	f := newFixture(t,
		"example.test. 300 IN MX 10 mx1.example.test.",
		"mx1.example.test. 300 IN A 127.0.0.1",
	)
	leaf := f.ca.Leaf(t, "mx1.example.test")
	f.mapPort(25, startGoSMTP(t, goSMTP{cert: &leaf}))
	f.mapPort(587, startGoSMTP(t, goSMTP{cert: &leaf, auth: true}))
	f.mapPort(465, startGoSMTP(t, goSMTP{cert: &leaf, auth: true, implicit: true}))

	tr := probeOne(t, f.opts, "example.test")
	if tr.MX == nil || len(tr.MX.Hosts) != 1 || tr.MX.Hosts[0].Name != "mx1.example.test" {
		t.Fatalf("MX set: %+v", tr.MX)
	}
	if len(tr.Connections) != 3 {
		t.Fatalf("%d connections, want 3", len(tr.Connections))
	}
	if tr.Worst != finding.Pass {
		t.Errorf("worst %s, want pass:\n%s", tr.Worst, dumpFindings(tr.Findings))
	}
	fs := tr.Findings
	want(t, fs, "mx.ok", finding.Pass, 0)
	for _, port := range []int{25, 587, 465} {
		want(t, fs, "connect.ok", finding.Pass, port)
		want(t, fs, "greeting.ok", finding.Pass, port)
		want(t, fs, "tls.version.ok", finding.Pass, port)
		want(t, fs, "tls.cert.ok", finding.Pass, port)
		want(t, fs, "auth.ok", finding.Pass, port)
	}
	want(t, fs, "starttls.ok", finding.Pass, 25)
	want(t, fs, "starttls.ok", finding.Pass, 587)
	for _, c := range tr.Connections {
		if c.TLS == nil || len(c.PeerCertificates) != 2 || len(c.TLS.Chain) != 2 {
			t.Fatalf("port %d: TLS %+v, %d peer certs", c.Target.Port, c.TLS, len(c.PeerCertificates))
		}
		if c.TLS.Chain[0].SANs[0] != "mx1.example.test" || c.TLS.Chain[0].KeyType != "ECDSA" || c.TLS.Chain[0].KeyBits != 256 {
			t.Errorf("leaf info %+v", c.TLS.Chain[0])
		}
		if c.TLS.DaysLeft < 88 || c.TLS.DaysLeft > 90 {
			t.Errorf("days left %d", c.TLS.DaysLeft)
		}
		switch c.Target.Port {
		case 587:
			if len(c.AuthBeforeTLS) != 0 || len(c.AuthAfterTLS) != 1 || c.AuthAfterTLS[0] != "PLAIN" {
				t.Errorf("587 auth before %v after %v", c.AuthBeforeTLS, c.AuthAfterTLS)
			}
			if !contains(c.Changed, "+AUTH PLAIN") || !contains(c.Changed, "-STARTTLS") {
				t.Errorf("587 changed after TLS: %v", c.Changed)
			}
		case 465:
			if c.Mode != ModeSubmissions || len(c.AuthAfterTLS) != 1 {
				t.Errorf("465: mode %s auth %v", c.Mode, c.AuthAfterTLS)
			}
		}
		if c.Greeting == nil || c.Greeting.Code != 220 {
			t.Errorf("greeting %+v", c.Greeting)
		}
		last := c.Transcript[len(c.Transcript)-1]
		if last.Dir != "S" || last.Line[:3] != "221" {
			t.Errorf("port %d: dialogue did not end with QUIT/221: %v", c.Target.Port, last)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestResolveMXExported(t *testing.T) {
	t.Parallel()
	f := newFixture(t,
		"example.test. 300 IN MX 20 mx2.example.test.",
		"example.test. 300 IN MX 10 mx1.example.test.",
		"mx1.example.test. 300 IN A 127.0.0.1",
		"mx2.example.test. 300 IN AAAA ::1",
	)
	set, fs, err := ResolveMX(context.Background(), f.opts, "Example.Test.")
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Hosts) != 2 || set.Hosts[0].Name != "mx1.example.test" || set.Hosts[1].Addrs[0] != "::1" {
		t.Fatalf("set %+v", set)
	}
	want(t, fs, "mx.ok", finding.Pass, 0)
}
