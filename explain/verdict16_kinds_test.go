package explain

import (
	"strings"
	"testing"
)

// The kinds held-out batch 16-verdict found on its first run, in new wording
// (not the batch's rows).

// A status field names a delivery's outcome by itself: a status, a
// filter's or a trace's action, Mimecast's abbreviations; without an
// address when the text is one short record, never for a JSON body whose
// status may be a job's.
func TestKindVerdict16StatusFields(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Message state: ok\nStatus: Deferred", Unknown, ClassTransient},
		{"Delivery status: Undelivered", Unknown, ClassPermanent},
		{"Final status: Rejected", Unknown, ClassPermanent},
		{"Last action: Queued", Unknown, ClassTransient},
		{"Act=Hld|Dir=Outbound|Subject=Quarterly figures", Unknown, ClassTransient},
		{"Act=Rej|Dir=Inbound|Subject=Invoice overdue", Unknown, ClassPermanent},
		{"Filter action: Discarded", Unknown, ClassPermanent},
		{"Status: Deferred until 14:30 UTC", Unknown, ClassTransient},
		{"Status: Bounced by the remote server", Unknown, ClassPermanent},
	})
	for _, in := range []string{
		`{"job":"invoice-sync","status":"rejected"}`, // a JSON body's status may be a job's
		"Status: green", // no outcome word
		"Action: reboot the appliance",
	} {
		if e, err := explainOne(in); err == nil {
			t.Errorf("%q: want an input error, got %s/%s", in, e.Category, e.Class)
		}
	}
}

// A text that is one status value alone, or a table row about a recipient
// whose last cell is one, states the outcome.
func TestKindVerdict16BareValuesAndRows(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Rejected", Unknown, ClassPermanent},
		{"email.queued", Unknown, ClassTransient},
		{"delivery-delay", Unknown, ClassTransient},
		{"2026-11-03 08:12 | news@shop.example | lee@corp.example | held", Unknown, ClassTransient},
		{"outbound,ops@corp.example,ana@far.example,Weekly report,Rejected", Unknown, ClassPermanent},
	})
	// a row without an address is no delivery record
	if e, err := explainOne("build 17 | nightly | rejected"); err == nil {
		t.Errorf("a row without an address: want an input error, got %s/%s", e.Category, e.Class)
	}
}

// A record whose own status says the message was delivered is a success,
// whatever words its other fields have; so is a delivery the spam filter
// passed or put in the junk folder. A refusal that names the same words
// stays a refusal.
func TestKindVerdict16DeliveredStatusDecides(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Act=Acc|TlsVer=TLSv1.3|SpamScore=0|Rcpt=ana@corp.example", Success, ClassSuccess},
		{"Status: Delivered to the recipient's mailbox (TLS 1.3)", Success, ClassSuccess},
		{"Delivered to Junk Email folder", Success, ClassSuccess},
		{"Spam filtering bypassed by an allow-list entry", Success, ClassSuccess},
		{"Delivery action: DeliveredAsSpam\nRecipient: ana@corp.example", Success, ClassSuccess},
		{"550 5.7.1 Rejected as spam: spam filtering bypassed only for listed partners", SpamContent, ClassPermanent},
	})
}

// RFC 3463's registry titles said without the code name the cause the code
// would; a specific rule still decides, and a title never overrules a code.
func TestKindVerdict16RegistryTitles(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Final status: Permanent Failure - Security features not supported", TLSRequired, ClassPermanent},
		{"Delivery failed: Bad destination system address", HostUnknown, ClassPermanent},
		{"Unable to route (permanent failure)", HostUnknown, ClassPermanent},
		{"Outcome: no answer from host after 3 attempts", Network, ""},
		// X.7.13's title is an authentication's: a disabled mailbox is the mailbox's
		{"User account disabled", MailboxDisabled, ""},
	})
	if len(registryTitleRules()) < 40 {
		t.Errorf("registryTitleRules: %d rules, want the registry's specific titles", len(registryTitleRules()))
	}
}

