package explain

import (
	"strings"
	"testing"
)

// The kinds of error held-out batch 13-esp (testdata/corpus/heldout13-esp.tsv:
// sending platforms' bounce labels, suppression reasons and API errors) found,
// each shown with wording that is in no corpus file: the fix is for the kind,
// not the rows.

// A platform's record states its reason as a bare label — a field value
// without a subject ("does_not_exist", "Non-existent", "out_of_storage") or
// an identifier ("SoftBounceTimeOut", "RoutingErrors"): the record is about
// the recipient, and the label's words name the cause.
func TestKindESP13RecordLabels(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"subscriber":"lee@lab.example","status":"undeliverable","undeliverability_reason":"mailbox_out_of_storage"}`, MailboxFull, ClassPermanent},
		{`Bounce category: Nonexistent address (lee@lab.example)`, UserUnknown, ClassPermanent},
		{`{"contact":"lee@lab.example","bounce_reason":"non_existing_user"}`, UserUnknown, ClassPermanent},
		{`{"address":"lee@lab.example","state":"undeliverable","reason":"inactive"}`, MailboxDisabled, ClassPermanent},
		{`{"bounce":{"type":"soft","reason":"SmtpTimeOut"}}`, Network, ClassTransient},
		{`Bounce reason: routing_problem (soft)`, Network, ClassTransient},
		{`reason=IpBlocked recipient=lee@lab.example type=hard`, Reputation, ClassPermanent},
		{`Soft bounce - unclassified: the platform could not classify the bounce message`, Unknown, ClassTransient},
	})
}

// "Suspended" said of a platform's own hold of an address (its delivery
// suspended, a lead flagged "Email Suspended") is no disabled mailbox: the
// record's own reason decides.
func TestKindESP13PlatformHold(t *testing.T) {
	checkKinds(t, []kindCase{
		{`Status: Suspended. This address bounced as nonexistent twice and is suspended from delivery on all accounts`, UserUnknown, ClassPermanent},
		{`Activity: Email Bounced (category 1, spam block) — person set to Email Suspended for 24 hours`, SpamContent, ClassPermanent},
	})
	// the mailbox's own suspension stays what it is
	checkKinds(t, []kindCase{
		{`550 5.2.1 The email account that you tried to reach is suspended`, MailboxDisabled, ClassPermanent},
	})
}

// The receiving side's refusal in a platform's words: blocked for its
// content (not a bare policy), "does not meet" the receiver's policy,
// email authentication that fails (SPF/DKIM/DMARC, not SMTP AUTH), a
// receiving server that is down, offline or overloaded.
func TestKindESP13ReceiverInPlatformWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{`Soft bounce: the receiving server rejected the campaign because of its content`, SpamContent, ClassTransient},
		{`Hard bounce — message blocked based on content by the recipient's filter`, SpamContent, ClassPermanent},
		{`Soft bounce: this message did not meet the receiving domain's acceptance policies`, Policy, ClassTransient},
		{`Bounce (soft): message authentication failed at the receiving server (DMARC)`, SenderAuth, ClassTransient},
		{`Soft bounce: email authentication failure reported by the receiver`, SenderAuth, ClassTransient},
		{`Soft bounce: the destination mail server was offline`, Network, ClassTransient},
		{`Soft bounce — the receiving mail server is overloaded at the moment`, ServerError, ClassTransient},
	})
	// SMTP AUTH of a client stays auth-failed
	checkKinds(t, []kindCase{
		{`535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6`, AuthFailed, ClassPermanent},
	})
}

// The sender's own account and request at the platform: a payment the plan
// needs, a login locked out, a do-not-mail list, a suppression for a
// complaint, a message without subject or content, an invalid From, a
// length limit in characters, an address typed wrong.
func TestKindESP13SenderAccountAndRequest(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"error":"PaymentRequired","message":"Sending from a dedicated IP requires a paid plan"}`, Policy, ClassPermanent},
		{`API error: a payment is required before this account can send again`, Policy, ClassPermanent},
		{`{"code":"USER_LOCKED_OUT","message":"The API user is locked out after repeated failed logins"}`, AuthFailed, ClassPermanent},
		{`Send failed: recipient lee@lab.example is on the account's do-not-contact list`, Policy, ClassPermanent},
		{`{"address":"lee@lab.example","suppression_reason":"spam complaint","suppressed_at":"2026-01-05"}`, Policy, ClassPermanent},
		{`Send rejected: no subject found for message 88f1`, RFCNoncompliant, ClassPermanent},
		{`{"skip_reason":"message has no content at all after rendering"}`, RFCNoncompliant, ClassPermanent},
		{`ValidationError: from address failed validation (not an email address)`, SenderInvalid, ClassPermanent},
		{`Template body cannot exceed 102400 characters`, MessageTooBig, ClassPermanent},
		{`Bounce (hard): the address was typed incorrectly (lee@lab,example)`, Syntax, ClassPermanent},
	})
}

