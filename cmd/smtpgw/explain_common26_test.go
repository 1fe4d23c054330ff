package main

import "testing"

// The labelling conventions common26 settled and the kinds of its held-out
// batches, through the command (new wording, not rows of the corpus): each
// text piped whole gives exactly one explanation, the same as the text given
// as the argument.
//
//   - an attempts limit over a quoted temporary reply: the reply's cause,
//     permanent (the sender gave up);
//   - Exim's "syntactically invalid" HELO argument: syntax;
//   - "invalid domain" naming the recipient address's domain: host-unknown;
//   - a recipient who complained, named as the one who marked the mail:
//     policy.
func TestExplainCommon26StdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"Maximum number of delivery attempts exceeded. Last error: 451 4.7.1 Greylisted, come back in 5 minutes", "greylisted", "permanent", 451},
		{"501 Syntactically invalid HELO argument(s)", "syntax", "permanent", 501},
		{"Not sent: recipient domain is invalid", "host-unknown", "permanent", 0},
		{"Dropped: the subscriber reported an earlier campaign as spam", "policy", "permanent", 0},
		// a reply whose sentence a README wrapped onto the next line, in
		// lower case: one explanation on standard input, as the argument
		{"Our newsletter came back from Gmail with 550 5.7.26 Unauthenticated email from shop.example is not accepted due to\ndomain's DMARC policy, please contact the administrator of the domain", "sender-auth", "permanent", 550},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
