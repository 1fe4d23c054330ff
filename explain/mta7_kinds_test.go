package explain

import (
	"strings"
	"testing"
)

// The kinds of error held-out batch 7 (testdata/corpus/heldout7-mta.tsv:
// sending services' events and mail software) found, each shown with
// wording that is in no corpus file: the fix is for the kind, not the rows.

// A sending service's own classification field says the cause when the
// reply it quotes is generic or absent: one family per service's field,
// with the field written the ways it is pasted (JSON with or without
// spaces, a dashboard's "Field: value").
func TestKind7ServiceClassificationFields(t *testing.T) {
	checkKinds(t, []kindCase{
		// SparkPost bounce_class, JSON and a dashboard label with a space
		{`{"msys":{"message_event":{"type":"bounce","bounce_class":"54","raw_reason":"550 Denied"}}}`, RelayDenied, ClassPermanent},
		{"Bounce Class: 51 | Reason: 554 Refused by the receiver", Reputation, ClassPermanent},
		{`{"type": "bounce", "bounce_class": "23", "raw_reason": "552 Message refused"}`, MessageTooBig, ClassPermanent},
		// Amazon SES subtypes, without any reply code: the class is the service's bounceType
		{`{"bounce":{"bounceType":"Permanent","bounceSubType":"NoEmail","bouncedRecipients":[{"emailAddress":"kim@lab.example"}]}}`, UserUnknown, ClassPermanent},
		{`{"bounce": {"bounceType": "Transient", "bounceSubType": "MailboxFull", "bouncedRecipients": [{"emailAddress": "kim@lab.example"}]}}`, MailboxFull, ClassTransient},
		// Postmark bounce Type
		{`{"RecordType":"Bounce","Type":"DMARCPolicy","Details":"smtp;550 5.7.1 Rejected","Email":"kim@lab.example"}`, SenderAuth, ClassPermanent},
		// Mailgun suppression without a delivery-status block
		{`{"event":"failed","severity":"permanent","reason":"suppress-unsubscribe","recipient":"kim@lab.example"}`, Policy, ClassPermanent},
		// SendGrid bounce_classification
		{`{"event":"bounce","bounce_classification":"Mailbox Unavailable","reason":"550 Rejected","sg_event_id":"abc"}`, MailboxDisabled, ClassPermanent},
		// Mandrill reject_reason, Mailjet error, Elastic Email category
		{`[{"email":"kim@lab.example","status":"rejected","reject_reason":"custom"}]`, Policy, ClassPermanent},
		{`{"event": "bounce", "hard_bounce": true, "error_related_to": "recipient", "error": "typofix"}`, Syntax, ClassPermanent},
		{"Status: Bounced | Category: Spam | Message: 554 Refused", SpamContent, ClassPermanent},
		// a specific reply still decides over the service's coarser class
		{`{"type":"bounce","bounce_class":"10","raw_reason":"550 5.7.1 <kim@lab.example>: Relay access denied"}`, RelayDenied, ClassPermanent},
		// the field names alone do not make an event of a service
		{`{"type":"blocked","reason":"550 5.1.1 <kim@lab.example>: Recipient address rejected: User unknown"}`, UserUnknown, ClassPermanent},
	})
	e, _ := explainOne(`{"bounce":{"bounceType":"Transient","bounceSubType":"MailboxFull","bouncedRecipients":[{"emailAddress":"kim@lab.example"}]}}`)
	if !strings.Contains(e.Note, "sending service's own") {
		t.Errorf("note %q: want it to say the class is the service's", e.Note)
	}
	why, err := ExplainText(`{"type":"bounce","bounce_class":"52","raw_reason":"550 5.7.1 Message rejected"}`)
	if err != nil || why.Rule != "esp.sparkpost.bounceclass=52" {
		t.Errorf("rule %q (%v), want esp.sparkpost.bounceclass=52", why.Rule, err)
	}
}

// A reply inside a JSON string value ends at the value's closing quote: the
// event's other fields are not the reply's words.
func TestKind7ReplyInJSONValue(t *testing.T) {
	r, err := Parse(`{"event":"bounce","reason":"550 5.1.1 No such mailbox here","email":"kim@lab.example","timestamp":1}`)
	if err != nil || r.Code != 550 || r.Text != "No such mailbox here" {
		t.Errorf("got %d %q (%v), want 550 \"No such mailbox here\"", r.Code, r.Text, err)
	}
	r, err = Parse(`{"diagnosticCode": "smtp; 554 5.7.1 Message refused", "status": "5.7.1"}`)
	if err != nil || r.Code != 554 || r.Text != "Message refused" {
		t.Errorf("got %d %q (%v), want 554 \"Message refused\"", r.Code, r.Text, err)
	}
}

