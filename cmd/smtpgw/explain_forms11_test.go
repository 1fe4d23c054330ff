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
	checkArgVerdicts(t, []argVerdict{
		// the last reply succeeded; the client's words after it say what failed
		{"<-  250-relay.shop.example\n<-  250 STARTTLS\n -> STARTTLS\n<-  220 2.0.0 Go ahead\n*** TLS startup failed (connect(): error:0A000086:SSL routines::certificate verify failed)", "tls-required", "permanent"},
		{"< 220 relay.shop.example ESMTP\n> EHLO ws1\n< 250 relay.shop.example\n* STARTTLS not supported.\ncurl: (64) Requested SSL level failed", "tls-required", "permanent"},
		// a bounce body rendered as HTML
		{"<p>The remote server answered:</p><p>550 5.1.1 &lt;lee@lab.example&gt;: Recipient address rejected: User unknown</p>", "user-unknown", "permanent"},
		// quoted-printable soft breaks and escapes
		{"Diagnostic-Code: smtp; 550 5.7.1 Client host [203.0.113.8] blocked us=\ning zen.spamhaus.org; https://check.spamhaus.example/?ip=3D203.0.113.8", "reputation", "permanent"},
		// an appliance's coarse status before the remote reply it quotes
		{"The reason for the problem:\n5.3.0 - Other mail system problem 550-'5.2.1 Mailbox disabled, not accepting messages'", "mailbox-disabled", "permanent"},
	})
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

// A test tool's session piped whole is one paste (issue 10, batch 11-forms):
// one explanation, the same as the text given as the argument, with the
// reply that failed (or the tool's words after a reply that succeeded)
// deciding; the tool's own lines inside the session do not cut it.
func TestExplainForms11ToolSessionsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, cat, class string }{
		{"=== Trying relay.shop.example:587...\n=== Connected to relay.shop.example.\n<-  220 relay.shop.example ESMTP\n -> EHLO ws1\n<-  250-relay.shop.example\n<-  250 AUTH PLAIN\n -> AUTH PLAIN AHVzZXIAd3Jvbmc=\n<** 535 5.7.8 Authentication credentials invalid\n -> QUIT\n<-  221 2.0.0 Bye\n=== Connection closed with remote host.", "auth-failed", "permanent"},
		{" ~> MAIL FROM:<x@shop.example>\n<~  250 2.1.0 Ok\n ~> RCPT TO:<y@lab.example>\n<~  250 2.1.5 Ok\n ~> DATA\n<~  354 Go ahead\n ~> Subject: report\n ~>\n ~> see the attached invoice.js\n ~> .\n<~* 552 5.7.0 Attachment of type .js is not permitted\n ~> QUIT\n<~  221 2.0.0 Bye", "policy", "permanent"},
		{"Trying 192.0.2.61...\nConnected to mx.lab.example.\nEscape character is '^]'.\n220 mx.lab.example ESMTP\nHELO ws1.shop.example\n250 mx.lab.example\nMAIL FROM:<x@shop.example>\n250 OK\nRCPT TO:<gone@lab.example>\n550 5.1.1 <gone@lab.example>: Recipient address rejected: User unknown in local recipient table\nQUIT\n221 Bye\nConnection closed by foreign host.", "user-unknown", "permanent"},
		{"*   Trying 192.0.2.30:465...\n* Connected to relay.shop.example (192.0.2.30) port 465\n< 220 relay.shop.example ESMTP\n> EHLO ws1\n< 250 relay.shop.example\n> MAIL FROM:<x@shop.example>\n< 553 5.7.1 <x@shop.example>: Sender address rejected: not owned by user app@shop.example\n* MAIL failed: 553\n* Closing connection\ncurl: (55) MAIL failed: 553", "sender-invalid", "permanent"},
		{"CONNECTED(00000003)\n---\n    Verify return code: 0 (ok)\n---\n250 HELP\nmail from:<x@shop.example>\n250 2.1.0 Sender OK\nrcpt to:<y@lab.example>\n452 4.2.2 Mailbox full\nquit\n221 Bye", "mailbox-full", "transient"},
	} {
		ms := explainStdinLines(t, []string{c.in}) // (one input of many lines: exactly one explanation)
		arg := explainJSON(t, c.in)
		if ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class {
			t.Errorf("%.50q: stdin %v/%v, argument %v/%v, want %s/%s", c.in, ms[0]["category"], ms[0]["class"], arg["category"], arg["class"], c.cat, c.class)
		}
	}
}

