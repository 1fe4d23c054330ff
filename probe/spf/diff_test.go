package spf

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"

	bspf "blitiri.com.ar/go/spf"
)

// zoneless answers the record under test for the sender domain and "not
// found" for every other name, so blitiri's evaluator sees only the record.
type zoneless struct{ rec string }

var notFound = &net.DNSError{Err: "no such host", IsNotFound: true}

func (z zoneless) LookupTXT(_ context.Context, name string) ([]string, error) {
	if strings.TrimSuffix(name, ".") == "d.example.test" {
		return []string{z.rec}, nil
	}
	return nil, notFound
}
func (zoneless) LookupMX(context.Context, string) ([]*net.MX, error)        { return nil, notFound }
func (zoneless) LookupIPAddr(context.Context, string) ([]net.IPAddr, error) { return nil, notFound }
func (zoneless) LookupAddr(context.Context, string) ([]string, error)       { return nil, notFound }

// blitiriSyntaxError runs blitiri's check_host() on rec and reports whether
// it stopped on what it considers a syntax error.
func blitiriSyntaxError(rec string) (bool, error) {
	_, err := bspf.CheckHostWithSender(net.ParseIP("192.0.2.1"), "h.example.test", "s@d.example.test",
		bspf.WithResolver(zoneless{rec}), bspf.OverrideVoidLookupLimit(1000), bspf.OverrideLookupLimit(1000))
	for _, e := range []error{bspf.ErrUnknownField, bspf.ErrInvalidIP, bspf.ErrInvalidMask, bspf.ErrInvalidDomain} {
		if errors.Is(err, e) {
			return true, err
		}
	}
	return false, err
}

// TestDifferentialBlitiri checks records on which blitiri's evaluator stops
// with a syntax error: our parser must reject them too (the other direction
// does not hold: blitiri evaluates lazily and is lenient by design).
func TestDifferentialBlitiri(t *testing.T) {
	t.Parallel()
	for _, rec := range []string{
		"v=spf1 ipv4:192.0.2.1 -all",
		"v=spf1 ip4:192.0.2.0/33 -all",
		"v=spf1 ip4:192.0.2 -all",
		"v=spf1 a:/24 -all",
		"v=spf1 mx//129 -all",
		"v=spf1 redirect=a.example.test redirect=b.example.test",
		"v=spf1 foo -all",
	} {
		if bad, err := blitiriSyntaxError(rec); !bad {
			t.Errorf("%q: blitiri gave %v, want a syntax error (test premise)", rec, err)
		}
		if _, err := Parse(rec); err == nil {
			t.Errorf("%q: blitiri rejects it, Parse accepts it", rec)
		}
	}
}

func FuzzParseVsBlitiri(f *testing.F) {
	f.Add("v=spf1 ip4:192.0.2.0/24 a:mail.example.test/24//64 mx ~all")
	f.Add("v=spf1 ipv4:1.2.3.4 -all")
	f.Add("v=spf1 exists:%{i}.x.example.test redirect=r.example.test")
	f.Fuzz(func(t *testing.T, s string) {
		if !IsSPF(s) || len(s) > 512 {
			return
		}
		bad, berr := blitiriSyntaxError(s)
		if !bad {
			return
		}
		if _, err := Parse(s); err == nil {
			t.Fatalf("%q: blitiri stops with %v, Parse accepts it", s, berr)
		}
	})
}
