package explain

import (
	"strings"
	"testing"
)

// The kinds of error held-out batch 14-esp (testdata/corpus/heldout14-esp.tsv:
// sending platforms' event classifications, drop and hold reasons and API
// errors) found, each shown with wording that is in no corpus file: the fix
// is for the kind, not the rows.

// A classification field named by what it classifies — a reason or a status
// of something ("failure_reason", "skipReason", "suppression_reason",
// "send_status") — holds an identifier like a bare "reason" does: its words
// are read.
func TestKindESP14ClassificationKeys(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"to":"lee@lab.example","failure_reason":"RECIPIENT_MAILBOX_FULL"}`, MailboxFull, ClassPermanent},
		{`{"to":"lee@lab.example","skipReason":"previously_bounced_address"}`, UserUnknown, ClassPermanent},
		{`{"address":"lee@lab.example","suppression_reason":"opted_out"}`, Policy, ClassPermanent},
		{`recipient=lee@lab.example send_status=err_message_too_large`, MessageTooBig, ClassPermanent},
		{`{"email":"lee@lab.example","deliveryStatus":"user_inactive"}`, MailboxDisabled, ClassPermanent},
	})
	if classificationKey("subscriberemailaddressfield") || !classificationKey("dropreason") || !classificationKey("deliverystatus") {
		t.Error("classificationKey: only names that end in reason or status, and not overlong ones")
	}
}

// A platform's labels once read as words: an inactive recipient domain, an
// address that bounced or complained before, the sender's own account or
// its sending suspended (not a recipient's disabled mailbox), a sending
// domain that is misconfigured.
func TestKindESP14LabelWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"to":"lee@tiny.example","reason":"domain_is_inactive"}`, HostUnknown, ClassPermanent},
		{`Skipped: the contact previously complained about your mail`, Policy, ClassPermanent},
		{`{"status":"not_sent","reason":"prior_spam_complaint"}`, Policy, ClassPermanent},
		{`Not sent: recipient has a previous bounce on record`, UserUnknown, ClassPermanent},
		{`Message not sent - sending has been paused for this workspace`, Policy, ClassPermanent},
		{`{"type":"DROPPED","dropReason":"PORTAL_IS_SUSPENDED"}`, Policy, ClassPermanent},
		{`Hard bounce: your sender domain is not properly configured (DKIM record missing)`, SenderAuth, ClassPermanent},
	})
	// a recipient's suspended mailbox stays a disabled mailbox
	checkKinds(t, []kindCase{
		{`550 5.2.1 This mailbox has been suspended`, MailboxDisabled, ClassPermanent},
		{`{"event":"bounce","reason":"mailbox_suspended"}`, MailboxDisabled, ClassPermanent},
	})
}

// A platform's account states in Chinese: an address on its blacklist, a
// bounce rate that restricts sending, a balance used up, a sending domain
// not verified (not a login: "认证"), a temporary ban by the receiving
// domain; and the bounce rate in English.
func TestKindESP14PlatformStatesChinese(t *testing.T) {
	checkKinds(t, []kindCase{
		{`发送失败: 收件人地址已被加入黑名单`, Policy, ClassPermanent},
		{`账户退信率太高, 已暂停发送`, Policy, ClassPermanent},
		{`Your account was paused: your bounce rate is too high (8.2%)`, Policy, ClassPermanent},
		{`错误: 账户余额不足, 请充值后再发送`, Policy, ClassPermanent},
		{`发信域名未验证, 请先完成域名配置`, SenderInvalid, ClassPermanent},
		{`投递失败: 该IP被收件方封禁, 请稍后再试`, Reputation, ClassTransient},
	})
	// a login that fails in Chinese stays auth-failed
	checkKinds(t, []kindCase{
		{`535 Error: 认证失败`, AuthFailed, ClassPermanent},
	})
}

// Priority: a credential that does not exist is the API caller's failed
// authentication (not an unknown recipient, and not a missing DKIM key); a
// timeout while sending to a host is the connection's (not the queue
// lifetime's); the sender marked as spam is reputation (not content).
func TestKindESP14Priority(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"error":{"code":"InvalidKey","message":"The access key does not exist or was revoked."}}`, AuthFailed, ClassPermanent},
		{`Deferred: temporary failure, timed out while sending to mx2.lab.example`, Network, ClassTransient},
		{`Hard bounce: sender ip has been flagged as spam by the receiving network`, Reputation, ClassPermanent},
		{`Soft bounce: the recipient's host could not be reached`, Network, ClassTransient},
	})
	// the same words elsewhere keep their meaning
	checkKinds(t, []kindCase{
		{`550 5.1.1 The mailbox does not exist`, UserUnknown, ClassPermanent},
		{`550 5.7.1 Your email was marked as spam by our filters`, SpamContent, ClassPermanent},
		{`Message expired: delivery timeout after 5 days`, Expired, ClassPermanent},
	})
}

