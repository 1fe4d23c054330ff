package main

import "testing"

// The labelling conventions common25 settled and the kinds of its held-out
// batches, through the command (new wording, not rows of the corpus): each
// text piped whole gives exactly one explanation, the same as the text given
// as the argument.
//
//   - Exim's "Unrouteable address" as a receiving server's reply to RCPT TO:
//     user-unknown; as the sending Exim's own routing failure: host-unknown;
//   - a recipient "not in my local list" (the server's own users):
//     user-unknown.
func TestExplainCommon25StdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"SMTP error from remote mail server after RCPT TO:<jo@hoster.example>: 550 Unrouteable address", "user-unknown", "permanent", 550},
		{"2026-12-07 09:00:01 1vQa2B-000Xy1-7C ** jo@gone-domain.example R=dnslookup T=remote_smtp: Unrouteable address", "host-unknown", "permanent", 0},
		{"Remote host said: 550 sorry, the recipient address is not in my local list", "user-unknown", "permanent", 550},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
