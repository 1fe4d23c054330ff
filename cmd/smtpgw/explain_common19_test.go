package main

import "testing"

// The forms helper common19 fixed, through the command (new wording, not
// rows of a batch): each paste piped whole gives exactly one explanation,
// the same as the text given as the argument.
//
//   - Gmail's "Message blocked" bounce whose only pointer is its help
//     answer 69585 (spam-content), as a whole bounce and as one line;
//   - (batch b) a program's own error number in the 2xx range after
//     "error" ("Temporary error 249 ...") is no success reply: the words
//     decide, and no code is reported.
func TestExplainCommon19FormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"Delivery Status Notification (Failure)\n\nMessage blocked\n\nYour message to ana@far.example has been blocked. Message rejected. See https://support.google.example/mail/answer/69585 for more information.", "spam-content", "permanent", 0},
		{"550 5.7.1 Message rejected. See https://support.google.example/mail/answer/69585 - gsmtp", "spam-content", "permanent", 550},
		{"Delivery failed: temporary error 251 (temporary MX resolution error) resolving far.example; will retry", "network", "transient", 0},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
