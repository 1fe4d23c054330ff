package explain

import "testing"

// Kinds of helper tail23 (issue 10, session 18; docs/heldout/heldout23-tail.md):
// the long tail's identifiers, reason keys and exception wrappers, each in
// new wording (not rows of a batch), with the neighbours that must not
// change.

// MailKit's ErrorCode logged after "=" or a colon without a space names the
// stage as "ErrorCode: X" does; a JSON "ErrorCode" field is not MailKit's.
func TestKindTail23MailKitErrorCodeForms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"digest job failed: MailKit.Net.Smtp.SmtpCommandException: ErrorCode=SenderNotAccepted StatusCode=MailboxNameNotAllowed", SenderInvalid, ClassPermanent},
		{"digest job failed: MailKit.Net.Smtp.SmtpCommandException: ErrorCode:SenderNotAccepted, StatusCode:MailboxNameNotAllowed", SenderInvalid, ClassPermanent},
		// neighbours: the colon-space form, and SocketLabs' JSON ErrorCode
		{"SmtpCommandException: ErrorCode: SenderNotAccepted, StatusCode: MailboxNameNotAllowed", SenderInvalid, ClassPermanent},
		{`{"ErrorCode":"InvalidFrom","MessageResults":null,"TransactionReceipt":null}`, SenderInvalid, ClassPermanent},
	})
	for _, c := range []struct{ in, want string }{
		{"ErrorCode=RecipientNotAccepted", "ErrorCode=RCPT TO command failed"},
		{"ErrorCode = MessageNotAccepted", "ErrorCode = DATA END command failed"},
		{"ErrorCode RecipientNotAccepted", "ErrorCode RecipientNotAccepted"}, // no separator: not the property
		{`"ErrorCode":"RecipientNotAccepted"`, `"ErrorCode":"RecipientNotAccepted"`},
	} {
		if got := mailKitErrorCode(c.in); got != c.want {
			t.Errorf("mailKitErrorCode(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A qualifier before a generic key names the service's own key: "reject
// reason" is Mandrill's reject_reason; a key without it stays generic.
func TestKindTail23QualifiedKey(t *testing.T) {
	checkKinds(t, []kindCase{
		{"send result: rejected, reject reason: unsigned", SenderInvalid, ClassPermanent},
		{"Mandrill says message rejected - Reject Reason: Unsigned", SenderInvalid, ClassPermanent},
	})
	for _, c := range []struct{ before, key, want string }{
		{"message rejected - reject ", "reason", "rejectreason"},
		{"Bounce ", "type", "bouncetype"},
		{"Subject ", "reason", ""},
		{"unreject ", "reason", ""}, // a longer word that ends in the qualifier
	} {
		if got := bounceKeyBefore(c.before, c.key); got != c.want {
			t.Errorf("bounceKeyBefore(%q, %q) = %q, want %q", c.before, c.key, got, c.want)
		}
	}
}

// Concept words of API identifiers: credentials an API could not validate
// failed; an "incorrect email" is a malformed address; credits that expired
// are used up (not a message that expired); a service suspended because of
// spamming is the account held for spam.
func TestKindTail23ConceptWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"API call failed: your credentials could not be validated, check the access key", AuthFailed, ClassPermanent},
		{"SES request failed: FailedOperation.IncorrectEmail", Syntax, ClassPermanent},
		{"DirectMail error InvalidToAddress.IncorrectEmail for ana@rcpt.example", Syntax, ClassPermanent},
		{"Cannot send: your email credits have expired. Buy a new pack to continue.", RateLimited, ClassPermanent},
		{"Notice: outbound relay for shop.example suspended due to spamming activities from the account", Policy, ClassPermanent},
		// neighbours: a message that expired in the queue, a host blocked for
		// its spamming activity, a wrong password
		{"Message expired: could not be delivered for 5 days", Expired, ClassPermanent},
		{"550 5.7.1 Your server 203.0.113.9 is blocked due to spamming activity", Reputation, ClassPermanent},
		{"SMTP login failed: incorrect password for ops@shop.example", AuthFailed, ClassPermanent},
	})
}

// One side of a dotted Category.Member error code is read by its words;
// a Java or .NET class name is not.
func TestKindTail23DottedMember(t *testing.T) {
	for _, c := range []struct {
		s          string
		start, end int
		want       bool
	}{
		{"x FailedOperation.IncorrectEmail", 18, 32, true},
		{"x AuthFailure.SignatureFailure", 2, 13, true},
		{"jakarta.mail.SendFailed", 13, 23, false},
		{"System.Net.Mail.SmtpException", 16, 29, false},
		{"the IncorrectEmail flag", 4, 18, false},
	} {
		if got := tail23DottedMember(c.s, c.start, c.end); got != c.want {
			t.Errorf("tail23DottedMember(%q, %d, %d) = %v, want %v", c.s, c.start, c.end, got, c.want)
		}
	}
	checkKinds(t, []kindCase{
		{"[SDKException] code:AuthFailure.SecretIdNotFound requestId:7f3a", AuthFailed, ""},
	})
}

// A suppression's reason written as one word (HARDBOUNCE) is the hard-bounce
// suppression; a soft bounce and a flag named hardbounce are not.
func TestKindTail23ReasonHardbounce(t *testing.T) {
	checkKinds(t, []kindCase{
		{"suppressed address kim@rcpt.example, reason=HARDBOUNCE", UserUnknown, ClassPermanent},
		{"Suppression entry: reason: HardBounce (added 2026-11-02)", UserUnknown, ClassPermanent},
	})
	for _, s := range []string{"suppressed, reason=SOFTBOUNCE, will retry", "event: bounced, hardbounce: false, reason: none"} {
		if e, err := explainOne(s); err == nil && e.Rule == "tail23.reason-hardbounce" {
			t.Errorf("%q decided by tail23.reason-hardbounce", s)
		}
	}
}

// Batch 23-tail b: an API's "<field> is wrongly formed" is read by the
// field it names; a sending service's own invalid-address list is the
// address's; a spam filter that refused is no filter that failed; a
// monthly sending quota is no mailbox quota; credits to recharge are
// credits used up; a quarantine reason naming the IP or the admin's list.
func TestKindTail23bFieldsAndLists(t *testing.T) {
	checkKinds(t, []kindCase{
		{"API error: the specified toAddress is wrongly formed", Syntax, ClassPermanent},
		{"API error: the specified htmlBody is wrongly formed", RFCNoncompliant, ClassPermanent},
		{"send blocked: recipient hit the invalid address library of the platform", UserUnknown, ClassPermanent},
		{"BatchSendMail failed: message rejected by the spam filter", SpamContent, ClassPermanent},
		{"Mail API returned 429: monthly sending quota exceeded for this team", RateLimited, ClassTransient},
		{"550 Sending stopped: balance used up, please recharge your account", RateLimited, ClassPermanent},
		{"Status: Quarantined  Class: dirty-ip", Reputation, ClassPermanent},
		{"Quarantined — admin blacklist match for sender@lab.example", Policy, ClassPermanent},
		// neighbours: a header that is malformed, a spam filter that timed
		// out, a mailbox over its quota, a spam quarantine
		{"550 5.6.0 Header From is malformed", RFCNoncompliant, ClassPermanent},
		{"451 4.7.1 spam filter timed out, try again later", ServerError, ClassTransient},
		{"552 5.2.2 Mailbox quota exceeded", MailboxFull, ClassPermanent},
		{"Message log: Quarantined (spam)", SpamContent, ClassPermanent},
		{"Quarantined: sending IP 203.0.113.20 matches the admin blacklist", Reputation, ClassPermanent},
	})
}
