package main

import "testing"

// Batch 26-alla's kinds through the command (new wording, not rows of the
// corpus): each text piped whole gives exactly one explanation, the same as
// the text given as the argument.
//
//   - cPanel's "JunkMail rejected" block-list words: reputation;
//   - a client's "STARTTLS command failed": tls-required;
//   - a recipient refused for relaying, in Chinese: relay-denied;
//   - Node's "queryMx ENOTFOUND": host-unknown.
func TestExplainAlla26StdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"550 JunkMail rejected - relay.shop.example [198.51.100.23] is listed", "reputation", "permanent", 550},
		{"Mailer error: could not connect to the mail host. STARTTLS failed", "tls-required", "permanent", 0},
		{"554 5.7.1 收件人不在本域，拒绝中继", "relay-denied", "permanent", 554},
		{"Error: queryMx ENOTFOUND no-such-lab.example", "host-unknown", "permanent", 0},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