// Exchange's attempt lines piped without the NDR's blank lines are one
// report read newest first (the lead's open kind); a continuation reply
// behind words and a quote wrapped before it closes stay one reply; a CSV
// export's header row is no wording.
func TestExplainForms11StdinGrouping(t *testing.T) {
	t.Parallel()
	attempts := "11/4/2024 11:40:02 AM - Server at mx.lab.example (192.0.2.44) returned '550 5.1.1 <ana@lab.example>: Recipient address rejected: User unknown'\n" +
		"11/4/2024 10:40:02 AM - Server at mx.lab.example (192.0.2.44) returned '451 4.7.1 Greylisted, try again later'\n" +
		"11/4/2024 9:40:02 AM - Server at mx.lab.example (192.0.2.44) returned '421 4.4.2 Connection dropped'"
	for _, c := range []struct{ in, cat, class string }{
		{attempts, "user-unknown", "permanent"},
		{"Remote host said: 550-Verification failed for <x@shop.example>\n550-Unrouteable address\n550 Sender verify failed", "sender-invalid", "permanent"},
		{"Remote Server returned '550 5.7.606 Access denied, banned sending IP [203.0.113.8]. To request\nremoval from this list please visit https://sender.example/'", "reputation", "permanent"},
	} {
		ms := explainStdinLines(t, []string{c.in})
		if ms[0]["category"] != c.cat || ms[0]["class"] != c.class {
			t.Errorf("%.50q: %v/%v (rule %v), want %s/%s", c.in, ms[0]["category"], ms[0]["class"], ms[0]["rule"], c.cat, c.class)
		}
	}
	// a part pasted still in quoted-printable: soft breaks across lines, =0D at line ends
	for _, c := range []struct{ in, cat, class string }{
		{"Final-Recipient: rfc822; jo@lab.example=0D\nAction: failed=0D\nStatus: 5.2.2=0D\nDiagnostic-Code: smtp; 552 5.2.2 <jo@lab.example>: Mailbox is f=\null=0D", "mailbox-full", "permanent"},
		{"550 5.7.1 Service unavailable; client [203.0.113.8] blocked by b.barracudacen=\ntral.org, see https://barracudacentral.example/lookups", "reputation", "permanent"},
	} {
		ms := explainStdinLines(t, []string{c.in})
		if ms[0]["category"] != c.cat || ms[0]["class"] != c.class {
			t.Errorf("%.50q: %v/%v (rule %v), want %s/%s", c.in, ms[0]["category"], ms[0]["class"], ms[0]["rule"], c.cat, c.class)
		}
	}
	// base64 padding at a transcript line's end is no soft break
	if ms := explainStdinLines(t, []string{"C: AUTH PLAIN\nS: 334\nC: AGFsZXgAc2VjcmV0Yw=\nS: 535 5.7.8 Authentication credentials invalid"}); ms[0]["category"] != "auth-failed" {
		t.Errorf("auth transcript: %v", ms[0]["category"])
	}
	out, _, code := runCLI(t, "event-id,recipient-address,recipient-status\nFAIL,ana@lab.example,550 5.4.1 Recipient address rejected: Access denied\n", "explain", "--json", "-")
	if code != 0 || strings.Count(out, `"category"`) != 1 || !strings.Contains(out, `"unexplained_lines":1`) {
		t.Errorf("exit %d: the header row is counted, not explained:\n%s", code, out)
	}
}