// An auto-reply recorded as a bounce (out of office, vacation) means the
// message was delivered; a refusal of an auto-reply stays a refusal.
func TestKindESP14AutoReply(t *testing.T) {
	checkKinds(t, []kindCase{
		{`Bounce category: vacation auto-reply`, Success, ClassSuccess},
		{`Bounce type: Automatic reply (the recipient is away)`, Success, ClassSuccess},
	})
	for _, in := range []string{`550 5.7.1 Auto-reply rejected by policy`, `550 Recipient is out of office until Monday`} {
		e, err := explainOne(in)
		if err != nil || e.Category == Success || e.Class != ClassPermanent {
			t.Errorf("%q: got %v/%v (%v), want a permanent failure", in, e.Category, e.Class, err)
		}
	}
}

// Provider code families: the documented values of Mandrill's reject_reason,
// Mailjet's error and Elastic Email's category that the tables did not list.
func TestKindESP14Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"email":"lee@lab.example","status":"rejected","reject_reason":"test-mode-limit"}`, Policy, ClassPermanent},
		{`{"event":"blocked","email":"lee@lab.example","error_related_to":"mailjet","error":"preblocked"}`, Policy, ClassPermanent},
		{`{"event":"blocked","error_related_to":"content","error":"bad or empty template"}`, Syntax, ClassPermanent},
		{`{"event":"bounce","hard_bounce":false,"error_related_to":"system","error":"protocol issue"}`, ServerError, ClassTransient},
		{`Status: Bounced | Category: ManualCancel | Message: Cancelled`, Policy, ClassPermanent},
	})
}

// Batch 14-esp b: a suppressed profile, an API's address that is no valid
// address and a request without a required parameter (syntax), a failed MX
// lookup of the recipient's domain (not the sender's PTR), an address (not
// an IP) on a blocklist, Mailgun's espblock and old, Postal's SoftFail of an
// unexpected error (an MTA's deferral: transient).
func TestKindESP14B(t *testing.T) {
	checkKinds(t, []kindCase{
		{`Not sent: the subscriber was suppressed after an earlier complaint`, Policy, ClassPermanent},
		{`{"errors":{"email":["The email must be a valid email address."]}}`, Syntax, ClassPermanent},
		{`ApiError 400: required parameter is missing: "to"`, Syntax, ClassPermanent},
		{`bounce: could not get MX records for tiny.example (no such domain)`, HostUnknown, ClassPermanent},
		{`{"event":"dropped","recipient":"lee@lab.example","reason":"recipient_blocklisted"}`, Policy, ClassPermanent},
		{`{"event":"failed","severity":"permanent","reason":"old","recipient":"lee@lab.example"}`, Expired, ClassPermanent},
		{`SoftFail: An error occurred while sending the message to mx2.lab.example - SSL_connect returned=1: certificate verify failed`, TLSRequired, ClassTransient},
	})
	// the same words elsewhere keep their meaning: a sender's IP on a
	// blocklist is reputation; an MX lookup that timed out is the network
	checkKinds(t, []kindCase{
		{`554 5.7.1 Service unavailable; sender IP address blacklisted by dnsbl.lab.example`, Reputation, ClassPermanent},
		{`Could not resolve MX for lab.example: timed out`, Network, ClassTransient},
		{`Error: the From address is not a valid email address`, SenderInvalid, ClassPermanent},
	})
}

// An event whose own status is a bare outcome and that names no cause
// ("status":"Failed", "type":"email.bounced", "event":"deferred") is a
// delivery outcome of unknown cause, its class the status's: not an input
// error. Without a recipient it is no mail event; a cause in it still
// decides.
func TestKindESP14OutcomeStatus(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"messageId":"m-1","recipient":"lee@lab.example","deliveryStatus":"Undeliverable"}`, Unknown, ClassPermanent},
		{`{"type":"message.dropped","to":"lee@lab.example"}`, Unknown, ClassPermanent},
		{`{"event":"delayed","email":"lee@lab.example","attempt":3}`, Unknown, ClassTransient},
		{`{"status":"failed","to":"lee@lab.example","error":"452 4.2.2 Mailbox full"}`, MailboxFull, ClassTransient},
	})
	if _, err := explainOne(`{"job":"nightly-export","status":"failed"}`); err == nil {
		t.Error(`a status without a recipient is no mail event: want an input error`)
	}
	if c, _ := outcomeStatus(`{"to":"lee@lab.example","status":"soft_bounced"}`); c != ClassUnknown {
		t.Errorf("outcomeStatus: a soft bounce is no bare outcome (its words decide), got %s", c)
	}
	// (batch 14-esp c) an event's name as the status, with words that only
	// say what it is about
	checkKinds(t, []kindCase{
		{`{"eventName":"MESSAGE_BOUNCED","to":["lee@lab.example"]}`, Unknown, ClassPermanent},
		{`{"eventName":"RECIPIENT_DEFERRED","recipient":"lee@lab.example"}`, Unknown, ClassTransient},
	})
	for v, want := range map[string]Class{"email.failed": ClassPermanent, "BOUNCE_RECIPIENT": ClassPermanent, "failed_delayed": ClassUnknown, "hard_bounce_detected": ClassUnknown} {
		if got := outcomeValue(strings.ToLower(v)); got != want {
			t.Errorf("outcomeValue(%q) = %s, want %s", v, got, want)
		}
	}
}
