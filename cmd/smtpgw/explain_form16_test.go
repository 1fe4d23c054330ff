package main

import (
	"strings"
	"testing"
)

// Whole bounce messages as users paste them (issue 10, held-out batch
// 16-form) through the command, as the argument and on standard input. The
// wording is new (not rows of the batch).

// A whole notice with its header fields, MIME parts and the returned
// message's headers is one explanation, the same as the argument: the
// returned Subject, Message-ID and spam verdict are not its reason.
func TestExplainForm16WholeNotice(t *testing.T) {
	t.Parallel()
	notice := strings.Join([]string{
		"From: Mail Delivery System <MAILER-DAEMON@relay.corp.example>",
		"Subject: Undelivered Mail Returned to Sender",
		"Message-ID: <20261206090000.AB12@relay.corp.example>",
		"Content-Type: multipart/report; report-type=delivery-status;",
		"        boundary=\"AB12.1765011600/relay.corp.example\"",
		"",
		"This is a MIME-encapsulated message.",
		"",
		"--AB12.1765011600/relay.corp.example",
		"Content-Description: Notification",
		"Content-Type: text/plain; charset=us-ascii",
		"",
		"<uma@far.example>: host mx.far.example[192.0.2.30] said: 554 5.7.1",
		"    Service unavailable; Client host [203.0.113.30] blocked using",
		"    dnsbl.far.example (in reply to RCPT TO command)",
		"",
		"--AB12.1765011600/relay.corp.example",
		"Content-Description: Undelivered Message Headers",
		"Content-Type: text/rfc822-headers",
		"",
		"Message-ID: <m1@corp.example>",
		"X-Spam-Status: Yes, score=8.0",
		"Subject: Your mailbox is full - relay denied",
		"",
		"--AB12.1765011600/relay.corp.example--",
	}, "\n")
	checkStdinPastes(t, []stdinPaste{{notice, "reputation", "permanent", "RCPT TO"}})
	checkArgVerdicts(t, []argVerdict{{notice, "reputation", "permanent"}})
}

// A delivery-status part about several recipients, its groups after blank
// lines, is one report on standard input: the failed recipient decides,
// and the note names it. Two reports, each with its own Reporting-MTA,
// stay two explanations.
func TestExplainForm16SeveralRecipientsStdin(t *testing.T) {
	t.Parallel()
	report := "Reporting-MTA: dns; relay.corp.example\n\nFinal-Recipient: rfc822; vic@far.example\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: smtp; 421 4.4.1 Connection timed out\n\nFinal-Recipient: rfc822; wes@far.example\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded"
	ms := explainStdinLines(t, []string{report})
	if m := ms[0]; m["category"] != "mailbox-full" || m["class"] != "permanent" || !strings.Contains(m["note"].(string), "wes@far.example (failed) is explained") {
		t.Errorf("got %v/%v note %q, want mailbox-full/permanent and a note naming wes@far.example", m["category"], m["class"], m["note"])
	}
	two := "Reporting-MTA: dns; a.corp.example\n\nFinal-Recipient: rfc822; xia@far.example\nAction: failed\nStatus: 5.1.1\n\nReporting-MTA: dns; b.corp.example\n\nFinal-Recipient: rfc822; yul@far.example\nAction: delayed\nStatus: 4.7.1\nDiagnostic-Code: smtp; 451 4.7.1 Greylisted, please retry"
	out, _, code := runCLI(t, two+"\n", "explain", "--json", "-")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 || !strings.Contains(lines[0], `"user-unknown"`) || !strings.Contains(lines[1], `"greylisted"`) {
		t.Errorf("two reports: exit %d, want two explanations (user-unknown, greylisted):\n%s", code, out)
	}
}

