package explain

import (
	"strings"
	"testing"
)

// The kinds of error held-out batch 9-esp (testdata/corpus/heldout9-esp.tsv:
// what sending services and their APIs answer) found, each shown with
// wording that is in no corpus file: the fix is for the kind, not the rows.

// An HTTP API's error carries no SMTP code: its wording names an API key or
// token, a sandbox, the sender's own account or its credits, and that is
// enough to explain it (it used to be refused: "no SMTP reply code found").
func TestKindESP9APIErrorsWithoutCode(t *testing.T) {
	checkKinds(t, []kindCase{
		// credentials of an API
		{`{"error":"Forbidden","message":"The API key provided has been revoked"}`, AuthFailed, ClassPermanent},
		{"MailClientError: Invalid API token for this workspace", AuthFailed, ClassPermanent},
		{`{"error":"auth","message":"No API key was supplied with the request"}`, AuthRequired, ClassPermanent},
		{`HTTP 401 Unauthorized {"errors":[{"message":"Unauthorized"}]}`, AuthFailed, ClassPermanent},
		// a sandbox or test mode
		{"This sandbox domain may only send to verified recipients", Policy, ClassPermanent},
		{`{"message":"Your account is in test mode: you can only send to authorized recipients"}`, Policy, ClassPermanent},
		// the sender's own account
		{`{"error":"Sending has been disabled for this account while it is reviewed"}`, Policy, ClassPermanent},
		{"421 Sending is paused for this sender, try again later", Policy, ClassTransient},
		// the account's credits, also behind a wrapper's words
		{"Delivery held: your account is out of credits", RateLimited, ""},
		{"452 Authentication failed: not enough credits to send this campaign", RateLimited, ClassTransient},
		// the sender's identity and domain at the service
		{"550 5.7.1 The account is not permitted to send from this address", SenderInvalid, ClassPermanent},
		{`{"message":"The sending domain shop.example has not been verified"}`, SenderInvalid, ClassPermanent},
		// an address that is no address
		{`{"ErrorCode":300,"Message":"Invalid 'Cc' address: 'kim.lab.example' must contain the '@' character"}`, Syntax, ClassPermanent},
	})
}

// More services' classification values, read like batch 7's table
// (espFields9): Resend's and Mandrill's error names, Postmark's ErrorCode,
// ZeptoMail's sub-codes, Infobip's names, Plain's reasons, Scaleway's flags.
func TestKindESP9ServiceFields(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"statusCode":429,"message":"Quota reached.","name":"monthly_quota_exceeded"}`, RateLimited, ClassTransient},
		{`{"status": "error", "code": -1, "name": "Invalid_Key", "message": "The key was not recognised"}`, AuthFailed, ClassPermanent},
		{`{"ErrorCode": 411, "Message": "Attachments of this kind are refused"}`, Policy, ClassPermanent},
		{`{"error":{"code":"TM_3601","details":[{"code":"AE_101","message":"Blocked"}],"message":"Access Denied"}}`, Policy, ClassPermanent},
		{`{"error":{"id":6034,"name":"EC_SUPPRESSED_BOUNCE","description":"Not sent."}}`, UserUnknown, ClassPermanent},
		{"bounceReason: SPAM_COMPLAINT", Policy, ClassPermanent},
		{`{"email_to":"kim@lab.example","flags":["soft_bounce","greylisted"]}`, Greylisted, ClassTransient},
	})
	why, err := ExplainText(`{"id":"x","flags":["mailbox_full","soft_bounce"]}`)
	if err != nil || why.Rule != "esp.scaleway.flags=mailbox_full" || why.Class != ClassTransient {
		t.Errorf("rule %q class %s (%v), want esp.scaleway.flags=mailbox_full, transient", why.Rule, why.Class, err)
	}
}

// Momentum's bounce categories ("bounce_quota-issues") say the cause
// wherever they stand in an export line, also before the reply they class.
func TestKindESP9MomentumCategories(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-11-02,kim@lab.example,bounce_quota-issues,452 4.2.0 Rejected", MailboxFull, ClassTransient},
		{"Category: inactive-mailbox | 550 5.0.0 Rejected", MailboxDisabled, ClassPermanent},
		{"bounce_relaying-issues (554 5.0.0 Not accepted)", RelayDenied, ClassPermanent},
	})
	// a longer word that contains a category's name is not one
	if got := momentumTokens("the pre-bad-mailbox-check passed"); len(got) != 0 {
		t.Errorf("momentumTokens: got %q, want none", got)
	}
}

// The member names of a JSON event are not the reply's words: "messageId"
// is no Message-ID header, "spamScore" no spam verdict.
func TestKindESP9JSONKeysAreNotWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"messageId":"m-1","spamScore":0,"error":"mailbox_full"}`, MailboxFull, ""},
		{`{"messageId": "m-2", "status": "failed", "reason": "550 5.1.1 No such user"}`, UserUnknown, ClassPermanent},
	})
	got := withoutJSONKeys(`{"messageId":"m-1", "reason" : "x: y", "list":["a","b"]}`)
	if strings.Contains(got, "messageId") || strings.Contains(got, `"reason"`) || !strings.Contains(got, `"x: y"`) || !strings.Contains(got, `"a","b"`) {
		t.Errorf("withoutJSONKeys: %q", got)
	}
	if s := "550 5.1.1 \"kim\": no such user"; withoutJSONKeys(s) != s {
		t.Errorf("withoutJSONKeys changed a reply without JSON members: %q", withoutJSONKeys(s))
	}
}

