package explain

import (
	"strings"
	"testing"
)

// codeless19FormsPlain is codeless19Forms as first written: the code test
// first, on every text.
func codeless19FormsPlain(s string) string {
	if len(s) > 2048 || carriesCode(s) {
		return s
	}
	if t := sesTypePair(s); t != s {
		return t
	}
	return statusColumnTable(s)
}

// TestCodeless19FormsQuickTest holds codeless19Forms, which tests for a
// code only in a text one of its forms would rewrite, to its plain form:
// the corpus's inputs and the lines of the fast-path tests, the two forms
// it rewrites with and without a code (before, inside, after), and
// look-alikes.
func TestCodeless19FormsQuickTest(t *testing.T) {
	t.Parallel()
	ins := fastPathLines(t)
	for _, r := range loadCorpus(t) {
		ins = append(ins, r.input)
	}
	table := "Received             SenderAddress      RecipientAddress  Status\n-------              -------------      ----------------  ------\n1/5/2026 9:01:00 AM  ops@near.example   ana@far.example   Failed"
	queue := "Identity            DeliveryType  Status  MessageCount  NextHopDomain\nmx1\\12             SmtpRelay     Retry   3             far.example"
	forms := []string{"Permanent/Suppressed", "Transient/MailboxFull", " undetermined/Unknown ", "Permanent/NoEmail", table, queue, table + "\n", "\n" + queue}
	for _, f := range forms {
		for _, code := range []string{"550 ", "5.1.1 ", "421-", " 550", " 4.7.0", "550", "5.1.10", "1550 ", "192.0.2.550 "} {
			ins = append(ins, code+f, f+code, strings.Replace(f, " ", " "+code, 1), strings.Replace(f, "/", "/"+code, 1))
		}
		ins = append(ins, f, strings.ToUpper(f), strings.ReplaceAll(f, "\n", "\r\n"), f+strings.Repeat("x", 2048))
	}
	if len(ins) < 10000 {
		t.Fatalf("only %d inputs", len(ins))
	}
	rewritten := 0
	for _, in := range ins {
		got, want := codeless19Forms(in), codeless19FormsPlain(in)
		if got != want {
			t.Errorf("codeless19Forms(%q) = %q, the plain form %q", in, got, want)
		}
		if got != in {
			rewritten++
		}
	}
	if rewritten < len(forms) {
		t.Errorf("only %d inputs rewritten: the forms are not exercised", rewritten)
	}
}
