package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestWriteTextPlain(t *testing.T) {
	var b bytes.Buffer
	fs := []Finding{
		{ID: "starttls.ok", Status: Pass, Target: Target{Host: "mx.example.test", Port: 25}, Summary: "STARTTLS works"},
		{ID: "auth.plaintext", Status: Fail, Target: Target{Host: "mx.example.test", Port: 587}, Summary: "AUTH offered before TLS",
			Remediation: []string{"Offer AUTH only after STARTTLS."}, Evidence: []string{"250-AUTH PLAIN LOGIN"}},
	}
	if err := WriteText(&b, fs, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "\x1b[") {
		t.Fatalf("plain output has ANSI escapes: %q", out)
	}
	fail := strings.Index(out, "FAIL auth.plaintext")
	pass := strings.Index(out, "PASS starttls.ok")
	if fail < 0 || pass < 0 || fail > pass {
		t.Fatalf("want FAIL before PASS:\n%s", out)
	}
	for _, want := range []string{"1. Offer AUTH only after STARTTLS.", "| 250-AUTH PLAIN LOGIN", "1 fail, 1 pass"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}

func TestWriteJSONRoundTrip(t *testing.T) {
	var b bytes.Buffer
	in := Finding{ID: "mx.null", Status: Info, Target: Target{Domain: "example.test"}, Summary: "null MX", Remediation: []string{}}
	if err := WriteJSON(&b, in); err != nil {
		t.Fatal(err)
	}
	var out Finding
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.ID != in.ID || out.Status != in.Status || out.Target.Domain != "example.test" {
		t.Fatalf("round trip: %+v", out)
	}
}

// On a terminal the prose of a finding wraps under its text; evidence and
// words (host names, addresses) stay whole; without a width nothing wraps.
func TestWriteTextWraps(t *testing.T) {
	t.Parallel()
	fs := []Finding{{ID: "dns.error", Status: Fail, Target: Target{Domain: "example.test"},
		Summary:     "the MX lookup of example.test failed: read udp 127.0.0.1:53: i/o timeout after three tries",
		Detail:      "The resolver did not answer in time, so nothing that depends on the MX records could be evaluated.",
		Remediation: []string{"Check that the resolver at 127.0.0.1:53 answers queries for example.test from this machine."},
		Evidence:    []string{"example.test. 300 IN TXT \"v=spf1 include:_spf.a-very-long-provider-name.example -all\""}}}
	var b strings.Builder
	if err := WriteText(&b, fs, TextOptions{Width: 50}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	for _, l := range lines {
		if len(l) > 50 && !strings.HasPrefix(strings.TrimLeft(l, " "), "|") {
			t.Errorf("line over 50 columns: %q", l)
		}
	}
	if !strings.Contains(b.String(), "\n     "+fs[0].Evidence[0]) && !strings.Contains(b.String(), "| "+fs[0].Evidence[0]) {
		t.Errorf("evidence was wrapped:\n%s", b.String())
	}
	if !strings.Contains(b.String(), "\n        answers queries") {
		t.Errorf("remediation does not wrap under its text:\n%s", b.String())
	}
	b.Reset()
	if err := WriteText(&b, fs, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), fs[0].Summary+"\n") || !strings.Contains(b.String(), fs[0].Detail+"\n") {
		t.Errorf("width 0 wrapped:\n%s", b.String())
	}
}
