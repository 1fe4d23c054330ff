package main

import "testing"

// The forms helper common20 fixed, through the command (new wording, not
// rows of a batch): each paste piped whole gives exactly one explanation,
// the same as the text given as the argument.
//
//   - Postfix's skipped 5xx greeting pasted from the host's name on, its
//     wrapped lines included, with no recipient before it: transient (the
//     message is deferred), its category the greeting's own;
//     the same when the bounce wrapped the closing "554 ..." onto a line of
//     its own after a line that ends inside the reply (one explanation on
//     standard input, not two);
//   - a 421 whose words say a message was delivered is no delivery.
func TestExplainCommon20FormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"mx1.far.example[203.0.113.9] refused to talk to me: 554-mx1.far.example\n    No SMTP service here 554-Your IP address is black listed. 554 See\n    https://postmaster.far.example/lookup", "reputation", "transient", 554},
		{"mx2.far.example[203.0.113.10] refused to talk to me: 554-mx2.far.example\n    No SMTP service here 554-Your IP address is black listed.\n    554 See https://postmaster.far.example/lookup", "reputation", "transient", 554},
		{"421 Message delivered to the queue of ops@far.example; connection interrupted, please try again later.", "server-error", "transient", 421},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