// A dashboard line whose fields are separated by " | ": the reply is the
// value of its field, with its code.
func TestKind7PipeSeparatedFields(t *testing.T) {
	e, err := explainOne("Delivery: Failed | Reason: 452 4.2.2 Over quota, try later | Recipient: kim@lab.example")
	if err != nil || e.Code == nil || *e.Code != 452 || e.Category != MailboxFull || e.Class != ClassTransient {
		t.Errorf("got %+v (%v), want 452 mailbox-full transient", e, err)
	}
}

// An ESP's suppression list in words: a past invalid-address bounce is
// user-unknown, a complaint, unsubscribe or manual suppression policy.
func TestKind7SuppressionWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Not sent: this address is on the suppression list of your account", Policy, ClassPermanent},
		{"550 Message not sent: recipient previously hard bounced", UserUnknown, ClassPermanent},
		{"Skipped: the recipient was marked as inactive after a spam complaint", Policy, ClassPermanent},
	})
}

// Vocabulary of mail software, each a subject and a verdict.
func TestKind7SoftwareVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		// storage said of the domain or the mailbox, not the message
		{"552 Domain storage limit reached for lab.example", MailboxFull, ClassPermanent},
		{"Mailbox storage exceeded for kim (#2.2)", MailboxFull, ClassPermanent},
		// a cap on sessions, and N per period
		{"451 4.3.2 Maximum parallel connections reached (10)", RateLimited, ClassTransient},
		{"450 4.7.1 <kim@lab.example>: Recipient address rejected: limit of 200 messages per hour exceeded", RateLimited, ClassTransient},
		// MTA-STS and DANE
		{"550 5.7.1 MTA-STS: certificate of mx.lab.example does not match the policy", TLSRequired, ClassPermanent},
		// a DNS error during a check, over the X.7.25 code's reverse-DNS meaning
		{"450 4.7.25 Temporary DNS failure during the client check", Network, ClassTransient},
		// no MX after a failed connection
		{"Unable to deliver: could not connect, no MX record found for domain lab.example", HostUnknown, ClassPermanent},
		// Exchange STOREDRV exception names
		{"550 5.2.1 STOREDRV.Deliver.Exception:AccountDisabledException; Failed to process message", MailboxDisabled, ClassPermanent},
		// an invalid address under X.1.3 is its syntax
		{"553 5.1.3 Invalid address <kim@@lab.example>", Syntax, ClassPermanent},
		// a malformed sender
		{"553 5.1.7 Malformed sender address <kim@>", SenderInvalid, ClassPermanent},
	})
}

// Held-out batch 7-mta b: a service whose scheme no table lists still names
// the cause in its classification values, written as identifiers; their
// words decide when the reply does not tell the cause (never over a reply
// that does). A numeric "code" field and a bounce type of hard or soft give
// the class of an event without a reply.
func TestKind7bIdentifierValues(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"event":"failed","classification":"MailboxNotFound","response":"550 Rejected"}`, UserUnknown, ClassPermanent},
		{`{"status":"dropped","reason":"domain_not_found","to":"kim@lab.example"}`, HostUnknown, ClassPermanent},
		{"result=mailbox-temp-disabled response=\"450 Try later\"", MailboxDisabled, ClassTransient},
		{`{"type":"bounce_event","subtype":"ip-blocklisted","code":554}`, Reputation, ClassPermanent},
		{"Bounce category 7: quota_issues", MailboxFull, ClassPermanent},
		{`{"kind":"bounce","bounce_type":"soft","bounce_reason":"MailboxTemporarilyDisabled"}`, MailboxDisabled, ClassTransient},
		// the reply tells the cause: the identifier does not overrule it
		{`{"classification":"InactiveMailbox","response":"552 5.2.2 Mailbox full"}`, MailboxFull, ClassPermanent},
	})
	if splitIdentifier("mx.lab.example") != "mx lab example" || splitIdentifier("Suppressed") != "" || splitIdentifier("kim@lab.example") != "" {
		t.Errorf("splitIdentifier: %q %q %q", splitIdentifier("mx.lab.example"), splitIdentifier("Suppressed"), splitIdentifier("kim@lab.example"))
	}
}
