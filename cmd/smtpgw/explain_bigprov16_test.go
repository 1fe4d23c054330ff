package main

import (
	"strings"
	"testing"
)

// The forms held-out batch 16-bigprov found, through the command (new
// wording, not rows of the batch): each paste piped whole gives exactly one
// explanation, the same as the text given as the argument.
//
//   - a United Internet multi-line reply whose case code (r07xx) names a
//     header fault under "Reject due to policy restrictions";
//   - an Exchange Online NDR's diagnostic block whose words alone name the
//     IP that is not accepted;
//   - a codeless "has been rate limited" reason (temporary).
func TestExplainBigprov16FormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"554-Transaction failed\n554-Reject due to policy restrictions.\n554 For explanation visit https://postmaster.gmx.net/en/case?c=r0720&i=ip&v=192.0.2.44", "rfc-noncompliant", "permanent", 554},
		{"Generating server: AM0PR01MB1234.eurprd01.prod.example\nkim@contoso.example\nRemote server returned 'Access denied, mail is not accepted from this IP address'", "reputation", "permanent", 0},
		{"Deferred: your email has been rate limited because SPF authentication didn't pass", "sender-auth", "transient", 0},
	} {
		ms := explainStdinLines(t, []string{c.in}) // (one input of many lines: exactly one explanation)
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %v/%v, argument %v/%v code %v, want %s/%s code %v", c.in, ms[0]["category"], ms[0]["class"], arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}

// Batch 16-bigprov b's form through the command: a client's one-line
// paste of a multi-line reply whose continuation lines kept only the
// enhanced code.
func TestExplainBigprov16bFormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	in := "Send failed: 552 5.7.0 Our system detected an illegal attachment on your 5.7.0 message. Please visit 5.7.0 the help page to review our attachment guidelines."
	ms := explainStdinLines(t, []string{in})
	arg := explainJSON(t, in)
	code, _ := arg["code"].(float64)
	text, _ := arg["text"].(string)
	if ms[0]["category"] != arg["category"] || ms[0]["class"] != "permanent" || code != 552 || strings.Contains(text, " 5.7.0 ") {
		t.Errorf("stdin %v/%v, argument %v/%v code %v text %q", ms[0]["category"], ms[0]["class"], arg["category"], arg["class"], arg["code"], text)
	}
}
