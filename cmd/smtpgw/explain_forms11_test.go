package main

import (
	"strings"
	"testing"
)

// The input forms of held-out batch 11-forms through the command (issue 10):
// pasted tool sessions, HTML and quoted-printable bodies, an appliance's
// bounce reason, filter logs. The wording is new (not rows of the batch).
func TestExplainForms11Argument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, cat, class string }{
		// the last reply succeeded; the client's words after it say what failed
		{"<-  250-relay.shop.example\n<-  250 STARTTLS\n -> STARTTLS\n<-  220 2.0.0 Go ahead\n*** TLS startup failed (connect(): error:0A000086:SSL routines::certificate verify failed)", "tls-required", "transient"},
		{"< 220 relay.shop.example ESMTP\n> EHLO ws1\n< 250 relay.shop.example\n* STARTTLS not supported.\ncurl: (64) Requested SSL level failed", "tls-required", "transient"},
		// a bounce body rendered as HTML
		{"<p>The remote server answered:</p><p>550 5.1.1 &lt;lee@lab.example&gt;: Recipient address rejected: User unknown</p>", "user-unknown", "permanent"},
		// quoted-printable soft breaks and escapes
		{"Diagnostic-Code: smtp; 550 5.7.1 Client host [203.0.113.8] blocked us=\ning zen.spamhaus.org; https://check.spamhaus.example/?ip=3D203.0.113.8", "reputation", "permanent"},
		// an appliance's coarse status before the remote reply it quotes
		{"The reason for the problem:\n5.3.0 - Other mail system problem 550-'5.2.1 Mailbox disabled, not accepting messages'", "mailbox-disabled", "permanent"},
	} {
		m := explainJSON(t, c.in)
		if m["category"] != c.cat || m["class"] != c.class {
			t.Errorf("%.60q: %v/%v (rule %v), want %s/%s", c.in, m["category"], m["class"], m["rule"], c.cat, c.class)
		}
	}
	// the human card says why the 220 did not decide
	out, _, code := runCLI(t, "", "explain", "220 2.0.0 Ready to start TLS\nTLS handshake failed: remote error: tls: protocol version not supported")
	if code != 0 || !strings.Contains(out, "tls-required") || !strings.Contains(out, "The last reply (220) succeeded") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestExplainForms11Stdin(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		// a filter's task log: its action and symbols
		{"2026-12-06 09:00:00 #311(normal) <aa11bb>; task; rspamd_task_write_log: id: <m1@shop.example>, ip: 192.0.2.77, (default: T (reject): [21.30/15.00] [BAYES_SPAM(6.00){99.9%;},PHISHING(7.00){bank.example;}]), len: 900, time: 88.1ms", "spam-content", "permanent", ""},
		{"2026-12-06 09:00:01 #311(normal) <aa11cc>; task; rspamd_task_write_log: id: <m2@shop.example>, ip: 192.0.2.77, (default: F (soft reject): [4.00/15.00] [GREYLIST(0.00){greylisted;}]), len: 900", "greylisted", "transient", ""},
		// a duration at the end of a content filter's log line is no reply code
		{"Dec  6 09:00:02 gw amavis[881]: (00881-03) Blocked INFECTED (Win.Trojan.Agent-1) {RejectedInbound}, [192.0.2.9]:4410 <x@shop.example> -> <y@lab.example>, Hits: -, size: 8800, 421 ms", "virus", "permanent", ""},
		// HTML character references on one line
		{"Remote Server returned &#39;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup&#39;", "user-unknown", "permanent", ""},
	})
}
