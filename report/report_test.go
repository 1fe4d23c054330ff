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
