package main

import "testing"

// Batch 24-alla's kinds through the command (new wording, not rows of the
// corpus): each text piped whole gives exactly one explanation, the same as
// the text given as the argument.
//
//   - RFC 5321's 551 in Chinese: moved;
//   - relaying refused outright after unknown-user words: relay-denied;
//   - a DKIM signature reported incorrect: sender-auth;
//   - Gmail's full-inbox card with its volume words: mailbox-full.
func TestExplainAlla24StdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"551 用户不在本地，请改投 <wang@new.example>", "moved", "permanent", 551},
		{"550 Unknown user. Relaying is not supported on this host.", "relay-denied", "permanent", 550},
		{"550 5.7.0 Message rejected: DKIM signature incorrect", "sender-auth", "permanent", 550},
		{"Recipient inbox full. Their inbox is full, or it's getting too much mail right now.", "mailbox-full", "permanent", 0},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
