package main

import "testing"

// Helper parse27's parser kinds through the command, in new wording, as
// the argument and piped on standard input (one explanation each):
//
//   - a count after a number is no reply code;
//   - a client-error HTTP status RFC 5321 does not define is the API's;
//   - a quoted-printable soft break inside an enhanced code;
//   - prose after a quoted reply is context, the reply's words decide;
//   - a reply in a Markdown code span inside prose.
func TestExplainParse27Forms(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
	}{
		{`Der Server meldete "mailbox full" bestimmt 452 Mal heute.`, "mailbox-full", "permanent"},
		{"429 Too many requests for this API key, retry in a minute", "rate-limited", "transient"},
		{"Final answer: 550 5.=\n1.1 no such mailbox here", "user-unknown", "permanent"},
		{`The "550 5.7.1 Message identified as spam" comes from your ISP's SMTP server, not ours`, "spam-content", "permanent"},
		{"Our IP sits on Spamhaus, so the server answers `554 5.7.1 rejected by local policy` to everything.", "reputation", "permanent"},
	} {
		checkStdinAndArgument(t, c.in, c.cat, c.class)
	}
}