// A CEF header's product version is no enhanced status code, and a custom
// field's label is no word of the event.
func TestKindVerdict16CEF(t *testing.T) {
	checkKinds(t, []kindCase{
		{"CEF:0|Acme|MailGuard|5.1.1|100|Message scanned|3|cs2Label=MessageId cs2=<x1@corp.example> act=Rejected outcome=Virus found duser=ana@corp.example", Virus, ClassPermanent},
		{"CEF:0|Acme|MailGuard|4.2.0|200|Delivery|1|cs1Label=SpamVerdict cs1=none act=Delivered duser=ana@corp.example", Success, ClassSuccess},
	})
	if got := withoutCEFLabels("CEF:0|a|b|1|2|n|3|cs1Label=MessageId cs1=x"); got != "CEF:0|a|b|1|2|n|3|"+strings.Repeat(" ", len("cs1Label=MessageId"))+" cs1=x" {
		t.Errorf("withoutCEFLabels = %q", got)
	}
	// outside a CEF event, "5.1.1" after a pipe is still a code
	if e, err := explainOne("550|5.1.1|recipient does not exist"); err != nil || e.Category != UserUnknown {
		t.Errorf("a pipe-separated reply: got %v %s", err, e.Category)
	}
}

// Filters' and services' vocabulary: an attachment filter's action is a
// policy, a complaint event the platform's policy, a category filter a
// policy, an inconclusive scan a policy, anti-fraud and URL threats the
// content; an address that bounced recently is suppressed as unknown; bounce
// kinds said as constants give their class.
func TestKindVerdict16Vocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Blocked by the attachment filter: report.scr", Policy, ClassPermanent},
		{`{"event":"complained","email":"ana@corp.example"}`, Policy, ClassPermanent},
		{"Held: email categorisation policy (newsletters)", Policy, ""},
		{"Held for review - the scan was inconclusive", Policy, ""},
		{"Reason: Anti-Fraud protection", SpamContent, ClassPermanent},
		{"Verdict: URL threat", SpamContent, ClassPermanent},
		{"Not sent - this address bounced recently", UserUnknown, ClassPermanent},
		{"bounce_type=TRANSIENT_BOUNCE recipient=ana@corp.example", Unknown, ClassTransient},
		{"UNDETERMINED_BOUNCE for ana@corp.example", Unknown, ClassPermanent},
		// an attachment refused because it carries malware is the virus
		{"Attachment filter: trojan found in invoice.zip", Virus, ClassPermanent},
	})
}

// Batch 16-verdict b: a field is a status by its name's last word (a state,
// a status, an action) or as a filter's classification or verdict; the
// values such a field states (sent, ready, scheduled, error, ignored, clean)
// and send results in Korean, Japanese and Chinese; an enumeration constant
// that names the status and its value; a queue named by its state.
func TestKindVerdict16bStatusNamesAndWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Message state: Sent", Success, ClassSuccess},
		{"Outbox state: Ready", Unknown, ClassTransient},
		{"Notification status: Scheduled", Unknown, ClassTransient},
		{"Job email state: Error", Unknown, ClassPermanent},
		{"Verdict: Clean", Success, ClassSuccess},
		{"dsn_action=relayed rcpt=ana@corp.example", Success, ClassSuccess},
		{"配信失敗", Unknown, ClassPermanent},
		{"전송 성공", Success, ClassSuccess},
		{"status: 发送失败", Unknown, ClassPermanent},
		{"MailDeliveryStatusFailed", Unknown, ClassPermanent},
		{"Queue type: Hold Queue (recipient ana@corp.example)", Unknown, ClassTransient},
	})
	for _, in := range []string{
		"Transaction: failed", // a transaction is no status field
		`{"state":"sent"}`,    // a JSON body without a recipient
	} {
		if e, err := explainOne(in); err == nil {
			t.Errorf("%q: want an input error, got %s/%s", in, e.Category, e.Class)
		}
	}
	// an event's type "email.sent" is only accepted for sending (Resend): no success
	if c, _ := outcomeStatus(`{"type":"email.sent","to":"ana@corp.example"}`); c == ClassSuccess {
		t.Errorf("an event type email.sent: got %s, want no success", c)
	}
}

// Batch 16-verdict b: a filter's promotional-mail category is a policy, an
// advanced-threat category the virus.
func TestKindVerdict16bCategories(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Moved to quarantine - info mail", Policy, ""},
		{"Threat class: AdvThreat (sandbox)", Virus, ClassPermanent},
		// spam named with it is the spam verdict
		{"Spam filter: infomail and spam score 12", SpamContent, ""},
	})
}

// A scanning engine's own status ("Anti-Virus status: Clean") is no
// delivery's: another engine's verdict in the same record decides.
func TestKindVerdict16bEngineStatusIsNoDelivery(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Antivirus status: Clean\nURL filter status: Phishing link", SpamContent, ClassPermanent},
	})
}
