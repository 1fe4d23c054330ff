package resolver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/miekg/dns"
)

// FuzzAnswer feeds arbitrary DNS messages (seeded with the real answers of
// testdata/real/dns) to what reads an answer: EDE options, the DNSSEC
// status and the evidence lines.
func FuzzAnswer(f *testing.F) {
	files, _ := filepath.Glob("../testdata/real/dns/*/*.wire")
	for i, file := range files {
		if i%4 != 0 { // a sample of the ~250 recordings is enough
			continue
		}
		if b, err := os.ReadFile(file); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m := new(dns.Msg)
		if m.Unpack(b) != nil {
			return
		}
		a := &Answer{Name: "example.test.", Type: dns.TypeMX, Msg: m, Rcode: m.Rcode, Authenticated: m.AuthenticatedData, EDE: edes(m)}
		for _, e := range a.EDE {
			if e.Name == "" || strings.Contains(e.String(), "\n") && !strings.Contains(e.Text, "\n") {
				t.Fatalf("EDE %+v", e)
			}
		}
		if a.Authenticated && !strings.Contains(a.DNSSEC(), "validated (AD bit") {
			t.Fatalf("AD set but %q", a.DNSSEC())
		}
		if a.FromAuthoritative() && (!m.Authoritative || m.RecursionAvailable) {
			t.Fatal("FromAuthoritative without AA or with RA")
		}
		sigs := 0
		for _, rr := range m.Answer {
			if rr.Header().Rrtype == dns.TypeRRSIG {
				sigs++
			}
		}
		if n := len(a.Strings()); n != len(m.Answer)-sigs {
			t.Fatalf("%d evidence lines for %d records and %d RRSIGs", n, len(m.Answer), sigs)
		}
		if sigs > 0 && !a.Signed() {
			t.Fatal("RRSIG in the answer but not Signed")
		}
		if len(a.Evidence("example.test")) == 0 {
			t.Fatal("no evidence for an answer")
		}
	})
}
