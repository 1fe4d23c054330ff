package main

import "testing"

// The labelling conventions common24 settled, through the command (new
// wording, not rows of the corpus): each text piped whole gives exactly one
// explanation, the same as the text given as the argument.
//
//   - a recipient on a sending service's own list, no reason: policy;
//   - a hold after a hard bounce: user-unknown; after soft bounces: unknown;
//   - "Sender address rejected: <reason>": a site's rule about the sender's
//     origin is policy;
//   - a bare "Message rejected": unknown.
func TestExplainCommon24StdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"API error: the recipient is blacklisted for this sender account", "policy", "permanent", 0},
		{"Member status: cleaned after a hard bounce", "user-unknown", "permanent", 0},
		{"Profile suppressed after 4 soft bounces", "unknown", "permanent", 0},
		{"554 5.7.1 <boss@corp.example>: Sender address rejected: mail from external senders with our domain", "policy", "permanent", 554},
		{"SMTP error 550: Message rejected", "unknown", "permanent", 550},
		// batch 24-common's kind: a list's To:/Cc: posting rule
		{"554 Rejected: list address must be in To: or Cc:", "policy", "permanent", 554},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