// Wording that names the cause beats the wrapper or the enhanced code
// around it; new vocabulary of sending services' relays.
func TestKindESP9WordingOverWrapperAndCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"552 5.2.1 Subject is required for this relay", RFCNoncompliant, ClassPermanent},
		{"Sender domain shop.example is not authenticated; authenticate your domain first", SenderInvalid, ClassPermanent},
		{"450 4.7.1 Client 203.0.113.9 connects too often", RateLimited, ClassTransient},
		{"550 Maximum number of sessions exceeded for this account", RateLimited, ClassPermanent},
		{"421 4.7.0 Messages from 203.0.113.9 temporarily deferred", Reputation, ClassTransient}, // Yahoo's deferral for the IP's reputation (common22's convention)
		{"Not sent: kim@lab.example was suppressed after a previous bounce", UserUnknown, ClassPermanent},
		{"Recipient suppressed: they reported an earlier message as spam", Policy, ClassPermanent},
	})
}

// In a transcript, a refusal that only follows from an earlier one (a bad
// sequence after a refused MAIL FROM, "Authentication required" after a
// refused STARTTLS or AUTH), and a summary without detail, give way to the
// earlier refusal: that one is the cause.
func TestKindESP9ConsequenceRefusals(t *testing.T) {
	checkKinds(t, []kindCase{
		{">>> MAIL FROM:<a@shop.example>\n<<< 553 5.7.1 Sender address rejected: not owned by user\n>>> RCPT TO:<b@lab.example>\n<<< 503 5.5.1 Error: need MAIL command", SenderInvalid, ClassPermanent},
		{">>> AUTH LOGIN\n<<< 538 5.7.11 Encryption required for requested authentication mechanism\n>>> MAIL FROM:<a@shop.example>\n<<< 530 5.7.0 Authentication required", TLSRequired, ClassPermanent},
		{"<<< 552 5.3.4 Message size exceeds fixed limit\n<<< 554 5.0.0 Service unavailable", MessageTooBig, ClassPermanent},
	})
	// a single "Authentication required" is what it says
	checkKinds(t, []kindCase{{"530 5.7.0 Authentication required", AuthRequired, ClassPermanent}})
}

// The kinds batch 9-esp b found (written after the batch-9-esp fixes, run
// once: 13 of 30): API errors worded without an API key (credentials,
// "Unauthorized" exception names, missing authentication), the sender's own
// account said as "your account", Amazon SES's API exceptions as one
// family, unverified or unknown senders and sending domains, a message
// without a body; and the class of credits used up or an account waiting
// for activation (permanent).
func TestKindESP9bAPIWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"error":"invalid_grant","message":"Bad credentials supplied"}`, AuthFailed, ClassPermanent},
		{"MailerClient.UnauthorizedError: request refused", AuthFailed, ClassPermanent},
		{`{"code":"unauthorized","message":"No credentials provided with the request"}`, AuthRequired, ClassPermanent},
		{"Your account has been deactivated; contact billing to reopen it", Policy, ClassPermanent},
		{"Sending refused: your trial has expired", Policy, ClassPermanent},
		{"Your SMTP account is not activated yet, please request activation from support", Policy, ClassPermanent},
		{"An error occurred (ConfigurationSetSendingPausedException) when calling the SendRawEmail operation", Policy, ClassPermanent},
		{"ses: ThrottlingException: Maximum send rate exceeded", RateLimited, ClassTransient},
		{"ops@shop.example is not a verified sender for this project", SenderInvalid, ClassPermanent},
		{`{"errors":[{"message":"Unknown sending domain: mail.shop.example"}]}`, SenderInvalid, ClassPermanent},
		{"The return-path domain bounces.shop.example is not verified", SenderInvalid, ClassPermanent},
		{"Validation failed: html body is empty", RFCNoncompliant, ClassPermanent},
		{"Cannot send: the workspace has no credits left", RateLimited, ClassPermanent},
	})
	// "suspended from sending" after spam stays the sender's reputation
	checkKinds(t, []kindCase{{"550 Your account is suspended from sending for spam complaints", Reputation, ClassPermanent}})
}

// Resend's webhook events carry SES's bounce subType and their own event
// type: an event that only says the email bounced (or was delayed) is
// explained with the class it states, not refused; a service's suppression
// value said in words ("Dropped - Bounced Address") is the earlier bounce.
func TestKindESP9ResendEventsAndSuppressionWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"type": "email.bounced", "data": {"bounce": {"type": "Permanent", "subType": "NoEmail"}}}`, UserUnknown, ClassPermanent},
		{`{"type":"email.bounced","data":{"bounce":{"type":"Transient","subType":"MessageTooLarge"}}}`, MessageTooBig, ClassTransient},
		{`{"type":"email.bounced","data":{"email_id":"e-1","bounce":{"type":"Permanent","subType":"General"}}}`, Unknown, ClassPermanent},
		{`{"type":"email.delivery_delayed","created_at":"2026-01-01T00:00:00Z","data":{"email_id":"e-2"}}`, Unknown, ClassTransient},
		{"Status: Dropped (Bounced Address) for kim@lab.example", UserUnknown, ClassPermanent},
		{"Message to kim@lab.example rejected (hard-bounce)", UserUnknown, ClassPermanent},
	})
}

