package relay

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/smtpgw/smtpgw/dkimsign"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/relay/deliver"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
	"github.com/smtpgw/smtpgw/relay/spool"
	"github.com/smtpgw/smtpgw/resolver"
)

// dkimWorld is a DNS server publishing the keys of example.test (RSA,
// selector s1) and ed25519.test (Ed25519, selector ed) and a signer with
// both.
func dkimWorld(t *testing.T) (*dkimsign.Signer, *resolver.Resolver) {
	t.Helper()
	rk, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	_, ek, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	rsaKey := &dkimsign.Key{Signer: rk, Algo: "rsa", Bits: 2048}
	edKey := &dkimsign.Key{Signer: ek, Algo: "ed25519"}
	rrec, _ := dkimsign.RecordFor(rsaKey)
	erec, _ := dkimsign.RecordFor(edKey)
	srv := testdns.Start(t,
		`s1._domainkey.example.test. 300 IN TXT "`+splitTXT(rrec)+`"`,
		`ed._domainkey.ed25519.test. 300 IN TXT "`+erec+`"`)
	return dkimsign.New(
		dkimsign.Entry{Domain: "example.test", Selector: "s1", Key: rsaKey},
		dkimsign.Entry{Domain: "ed25519.test", Selector: "ed", Key: edKey},
	), resolver.New(srv.Addr)
}

// splitTXT splits a long record into 255-octet character-strings.
func splitTXT(s string) string {
	var parts []string
	for len(s) > 255 {
		parts = append(parts, s[:255])
		s = s[255:]
	}
	return strings.Join(append(parts, s), `" "`)
}

// verify checks every DKIM signature of msg against r and returns the
// results.
func verify(t *testing.T, msg []byte, r *resolver.Resolver) []*dkim.Verification {
	t.Helper()
	vs, err := dkim.VerifyWithOptions(bytes.NewReader(msg), &dkim.VerifyOptions{LookupTXT: func(name string) ([]string, error) {
		txts, _, err := r.TXT(context.Background(), name)
		var out []string
		for _, parts := range txts {
			out = append(out, strings.Join(parts, ""))
		}
		return out, err
	}})
	if err != nil {
		t.Fatal(err)
	}
	return vs
}

func TestRelayDKIMSigns(t *testing.T) {
	t.Parallel()
	signer, res := dkimWorld(t)
	up := upstream.Start(t, upstream.Options{})
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
		o.Deliver.DKIM = signer
	})
	alreadySigned := "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=Example.Test; s=app;\r\n h=From:To:Subject; bh=AAAA; b=BBBB\r\n" + testMessage("presigned")
	cases := []struct {
		name, data string
		wantD      string // "" unsigned
		wantAlgo   string
		wantSigs   int
	}{
		{"own domain", testMessage("own"), "example.test", "rsa-sha256", 1},
		{"subdomain uses the parent's key", strings.Replace(testMessage("sub"), "app@example.test", "app@news.example.test", 1), "example.test", "rsa-sha256", 1},
		{"no key", strings.Replace(testMessage("nokey"), "app@example.test", "app@other.test", 1), "", "", 0},
		{"ed25519", strings.Replace(testMessage("ed"), "<app@example.test>", "App <app@ed25519.test>", 1), "ed25519.test", "ed25519-sha256", 1},
		{"already signed by the domain", alreadySigned, "", "", 1},
	}
	for i, tc := range cases {
		if _, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, tc.data); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		msgs := up.Wait(t, i+1, 10*time.Second)
		got := msgs[i].Data
		if n := bytes.Count(got, []byte("DKIM-Signature:")); n != tc.wantSigs {
			t.Errorf("%s: %d DKIM-Signature fields, want %d:\n%s", tc.name, n, tc.wantSigs, got)
		}
		if tc.wantD == "" {
			continue
		}
		vs := verify(t, got, res)
		if len(vs) != 1 || vs[0].Err != nil || vs[0].Domain != tc.wantD {
			t.Fatalf("%s: verification %+v, want one pass for d=%s:\n%s", tc.name, vs, tc.wantD, got)
		}
		hdr := string(got[:bytes.Index(got, []byte("\r\n\r\n"))])
		unfolded := strings.Join(strings.Fields(strings.ReplaceAll(hdr, "\r\n", "")), "")
		for _, want := range []string{"a=" + tc.wantAlgo, "c=relaxed/relaxed", "h=From:From:Subject:Subject:To:To:Message-ID"} {
			if !strings.Contains(unfolded, want) {
				t.Errorf("%s: signature lacks %s:\n%s", tc.name, want, hdr)
			}
		}
		if !strings.HasPrefix(hdr, "DKIM-Signature:") {
			t.Errorf("%s: the signature is not the first field:\n%s", tc.name, hdr)
		}
	}
	// A From, To or Subject added after signing breaks the signature
	// (oversigned).
	first := up.Messages()[0].Data
	for _, added := range []string{"From: <ceo@example.test>", "Subject: urgent", "To: <victim@example.test>"} {
		tampered := append([]byte(added+"\r\n"), first...)
		if vs := verify(t, tampered, res); len(vs) != 1 || vs[0].Err == nil {
			t.Errorf("adding %q kept the signature valid", added)
		}
	}
	if !strings.Contains(h.logs.String(), `"msg":"DKIM signed"`) {
		t.Errorf("no 'DKIM signed' log line:\n%s", h.logs.String())
	}
}

