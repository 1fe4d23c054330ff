package send

import (
	"bytes"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/smtpwire"
)

// unstuff reverses DotStuff the way a server does (RFC 5321 §4.5.2).
func unstuff(p []byte) ([]byte, bool) {
	if !bytes.HasSuffix(p, []byte(".\r\n")) {
		return nil, false
	}
	p = p[:len(p)-3]
	var out []byte
	for _, line := range bytes.SplitAfter(p, []byte("\r\n")) {
		if len(line) == 0 {
			continue
		}
		if line[0] == '.' {
			line = line[1:]
		}
		out = append(out, line...)
	}
	return out, true
}

func FuzzDotStuff(f *testing.F) {
	for _, s := range []string{"", ".", "a\r\n.\r\nb", ".\n..\r\r\n", "x\r", "\r\n.\r\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, p []byte) {
		out := DotStuff(p)
		// The end-of-data sequence appears only at the very end.
		if i := bytes.Index(out, []byte("\r\n.\r\n")); i >= 0 && i != len(out)-5 {
			t.Fatalf("early end of data at %d in %q", i, out)
		}
		if bytes.HasPrefix(out, []byte(".\r\n")) && len(out) != 3 {
			t.Fatalf("message starts with end of data: %q", out)
		}
		// No bare CR or LF.
		stripped := bytes.ReplaceAll(out, []byte("\r\n"), nil)
		if bytes.ContainsAny(stripped, "\r\n") {
			t.Fatalf("bare CR/LF in %q", out)
		}
		back, ok := unstuff(out)
		if !ok {
			t.Fatalf("no terminator: %q", out)
		}
		want := NormalizeCRLF(p)
		if len(want) > 0 && !bytes.HasSuffix(want, []byte("\r\n")) {
			want = append(want, '\r', '\n')
		}
		if !bytes.Equal(back, want) {
			t.Fatalf("round trip: %q -> %q -> %q, want %q", p, out, back, want)
		}
	})
}

func FuzzParseAddress(f *testing.F) {
	for _, s := range []string{"user@example.test", `"a b"@example.test`, "josé@bücher.example", "a@[IPv6:2001:db8::1]", "a@b\r\nRCPT TO:<c@d>", "<a@b.test>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAddress(s)
		if err != nil {
			return
		}
		for _, w := range []string{a.Wire(true), a.Wire(false), a.String()} {
			if strings.ContainsAny(w, "\r\n\x00<>") && !strings.HasPrefix(a.Local, `"`) {
				t.Fatalf("%q parsed to unsafe %q", s, w)
			}
			if strings.ContainsAny(w, "\r\n\x00") {
				t.Fatalf("%q parsed to %q with CR/LF/NUL", s, w)
			}
		}
		if !isASCII(a.ASCIIDomain) {
			t.Fatalf("%q: A-label domain %q not ASCII", s, a.ASCIIDomain)
		}
		// Valid addresses parse again to the same thing.
		b, err := ParseAddress(a.String())
		if err != nil || b != a {
			t.Fatalf("%q: reparse %+v %v, want %+v", s, b, err, a)
		}
	})
}

func FuzzQueueID(f *testing.F) {
	for _, s := range []string{"2.0.0 Ok: queued as 4Xyz", "OK id=1abc-000123-XY", "[InternalId=1, Hostname=x] Queued mail for delivery", "OK  1 a.b - gsmtp"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id := QueueID(s)
		if id != "" && !strings.Contains(s, id) {
			t.Fatalf("QueueID(%q) = %q, not in the input", s, id)
		}
		if strings.ContainsAny(id, " \r\n") {
			t.Fatalf("QueueID(%q) = %q has spaces", s, id)
		}
	})
}

func FuzzParseDKIMRecord(f *testing.F) {
	for _, s := range []string{"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=", "p=", ";;;", "k=ed25519;p=AAAA"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ParseDKIMRecord(s) // must not panic
	})
}

func FuzzSplitEnhanced(f *testing.F) {
	f.Add(550, "5.1.1 User unknown\n5.1.1 more")
	f.Add(250, "2.0.0")
	f.Add(451, "4.7.1")
	f.Fuzz(func(t *testing.T, code int, text string) {
		lines := strings.Split(text, "\n")
		enh, out := SplitEnhanced(smtpwire.Reply{Code: code, Lines: lines})
		if enh != "" && !strings.HasPrefix(lines[0], enh) {
			t.Fatalf("enhanced %q not from the first line %q", enh, lines[0])
		}
		if len(out) > len(text)+len(lines) {
			t.Fatalf("text grew: %q -> %q", text, out)
		}
	})
}