// A service's own lists said in words (an unsubscribe list, a contact on
// the account's block list, a recipient marked after earlier bounces), and
// Constant Contact's one-letter bounce codes.
func TestKindESP9ServiceListsInWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Skipped: kim@lab.example is on the unsubscribe list of this sender", Policy, ClassPermanent},
		{"Not sent - the recipient has opted out of these emails", Policy, ClassPermanent},
		{`{"event":"blocked","email":"kim@lab.example","reason":"Contact is blocklisted"}`, Policy, ClassPermanent},
		{"Skipped kim@lab.example: address previously hard-bounced", UserUnknown, ClassPermanent},
		{"Suppressed: this address bounced too many times", UserUnknown, ClassPermanent},
		{`{"contact_id":"c-1","email_address":"kim@lab.example","bounce_code":"F"}`, MailboxFull, ClassPermanent},
		{`{"contact_id":"c-2","bounce_code":"S","bounce_time":"2026-01-02T03:04:05Z"}`, UserUnknown, ClassPermanent},
	})
	// the sender's bounce rate is the sender's reputation, not one address's suppression
	e, err := explainOne("Sending paused: too many bounces from your account")
	if err == nil && e.Category == UserUnknown {
		t.Errorf("the sender's bounce rate read as one address's suppression (rule %s)", e.Rule)
	}
}

// The kinds batch 9-esp c found (run once: 6 of 13): the sender's own
// limits said to the sender, an API request without a required parameter,
// Mailgun's API not knowing the sending domain, the words of an error whose
// HTTP status stands at its end, and codeless credits used up (permanent).
func TestKindESP9cAPIErrors(t *testing.T) {
	checkKinds(t, []kindCase{
		{"452 You have reached your hourly sending limit", RateLimited, ClassTransient},
		{"Request rejected: exceeds your plan's monthly quota", RateLimited, ""},
		{"Mail API error: recipient parameter is missing (HTTP 400)", Syntax, ClassPermanent},
		{"MailgunError: Domain not found: news.shop.example { status: 404 }", SenderInvalid, ClassPermanent},
		{"ApiError: The API key was revoked by an administrator {statusCode: 401}", AuthFailed, ClassPermanent},
		{`{"errors":["Maximum credits exceeded for this billing period"]}`, RateLimited, ClassPermanent},
	})
	// a recipient's domain that does not exist stays host-unknown
	checkKinds(t, []kindCase{{"550 5.1.2 Domain not found: lab.example", HostUnknown, ClassPermanent}})
}

// "Unauthorized" is an API's credential refusal only with an API client's
// words around it; an SMTP server's bare "Unauthorized" is its policy, and
// an "unauthorized relay" a relay refusal.
func TestKindESP9UnauthorizedScope(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Unauthorized relay attempt from 203.0.113.9", RelayDenied, ClassPermanent},
		{"MailClientError: unauthorized (status 401)", AuthFailed, ClassPermanent},
	})
	e, err := explainOne("550 5.7.1 Unauthorized")
	if err != nil || e.Category == AuthFailed {
		t.Errorf("a bare SMTP 'Unauthorized' read as an API credential refusal (%v, rule %s)", err, e.Rule)
	}
}

// The sender's account closed for spam or abuse is the sender's reputation
// (as "suspended from sending"), not a recipient's disabled mailbox.
func TestKindESP9AccountClosedForAbuse(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Your account was suspended after spam complaints", Reputation, ClassPermanent},
		{"421 Your account has been blocked for abusive sending, contact support", Reputation, ClassTransient},
	})
}

// Every service field rule cites the service's documentation of its
// fields (espRef knows every service of espFields and espFields9).
func TestServiceFieldRulesCiteTheirDocs(t *testing.T) {
	for _, r := range espRules() {
		if len(r.Refs) != 1 || !strings.HasPrefix(r.Refs[0], "https://") {
			t.Errorf("rule %s: refs %q, want the service's documentation", r.ID, r.Refs)
		}
	}
}
