package main

import "testing"

// The labelling conventions common27 settled, through the command (new
// wording, not rows of the corpus): each text piped whole gives exactly one
// explanation, the same as the text given as the argument.
//
//   - Outlook's "The server rejected the sender address." without the
//     server's reply, in any language: unknown;
//   - a bare 451 "Temporary failure": server-error, transient;
//   - a per-message recipient cap without a code: rate-limited, permanent;
//   - "invalid email address" as a bounce's reason: user-unknown;
//   - an ESP's permanent bounce type over a 4xx: permanent.
func TestExplainCommon27StdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"Der Server hat die Absenderadresse abgelehnt.", "unknown", "unknown", 0},
		{"The mail server replied: 451 Temporary failure", "server-error", "transient", 451},
		{"Send failed: too many recipients (the limit is 50 per message)", "rate-limited", "permanent", 0},
		{"Status: bounced | Reason: invalid email address", "user-unknown", "permanent", 0},
		{"Permanent General smtp; 451 4.4.1 Connection timed out to mx.far.example", "network", "permanent", 451},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
