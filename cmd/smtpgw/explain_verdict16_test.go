package main

import "testing"

// Codeless one-word verdicts and short statuses of security gateways,
// message traces, mail logs and sending services (issue 10, held-out batch
// 16-verdict) through the command. The wording is new (not rows of the
// batch).

// Each paste alone on standard input is one explanation: a status field
// without an address, a bare status value, a table row whose last cell is
// the status, a record whose own status says delivered, a CEF event.
func TestExplainVerdict16FormsStdin(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"Delivery status: Undelivered", "unknown", "permanent", ""},
		{"email.queued", "unknown", "transient", ""},
		{"2026-11-03 08:12 | news@shop.example | lee@corp.example | held", "unknown", "transient", ""},
		{"Act=Acc|TlsVer=TLSv1.3|SpamScore=0|Rcpt=ana@corp.example", "success", "success", ""},
		{"CEF:0|Acme|MailGuard|5.1.1|100|Message scanned|3|cs2Label=MessageId cs2=<x1@corp.example> act=Rejected outcome=Virus found duser=ana@corp.example", "virus", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c}) // each paste alone: one explanation
	}
}

// The same kinds as the argument: a multi-line record whose status field is
// read in its own line, a registry title without its code, a delivery the
// spam filter passed (exit 0), vocabulary of filters; and input errors (exit
// 2) for a JSON body whose status is a job's and a row without an address.
func TestExplainVerdict16FormsArgument(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{"Delivery status: Delivered\nFailure reason: none", "success", "success"},
		{"Delivery failed: Bad destination system address", "host-unknown", "permanent"},
		{"Spam filtering bypassed by an allow-list entry", "success", "success"},
		{"Blocked by the attachment filter: report.scr", "policy", "permanent"},
		{"bounce_type=TRANSIENT_BOUNCE recipient=ana@corp.example", "unknown", "transient"},
	})
	for _, in := range []string{`{"job":"invoice-sync","status":"rejected"}`, "build 17 | nightly | rejected"} {
		if _, _, code := runCLI(t, "", "explain", in); code != 2 {
			t.Errorf("%q: exit %d, want 2 (no delivery outcome)", in, code)
		}
	}
	if _, _, code := runCLI(t, "", "explain", "Delivered to Junk Email folder"); code != 0 {
		t.Errorf("a delivery to the junk folder: exit %d, want 0 (a success)", code)
	}
}

// Batch 16-verdict b through the command: a state field, a send result in
// Korean on standard input; a filter's classification and an enumeration
// constant as the argument (a success exits 0).
func TestExplainVerdict16bForms(t *testing.T) {
	t.Parallel()
	for _, c := range []stdinPaste{
		{"Outbox state: Ready", "unknown", "transient", ""},
		{"전송 실패", "unknown", "permanent", ""},
	} {
		checkStdinPastes(t, []stdinPaste{c})
	}
	checkArgVerdicts(t, []argVerdict{
		{"Verdict: Clean", "success", "success"},
		{"MailDeliveryStatusFailed", "unknown", "permanent"},
		{"Moved to quarantine - info mail", "policy", "permanent"},
	})
	if _, _, code := runCLI(t, "", "explain", "Transaction: failed"); code != 2 {
		t.Errorf("a transaction's status: exit %d, want 2", code)
	}
}