// A stated class in a platform's own words: Marketo's activity "Email
// Bounced Soft" is a soft bounce; a cap that needs a plan upgrade or a
// per-message recipient cap does not lift by waiting.
func TestKindESP13StatedClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{`Email Bounced Soft: 421 4.4.2 connection dropped by lab.example`, Network, ClassTransient},
		{`Contact limit exceeded: upgrade your plan to add more contacts (API 403)`, RateLimited, ClassPermanent},
		{`Send API: the message exceeded the maximum recipient count (50)`, RateLimited, ClassPermanent},
	})
}

// SocketLabs' Injection API names its result in ErrorCode beside its
// MessageResults or TransactionReceipt: a documented code family, every
// value decides (the sender's account, key and request, not a mailbox).
func TestKindESP13SocketLabsFamily(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"ErrorCode":"AccountDisabled","MessageResults":[],"TransactionReceipt":"t-1"}`, Policy, ClassPermanent},
		{`{"ErrorCode":"InvalidAuthentication","MessageResults":[],"TransactionReceipt":null}`, AuthFailed, ClassPermanent},
		{`{"ErrorCode":"TooManyMessages","MessageResults":null,"TransactionReceipt":null}`, RateLimited, ClassPermanent},
		{`{"ErrorCode":"OverQuota","MessageResults":null,"TransactionReceipt":null}`, RateLimited, ClassTransient},
		{`{"ErrorCode":"EmptyMessage","MessageResults":[{"Index":0,"ErrorCode":"EmptyMessage"}],"TransactionReceipt":null}`, RFCNoncompliant, ClassPermanent},
		{`{"ErrorCode":"InternalError","MessageResults":null,"TransactionReceipt":null}`, ServerError, ClassTransient},
	})
}

// A web API's status that a client appends in parentheses ("... (403
// error)") or after the word API ("Acme API 400: ...") is an HTTP status:
// its class follows HTTP (a rate limit and a 5xx are retried, a 4xx is
// final) and the words before it are the answer's. A mail client's "(552
// error)" without a word of an API stays an SMTP code.
func TestKindESP13HTTPStatusForms(t *testing.T) {
	checkKinds(t, []kindCase{
		{`MailerApiError: your key was revoked (401 error)`, AuthFailed, ClassPermanent},
		{`SendApiException: hourly request quota used, you have been rate limited (403 error)`, RateLimited, ClassTransient},
		{`ListApiClient: service temporarily unavailable (502 error)`, ServerError, ClassTransient},
		{`Acme API 401: the key you sent is not valid`, AuthFailed, ClassPermanent},
		{`Acme API 503: down for a moment`, ServerError, ClassTransient},
		{`Sending failed: mailbox full (552 error)`, MailboxFull, ClassPermanent},
		{`Rapid resend refused: mailbox unavailable (550 error)`, Unknown, ClassPermanent},
	})
	e, err := explainOne(`MailerApiError: your key was revoked (401 error)`)
	if err != nil || e.Code == nil || *e.Code != 401 || !strings.Contains(e.CodeMeaning, "HTTP status") {
		t.Errorf("(401 error): code %v meaning %q (%v), want the HTTP status 401", e.Code, e.CodeMeaning, err)
	}
}

// Held-out batch 13-esp b's kinds, in wording that is in no corpus file:
// Postmark's remaining bounce types and a bounce type that says only that
// it was temporary; an API's 401 whose words are a generic refusal; a
// missing Authorization header (HTTP, not a mail header); a sending domain
// the platform has not verified; a usage limit hit; an outage; a mail
// block as a suppression reason; an API error's code as words.
func TestKindESP13B(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"RecordType":"Bounce","Type":"AddressChange","TypeCode":128,"Email":"lee@lab.example"}`, Moved, ClassPermanent},
		{`{"RecordType":"Bounce","Type":"ChallengeVerification","TypeCode":16384,"Email":"lee@lab.example"}`, Policy, ClassPermanent},
		{`{"RecordType":"Bounce","Type":"TemplateRenderingFailed","Email":"lee@lab.example"}`, Syntax, ClassPermanent},
		{`BounceType=TemporaryFailure Recipient=lee@lab.example`, Unknown, ClassTransient},
		{`{"status":401,"message":"This account is not authorized to use the send endpoint"}`, AuthFailed, ClassPermanent},
		{`{"error":"authorization header is missing from the request"}`, AuthRequired, ClassPermanent},
		{`API error: the sending domain shop.example is unverified (domain verification pending)`, SenderInvalid, ClassPermanent},
		{`{"error":"usage limit hit for this workspace, retry after the window resets"}`, RateLimited, ClassTransient},
		{`Send failed: upstream provider outage, please retry`, ServerError, ClassTransient},
		{`Contact status: Mail blocker (the provider refused your campaigns)`, Policy, ClassPermanent},
		{`{"name":"SendError","code":"daily_send_limit_reached"}`, RateLimited, ClassTransient}, // a daily limit without a code lifts by itself (final19 convention)
	})
	// the same words in other places keep their meaning: a 403's "not
	// authorized" is a refusal, a mail header that is missing is the
	// message's, a blocklist that blocks "email" is the sender's reputation
	checkKinds(t, []kindCase{
		{`{"status":403,"message":"This account is not authorized to use the send endpoint"}`, Policy, ClassPermanent},
		{`554 5.6.0 Message header is missing the required Date field`, RFCNoncompliant, ClassPermanent},
		{`550 Email blocked by bl.blocklist.example`, Reputation, ClassPermanent},
	})
}

