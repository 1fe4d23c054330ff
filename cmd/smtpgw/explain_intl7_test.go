package main

import (
	"strings"
	"testing"
)

// A bounce text in another language, without a reply code, pasted on
// standard input or given as an argument (held-out batch 7): it is
// explained by its words, in the same verdict both ways, with code null and
// the class inferred from the wording (its own language's "temporarily").
func TestExplainIntlWithoutCode(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, cat, class string }{
		{"Fehlermeldung: Der Posteingang des Empfängers ist überfüllt.\n", "mailbox-full", "permanent"},
		{"Motivo: l'indirizzo IP del mittente è stato bloccato temporaneamente\n", "reputation", "transient"},
		{"退信原因：对方域名无法解析\n", "host-unknown", "permanent"},
		{"Lý do: Tài khoản người nhận không tồn tại\n", "user-unknown", "permanent"},
	} {
		piped, errOut, code := runCLI(t, tc.in, "explain", "--json")
		if code != 0 {
			t.Errorf("stdin %q: exit %d, stderr %q", tc.in, code, errOut)
			continue
		}
		arg, _, code := runCLI(t, "", "explain", "--json", strings.TrimSpace(tc.in))
		if code != 0 {
			t.Fatalf("argument %q: exit %d", tc.in, code)
		}
		p, a := checkJSONLine(t, strings.TrimSpace(piped)), checkJSONLine(t, strings.TrimSpace(arg))
		if p["category"] != tc.cat || p["class"] != tc.class || a["category"] != tc.cat || a["class"] != tc.class {
			t.Errorf("%q: stdin %v/%v, argument %v/%v, want %s/%s", tc.in, p["category"], p["class"], a["category"], a["class"], tc.cat, tc.class)
		}
		if c, ok := p["code"]; !ok || c != nil {
			t.Errorf("stdin %q: code %v (present: %v), want null", tc.in, c, ok)
		}
	}
}
