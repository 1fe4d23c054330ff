package main

import (
	"strings"
	"testing"
)

// An application's failure that hides the server's reply (issue 10, session
// 10's final batch; docs/explain.md "Input without a reply code"), through
// the command, in new wording: explained (exit 0) as category unknown, a class
// only from its words, a note that the reply was hidden, a fix that says
// where to find it; text with neither a code nor delivery wording still
// exits 2.
func TestExplainFinal15HiddenReply(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Sorry, we could not send your password reset e-mail.", "unknown", "unknown"},
		{"Mailer Error: Could not instantiate mail function.", "unknown", "unknown"},
		{"The confirmation message could not be sent, please try again later", "unknown", "transient"},
		{"Failed to send the email: recipient mailbox is full", "mailbox-full", "permanent"},
	})
	m := explainJSON(t, "PHP Warning: mail() returned failure for ana@far.example")
	note, _ := m["note"].(string)
	fix, _ := m["remediation"].([]any)
	if m["code"] != nil || !strings.Contains(note, "without the server's reply") || len(fix) == 0 || !strings.Contains(fix[0].(string), "sendmail_path") {
		t.Errorf("hidden reply: code %v, note %q, fix %v", m["code"], note, fix)
	}
	out, errOut, code := runCLI(t, "", "explain", "The update server answered with an empty page")
	if code != ExitUsage || out != "" || !strings.Contains(errOut, "no SMTP reply code and no wording") {
		t.Errorf("no delivery wording: exit %d, out %q, stderr %q", code, out, errOut)
	}
	// on standard input, one such line is one paste, explained the same way
	out, _, code = runCLI(t, "Mailer Error: Could not instantiate mail function.\n", "explain", "--json", "-")
	if code != 0 || !strings.Contains(out, `"category":"unknown"`) || !strings.Contains(out, "without the server's reply") {
		t.Errorf("stdin: exit %d\n%s", code, out)
	}
}

// The labelling conventions session 10's final batch decided, through the
// command, in new wording.
func TestExplainFinal15Conventions(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"554 Your server has been banned by the administrator of this site", "reputation", "permanent"},
		{"MAIL FROM:<promo@bulk.example>\n553 5.7.1 This domain is blacklisted on our server", "policy", "permanent"},
		{`{"SuppressedDestination":{"EmailAddress":"ivy@far.example","Reason":"BOUNCE","LastUpdateTime":"2026-02-03T04:05:06Z"}}`, "user-unknown", "permanent"},
		{"Mail error: RCPT TO not accepted by the server", "unknown", "unknown"},
	})
}

// A sender refused right after a successful login, and Domino R5's
// class-less status code, through the command.
func TestExplainFinal15SessionForms(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: bWFyaWE=\nS: 334 UGFzc3dvcmQ6\nC: cGFzcw==\nS: 235 Authentication successful\nC: MAIL FROM:<sales@partner.example>\nS: 501 5.7.1 Permission denied", "sender-invalid", "permanent"},
		{"Delivery Failure Report\n\nYour document:  Report\nwas not delivered to:  kai@far.example\nbecause:  Enhanced Mail System Status Code (RFC1893): .1.1", "user-unknown", "permanent"},
	})
}

// Kinds of held-out batch 15's first run, through the command.
func TestExplainFinal15FirstRunKinds(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"451 4.7.1 Recipient is receiving mail at too great a rate, try later", "rate-limited", "transient"},
		{"Motivo del rechazo: usuario inexistente", "user-unknown", "permanent"},
		{"Bounce category: Address has moved", "moved", "permanent"},
		{"550 Sender authorization check failed for your host", "sender-auth", "permanent"},
	})
}