// An account that a web API's answer says is disabled or suspended is the
// API caller's account, the sender's (policy: the sender acts), not a
// recipient's disabled mailbox; a receiving server's reply that names the
// mailbox, or a recipient's account, stays mailbox-disabled.
func TestKindESP13APIAccountState(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"errors":[{"message":"This account has been suspended, please contact support"}]}`, Policy, ClassPermanent},
		{`{"detail":"account is deactivated","status":"error"}`, Policy, ClassPermanent},
		{`Newsletter API: account is blocked until the open invoice is paid (see billing)`, Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{`550 5.2.1 <lee@lab.example>: Recipient account is disabled`, MailboxDisabled, ClassPermanent},
		{`{"error":"recipient mailbox account has been disabled"}`, MailboxDisabled, ClassPermanent},
	})
	e, err := explainOne(`{"errors":[{"message":"This account has been suspended, please contact support"}]}`)
	if err != nil || e.Actor != ActorSender {
		t.Errorf("API account suspended: actor %q (%v), want the sender", e.Actor, err)
	}
}

// Held-out batch 13-esp c's kinds, in wording that is in no corpus file: a
// send blocked before delivery, a connection error, a recipient's spam
// report, an unsubscribe and an earlier bounce as a platform's drop reason,
// a quota error of the recipient's mailbox.
func TestKindESP13C(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"recipient":"lee@lab.example","state":"pre-blocked"}`, Policy, ClassPermanent},
		{`enqueue failed: connection error talking to the mail provider, will retry`, Network, ClassTransient},
		{`Skipped: lee@lab.example marked this email as spam before`, Policy, ClassPermanent},
		{`Not sent: the contact opted out of this list`, Policy, ClassPermanent},
		{`Suppressed: lee@lab.example bounced before (hard), on the bounce list`, UserUnknown, ClassPermanent},
		{`Soft bounce: quota error on the recipient's mailbox`, MailboxFull, ClassTransient},
	})
	// a missing List-Unsubscribe header is no recipient who unsubscribed
	for _, in := range []string{
		"550-5.7.1 This message does not have a valid List-Unsubscribe header and was rejected",
		"Bulk mail must carry a one-click unsubscribe link (RFC 8058)",
	} {
		if e, err := explainOne(in); err == nil && e.Rule == "esp13.unsubscribed" {
			t.Errorf("%q: read as a recipient who unsubscribed (esp13.unsubscribed)", in)
		}
	}
}
