package explain

// Rules of helper tail23 (issue 10, session 18): the long tail's
// identifiers, reason keys and exception wrappers found wrong on held-out
// batch 23-tail's first run (docs/heldout/heldout23-tail.md). Most kinds
// were fixed where they arise, in the files that read them:
//
//   - MailKit's SmtpCommandException properties logged as "ErrorCode=
//     SenderNotAccepted" (after "=" or a colon without a space) name the
//     stage as "ErrorCode: SenderNotAccepted" does (mailKitErrorCode,
//     forms_lib11.go).
//   - A qualifier word before a generic field key names the service's own
//     key: "reject reason: Unsigned" is Mandrill's reject_reason, as "Bounce
//     type: Soft" is bouncetype (bounceKeyBefore, rules_esp12.go).
//   - Credentials an API "could not validate" failed (concept.auth-failed);
//     an "incorrect email" is a malformed address (mta7.words-bad-address);
//     credits that expired are credits used up, not a message that expired
//     (esp9.credits, mta.expired's Not, the permanent credits wording);
//     a service "suspended because"/"due to" spamming is the account held
//     for spam (common22.account-held-for-spam).
//
// The rules below read what no existing family did. Each kind is tested in
// new wording in tail23_kinds_test.go.

const tail23Pri = 14

var tail23Rules = []rule{
	// a suppression record whose reason is the one-word value HARDBOUNCE
	// (OCI Email Delivery's Suppression.reason; SES's reason BOUNCE is read
	// so by the suppression convention): the address bounced as invalid.
	// (A report's "Suppression reason: Hard bounced" stays unknown:
	// heldout13-espb; a Mailjet "hardbounce" field is a flag, not a reason.)
	{ID: "tail23.reason-hardbounce", Any: []string{"hardbounce"},
		With: []string{"reason"},
		Not:  []string{"soft", "complaint", "hardbounce:", "hardbounce=", "hardbounce\":"},
		Cat:  UserUnknown, Pri: tail23Pri,
		Summary: "The sending service does not send to the address: it is suppressed because mail to it hard-bounced (the address does not exist).",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before removing it from the suppression list."}},

	// ---- batch 23-tail b's kinds ----
	// an API's "<field> is wrongly formed" (Alibaba Cloud DirectMail's
	// InvalidReceiverName.Malformed, InvalidBody): the field it names
	// decides — an address field is the address's syntax, the body or the
	// subject the message's form
	{ID: "tail23.field-wrongly-formed-address", Any: []string{"wrongly formed", "wrongly-formed"},
		With: []string{"receiver name", "receiver address", "recipient name", "toaddress", "to address", "mailaddress", "mail address", "email address", "receiver"},
		Not:  []string{"header", "body", "subject"},
		Cat:  Syntax, Pri: tail23Pri + 6,
		Summary: "The sending service's API refused the request: an address field is not a valid e-mail address.",
		Fix:     []string{"Correct the address (one @, a full domain, only the characters the service allows), then send again."}},
	{ID: "tail23.field-wrongly-formed-body", Any: []string{"wrongly formed", "wrongly-formed"},
		With: []string{"textbody", "htmlbody", "text body", "html body", "the body", "subject"},
		Cat:  RFCNoncompliant, Pri: tail23Pri + 6,
		Summary: "The sending service's API refused the request: the message's body or subject is not in the form it takes.",
		Fix:     []string{"Give a text or HTML body (and a subject) in the form and length the API documents, then send again."}},
	// a sending service's own list of invalid addresses ("Sendmail rejected
	// by invalid address": DirectMail's InvalidToAddress.Spam, as its SMTP
	// "559 Invalid rcptto" hits the invalid-address library): the address
	// is known not to exist, whatever its error code's category says
	{ID: "tail23.invalid-address-library", Any: []string{"rejected by invalid address", "invalid address library", "invalid-address library", "invalid address database", "hit the invalid address"},
		Cat: UserUnknown, Pri: tail23Pri + 8,
		Summary: "The sending service did not send: the address is on its list of invalid addresses (mail to it bounced as not existing).",
		Fix:     []string{"Check the address for typos or confirm it with the recipient by another channel; remove it from your lists if it is wrong."}},
	// a gateway's quarantine reason that names the sending IP ("dirtyip",
	// Hornetsecurity's reputation filter on IP basis) or the admin's own
	// block list ("admin-bl"): read by what the reason names, as the
	// block-list convention reads a refusal (the host: reputation; the
	// receiver's own list: policy), not as a spam quarantine
	{ID: "tail23.quarantine-ip-reputation", Any: []string{"dirtyip", "dirty ip", "dirty-ip", "ip reputation list", "ip reputation filter"},
		Cat: Reputation, Pri: tail23Pri + 6,
		Summary: "The gateway held the message because of the sending IP's reputation (its own IP reputation filter).",
		Fix:     []string{"Check the sending IP's reputation (blocklists, complaint and bounce rates) and fix the cause; ask the recipient's administrator to release the message meanwhile."}},
	{ID: "tail23.quarantine-admin-list", Any: []string{"admin-bl", "admin bl", "admin blacklist", "admin block list", "admin blocklist", "blacklist controlled by admin"},
		// (an IP or host on the admin's list is the host's reputation, the convention's other half)
		Not: []string{"ip address", "your ip", "the ip", "sending ip", "client host", "sending host", "your server", "your host"},
		Cat: Policy, Pri: tail23Pri + 6,
		Summary: "The gateway held or refused the message: the sender is on the receiving administrator's own block list.",
		Fix:     []string{"Ask the recipient's administrator to take the sender off their block list, by another channel."}},
}

// tail23DottedMember reports whether s[start:end], an identifier of one
// camel join, is one side of a dotted error code whose other side is also
// a camel-case identifier ("FailedOperation.IncorrectEmail",
// "AuthFailure.SignatureFailure": Tencent Cloud's and Alibaba Cloud's
// Category.Member codes): a keyword of the service's scheme, read by its
// words. A Java or .NET name ("jakarta.mail.SendFailedException",
// "System.Net.Mail.SmtpException") has a package or namespace before the
// dot without a camel join, and stays unread.
func tail23DottedMember(s string, start, end int) bool {
	if camelJoins(s[start:end]) != 1 {
		return false
	}
	if start >= 2 && s[start-1] == '.' {
		b := start - 1
		for b > 0 && isAlnum(s[b-1]) {
			b--
		}
		if camelJoins(s[b:start-1]) >= 1 {
			return true
		}
	}
	if end+1 < len(s) && s[end] == '.' {
		e := end + 1
		for e < len(s) && isAlnum(s[e]) {
			e++
		}
		if camelJoins(s[end+1:e]) >= 1 {
			return true
		}
	}
	return false
}
