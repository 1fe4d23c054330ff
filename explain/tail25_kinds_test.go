package explain

import "testing"

// Kinds of helper tail25 (issue 10, session 20; docs/heldout/heldout25-tail.md):
// the long tail's reason keys, identifiers and wrappers, each in new
// wording (not rows of a batch), with the neighbours that must not change.

// A bounce event's one-word category CONTENT is any service's field: the
// message's content was refused.
func TestKindTail25JSONCategoryContent(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"event":"bounce","email":"mo@r.example","category":"content"}`, SpamContent, ClassPermanent},
		{`{"recipient":"mo@r.example","bounce_category":"CONTENT","type":"BOUNCE"}`, SpamContent, ClassPermanent},
		// neighbours: another category keeps its own reading, and a free
		// text that says "content" is not the field
		{`{"type":"BOUNCE","recipient":"mo@r.example","category":"MAILBOX_FULL"}`, MailboxFull, ClassPermanent},
		{"552 5.2.2 Mailbox full: the content of this mailbox exceeds its quota", MailboxFull, ClassPermanent},
	})
}

// A quota that "is exceeded" or "has been exceeded", naming no sending
// limit, is the mailbox's storage; a sending quota stays a rate limit.
func TestKindTail25QuotaIsExceeded(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Save to Sent folder failed: the quota has been exceeded", MailboxFull, ClassPermanent},
		{"IMAP APPEND refused: Your quota is exhausted", MailboxFull, ClassPermanent},
		// neighbours: a sending quota, with or without a period
		{"Your sending quota has been exceeded, try again tomorrow", RateLimited, ClassTransient},
		{"550 5.4.5 Daily sending quota exceeded", RateLimited, ClassPermanent},
	})
}

// Exchange's and Graph's submission-time refusal of a recipient that is
// empty ("" isn't resolved) is the address's form; a well-formed address
// not resolved stays an unknown recipient.
func TestKindTail25RecipientNotResolved(t *testing.T) {
	checkKinds(t, []kindCase{
		{`ErrorInvalidRecipients: At least one recipient isn't valid., Recipient "" is not resolved. All recipients must be resolved before a message can be submitted.`, Syntax, ClassPermanent},
		// neighbour: a real address that could not be resolved
		{"Send failed: At least one recipient is not valid., Recipient 'li@partner.example' is not resolved. All recipients must be resolved before a message can be submitted.", UserUnknown, ClassPermanent},
	})
}

// A host whose IP address "could not be determined" (Java's
// UnknownHostException in a mail client's words) does not resolve:
// host-unknown, as getaddrinfo's ENOTFOUND; a temporary lookup failure
// stays network.
func TestKindTail25HostAddressNotDetermined(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail transport error: the IP address of the host mail.corp.example cannot be determined", HostUnknown, ClassPermanent},
		{`Sending failed: could not determine the address of server "relay.corp.example"`, HostUnknown, ClassPermanent},
		// neighbours: a temporary resolver failure, and a class that cannot be determined
		{"getaddrinfo EAI_AGAIN relay.corp.example: temporary failure in name resolution", Network, ClassTransient},
	})
}

// A failure's kind or code written as an identifier ("failureType":
// "InvalidRecipient", "failure_code": "MAILBOX_FULL") is read by its words,
// as a reason or a status is; a library's "errorCode" enum is not (it
// names the command, not the cause).
func TestKindTail25FailureTypeIdentifier(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"event":"failed","recipient":"a@r.example","failureType":"MailboxFull"}`, MailboxFull, ClassPermanent},
		{`{"status":"failed","failure_code":"RECIPIENT_NOT_FOUND"}`, UserUnknown, ClassPermanent},
		{`{"state":"error","errorType":"DomainNotFound","to":"a@r.example"}`, HostUnknown, ClassPermanent},
		// neighbour: MailKit's ErrorCode names the command that failed, and
		// MailboxUnavailable is RFC 5321's bare text (heldout23-tail)
		{"MailKit.Net.Smtp.SmtpCommandException: ErrorCode=RecipientNotAccepted, StatusCode=MailboxUnavailable, Mailbox=a@r.example", Unknown, ClassPermanent},
	})
}

// A HELO/EHLO name refused as invalid, at a stage the input names, is the
// name the client gave (rfc-noncompliant, the HELO convention); the same
// words without the stage, and a missing argument, stay syntax.
func TestKindTail25HeloNameInvalid(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SMTP error from remote mail server after EHLO box.local: 501 5.5.4 Invalid hostname", RFCNoncompliant, ClassPermanent},
		{"HELO command failed: 550 Invalid host name", RFCNoncompliant, ClassPermanent},
		// neighbours
		{"501 5.5.4 Invalid domain name", Syntax, ClassPermanent},
		{"SMTP error from remote mail server after EHLO: 501 5.5.2 EHLO requires domain address", Syntax, ClassPermanent},
	})
}

// An address called "email" alone that "is not valid" (an API's field
// check) is the address's form, as "email address is not valid" is.
func TestKindTail25EmailNotValid(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"code":"invalid_parameter","message":"email is not valid in cc"}`, Syntax, ClassPermanent},
		{"Contact import: e-mail is not valid (row 12)", Syntax, ClassPermanent},
		// neighbour: a recipient refused by the server keeps its reading
		{"550 5.1.1 Recipient email is not valid: no such user", UserUnknown, ClassPermanent},
	})
}

// A message whose body contains characters the receiver refuses is the
// message's form (rfc-noncompliant), as a header's are.
func TestKindTail25MessageInvalidCharacters(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Transaction failed: Message contains invalid characters", RFCNoncompliant, ClassPermanent},
		{"SMTPDataError: (550, b'Message body contains illegal characters')", RFCNoncompliant, ClassPermanent},
		// neighbour: an address with invalid characters is the address's syntax
		{"553 5.1.3 Recipient address contains invalid characters", Syntax, ClassPermanent},
	})
}

// A message's authentication (DMARC, SPF, DKIM) that "failed" is sender
// authentication, not the client's login; a login's failure keeps its
// reading.
func TestKindTail25MessageAuthenticationFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Rejected: the From domain publishes a DMARC reject policy and the message failed authentication", SenderAuth, ClassPermanent},
		{"554 Message refused: SPF and DKIM authentication failed for shop.example", SenderAuth, ClassPermanent},
		// neighbours: the login
		{"535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6", AuthFailed, ClassPermanent},
		{"SMTP AUTH authentication failed: invalid credentials", AuthFailed, ClassPermanent},
	})
}
