package main

import (
	"strings"
	"testing"
)

// Providers' numbered code families (issue 10, held-out batch 7-isp): the
// code decides over the words around it, through the command, for a reply
// given as an argument and for a mail log on stdin, and -v names the
// family's token as the evidence.
func TestExplainProviderCodeFamilies(t *testing.T) {
	t.Parallel()
	out, errOut, code := runCLI(t, "", "explain", "-v", "550 5.5.0 Service refuse. Veuillez essayer plus tard. LPN007_420")
	flat := strings.Join(strings.Fields(out), " ")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"mailbox-disabled", "Decided by rule orange.code-disabled.", "\"orange code 420\""} {
		if !strings.Contains(flat, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	log := "Mar  3 10:00:01 mx postfix/smtp[4242]: 4B2C81234: to=<ann@charter.example>, relay=mx.charter.example[192.0.2.5]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.0.0, status=bounced (host mx.charter.example[192.0.2.5] said: 554 5.7.1 cmsmtp Refused AUP#In-1130 (in reply to RCPT TO command))\n"
	out, errOut, code = runCLI(t, log, "explain", "--json", "-")
	if code != 0 || errOut != "" {
		t.Fatalf("log: exit %d, stderr %q\n%s", code, errOut, out)
	}
	if !strings.Contains(out, `"category":"ptr-required"`) || !strings.Contains(out, `"rule":"spectrum.aup-ptr"`) {
		t.Errorf("log line: want ptr-required:\n%s", out)
	}
}