// A delivery-status part quoted with "> " and re-wrapped by a mail client
// (the Diagnostic-Code's text on unindented lines, a URL among them), and
// a bounce's text paragraph followed by the delivery-status part that
// repeats it: one explanation each, as the argument gives.
func TestExplainForm16QuotedAndRepeated(t *testing.T) {
	t.Parallel()
	quoted := "> Final-Recipient: rfc822; zed@far.example\n> Action: failed\n> Status: 5.7.1\n> Diagnostic-Code: smtp; 550 5.7.1 Message rejected because the sending\n> host [203.0.113.31] is listed on bl.far.example; see\n> https://bl.far.example/lookup?ip=203.0.113.31"
	repeated := "<amy@far.example>: host mx.far.example[192.0.2.31] said:\n    452 4.2.2 Mailbox full, try again later (in reply to RCPT TO command)\n\nFinal-Recipient: rfc822; amy@far.example\nAction: delayed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full, try again later"
	for _, c := range []stdinPaste{
		{quoted, "reputation", "permanent", ""},
		{repeated, "mailbox-full", "transient", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
		checkArgVerdicts(t, []argVerdict{{c.in, c.cat, c.class}})
	}
}

// Batch b: on standard input a paste that starts as a whole notice does (a
// message's header field, an mbox separator, a forward's or reply's marker,
// an HTML part's source, a bounce's opening line) is one paste, however
// many reply lines it holds; a notice's text about several recipients is
// explained by the first listed.
func TestExplainForm16bNoticeStartsStdin(t *testing.T) {
	t.Parallel()
	body := "\n\n<vic@far.example>: host mx.far.example[192.0.2.50] said: 550 5.1.1 No such\n    user (in reply to RCPT TO command)\n\n<wil@far.example>: host mx.far.example[192.0.2.50] said: 552 5.2.2 Mailbox\n    full (in reply to RCPT TO command)"
	for _, c := range []stdinPaste{
		{"Return-Path: <>\nReceived: by relay.corp.example (Postfix) id 1A2B3C\nSubject: Undelivered Mail Returned to Sender" + body, "user-unknown", "permanent", "RCPT TO"},
		{"From MAILER-DAEMON  Mon Dec  7 08:00:00 2026\nFrom: MAILER-DAEMON@relay.corp.example" + body, "user-unknown", "permanent", "RCPT TO"},
		{"-----Original Message-----\nFrom: Mail Delivery System\nSent: Monday, December 7, 2026 8:00 AM" + body, "user-unknown", "permanent", "RCPT TO"},
		{"<html><body>\n<p>Delivery to xen@far.example failed.</p>\n<p>Status code: 552 5.2.2</p>\n<p>Reported error: 552 5.2.2 Mailbox full</p>\n</body></html>", "mailbox-full", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
}

// Batch c: a signature pasted after a reply ("--", then a name and a
// disclaimer that scans mail for viruses) is no reply of its own, and in a
// paste of one reply it is that paste's context, not unexplained lines
// (no totals: the output is the argument's, held-out batch 19-prov); grep's
// "--" between log lines is no signature, and the lines after it are
// explained.
func TestExplainForm16cSignatureStdin(t *testing.T) {
	t.Parallel()
	sig := "<yan@far.example>: host mx.far.example[192.0.2.70] said: 550 5.7.1 Relaying\n    denied (in reply to RCPT TO command)\n\n--\nYan's colleague | Corp IT\nAll outgoing mail is scanned for viruses; we accept no liability for damage.\n"
	out, _, code := runCLI(t, sig, "explain", "--json", "-")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 1 || !strings.Contains(lines[0], `"relay-denied"`) {
		t.Errorf("signature: exit %d, want one explanation (relay-denied) and no totals:\n%s", code, out)
	}
	grep := "Dec  6 10:00:01 mx postfix/smtp[1]: A1: to=<zed@far.example>, relay=mx.far.example[192.0.2.71]:25, dsn=5.1.1, status=bounced (host mx.far.example[192.0.2.71] said: 550 5.1.1 no such user (in reply to RCPT TO command))\n--\nDec  6 10:05:01 mx postfix/smtp[2]: B2: to=<amy@far.example>, relay=mx.far.example[192.0.2.71]:25, dsn=4.2.2, status=deferred (host mx.far.example[192.0.2.71] said: 452 4.2.2 mailbox full (in reply to RCPT TO command))\n"
	out, _, code = runCLI(t, grep, "explain", "--json", "-")
	if code != 0 || !strings.Contains(out, `"user-unknown"`) || !strings.Contains(out, `"mailbox-full"`) {
		t.Errorf("grep separator: exit %d, want both log lines explained:\n%s", code, out)
	}
}
