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