// A message whose signing fails is deferred with the reason in the spool
// and the log, never sent unsigned; once signing works it goes, signed.
func TestRelayDKIMFailureDefers(t *testing.T) {
	t.Parallel()
	signer, res := dkimWorld(t)
	up := upstream.Start(t, upstream.Options{})
	spoolDir := t.TempDir()
	broken := dkimsign.New(dkimsign.Entry{Domain: "example.test", Selector: "s1", Key: &dkimsign.Key{Signer: failingSigner{}, Algo: "rsa"}})
	h := startRelay(t, spoolDir, func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
		o.Deliver.DKIM = broken
		o.Deliver.RetryInitial, o.Deliver.RetryMax = time.Hour, time.Hour
	})
	if _, err := send(t, h.addr, "app@example.test", []string{"user@example.test"}, testMessage("fails")); err != nil {
		t.Fatal(err)
	}
	var m *spool.Message
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		ms, _ := h.r.Spool.List(spool.DirQueue)
		if len(ms) == 1 && ms[0].State.Attempts > 0 {
			m = ms[0]
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if m == nil {
		t.Fatal("the message was not attempted and kept in the queue")
	}
	if rs := m.State.Rcpts[0]; rs.Status != spool.StatusPending || !strings.Contains(rs.Reply, "DKIM signing for example.test failed") {
		t.Errorf("recipient state %+v, want pending with the signing error", rs)
	}
	if up.Count() != 0 {
		t.Fatalf("the upstream got the message unsigned")
	}
	var sawErr bool
	for _, line := range strings.Split(h.logs.String(), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil && rec["level"] == "ERROR" && strings.HasPrefix(rec["msg"].(string), "DKIM signing failed") {
			sawErr = rec["id"] == m.ID && rec["dkim_domain"] == "example.test"
		}
	}
	if !sawErr {
		t.Errorf("no ERROR line for the signing failure:\n%s", h.logs.String())
	}
	// restart with a working key: the message goes, signed
	h.stop()
	up2 := upstream.Start(t, upstream.Options{})
	h2 := startRelay(t, spoolDir, func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up2.Addr}
		o.Deliver.DKIM = signer
	})
	if err := h2.r.Spool.Retry(m.ID); err != nil {
		t.Fatal(err)
	}
	msgs := up2.Wait(t, 1, 10*time.Second)
	if vs := verify(t, msgs[0].Data, res); len(vs) != 1 || vs[0].Err != nil {
		t.Errorf("after the fix: %+v", vs)
	}
}

type failingSigner struct{}

func (failingSigner) Public() crypto.PublicKey { return &rsa.PublicKey{} }
func (failingSigner) Sign(io.Reader, []byte, crypto.SignerOpts) ([]byte, error) {
	return nil, errors.New("the HSM is unreachable")
}
