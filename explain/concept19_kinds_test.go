package explain

import "testing"

// Kinds of helper concept19 (issue 10, session 14; docs/heldout/heldout19-concept.md):
// the long tail's product vocabulary read by concept (a subject and a
// verdict about it, as word families), each in new wording (not rows of a
// batch), with the neighbours that must not change.

// An address that "could not be found", "no longer exists" or "is not
// recognized" is a recipient the server does not have; the same words about
// a domain, a host, a file or the sender are not.
func TestKindConcept19AddressNotFound(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery failed: the e-mail address could not be located on the destination system", UserUnknown, ClassPermanent},
		{"Bounce: recipient no longer exists", UserUnknown, ClassPermanent},
		{"The destination address is not recognized by the receiving server", UserUnknown, ClassPermanent},
		{"recipient_email_was_not_found", UserUnknown, ClassPermanent},
		// neighbours: a file, a template, a domain
		{"Send failed: the recipient's domain could not be found", HostUnknown, ClassPermanent},
		{"SMTP server could not be found: smtp.corp.example", HostUnknown, ClassPermanent},
	})
}

// A mailbox that ran out of room, in any of its words (storage allocation,
// insufficient quota, out of space, over capacity), is a full mailbox; a
// sending allowance of a period is a rate limit, and a group's quota of
// recipients stays a sending quota.
func TestKindConcept19MailboxOutOfRoom(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Bounce: the addressee's inbox has run out of space", MailboxFull, ClassPermanent},
		{"Insufficient quota: the account cannot receive more mail", MailboxFull, ClassPermanent},
		{"Recipient mailbox is over capacity", MailboxFull, ClassPermanent},
		{"The mail folder of the user has exceeded its storage quota", MailboxFull, ClassPermanent},
		// neighbours: a period's sending allowance
		{"Your hourly allowance of outgoing messages is used up", RateLimited, ClassTransient},
		{"MONTHLY_EMAIL_CAP_EXCEEDED", RateLimited, ClassTransient},
	})
}

// App passwords, "less secure apps", a sign-in or login refused, and
// credentials or tokens rejected or expired are a failed login.
func TestKindConcept19LoginRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SMTP: this account needs an application password for mail clients", AuthFailed, ClassPermanent},
		{"Login to smtp.corp.example was refused by the server", AuthFailed, ClassPermanent},
		{"The OAuth token was revoked; reconnect the mailbox in settings", AuthFailed, ClassPermanent},
		{"Mailer: credentials were not accepted by smtp.isp.example", AuthFailed, ClassPermanent},
		// neighbour: a login that is required, not refused
		{"530 5.7.0 Authentication required", AuthRequired, ClassPermanent},
	})
}

// A secure channel that could not be set up is a TLS failure (permanent
// from an application), not a connection that was never made.
func TestKindConcept19SecureChannel(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail test: an encrypted connection with the SMTP server couldn't be established", TLSRequired, ClassPermanent},
		{"notify: TLS negotiation aborted by smtp.corp.example", TLSRequired, ClassPermanent},
		// neighbour: no connection at all
		{"A connection could not be established with the server", Network, ClassTransient},
	})
}

// A server named as unreachable or not answering is the network; a
// server's name that does not resolve is host-unknown, and a resolver that
// could not answer for now stays network.
func TestKindConcept19ServerNotReached(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Alert e-mail not sent: the outgoing mail server is offline", Network, ClassTransient},
		{"SMTP relay did not answer on port 587", Network, ClassTransient},
		{"Send failed: cannot resolve the SMTP server's name mail.corp.example", HostUnknown, ClassPermanent},
		{"The mail server's address could not be resolved", HostUnknown, ClassPermanent},
		// neighbour: a resolver that failed for now
		{"Temporary failure in name resolution", Network, ClassTransient},
	})
}

// A sending address or domain not verified at the service is the sender;
// a sender the receiver does not allow stays policy.
func TestKindConcept19SenderNotVerified(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Cannot send: the sender identity ops@shop.example is pending verification", SenderInvalid, ClassPermanent},
		{"FROM_DOMAIN_UNCONFIRMED", SenderInvalid, ClassPermanent},
		{"The sending address is unrecognised in this workspace", SenderInvalid, ClassPermanent},
		// neighbour: a sender the receiver refuses by its list
		{"550 5.7.1 Sender denied", Policy, ClassPermanent},
	})
}

// Relaying refused to clients that did not log in is a relay refusal (the
// labelling convention); a login asked for without naming relaying stays
// auth-required.
func TestKindConcept19RelayUnauthenticated(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 relaying is refused to non-authenticated hosts", RelayDenied, ClassPermanent},
		{"Relay not permitted without authentication", RelayDenied, ClassPermanent},
		{"550 Unauthenticated clients may not send mail here", AuthRequired, ClassPermanent},
	})
}

// A recipient's spam report (a complaint, a feedback loop) is the sending
// platform's policy; a filter's verdict that marked the message as spam,
// and a sender blocked for its complaint rate, are not.
func TestKindConcept19RecipientComplained(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Not sent: contact previously complained", Policy, ClassPermanent},
		{"Suppressed after a spam report from the recipient", Policy, ClassPermanent},
		{"Recipient marked as spam by user on 2026-10-02", Policy, ClassPermanent},
		// neighbours: a filter's verdict, a reputation block
		{"550 5.7.1 This email was marked as spam by the receiving system", SpamContent, ClassPermanent},
		{"554 Too many spam complaints from your IP address", Reputation, ClassPermanent},
	})
}

// The sending account's own sending suspended or paused is policy, not the
// recipient's disabled mailbox.
func TestKindConcept19SendingSuspended(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Email sending is paused for this workspace", Policy, ClassPermanent},
		{"send mail halted: sending account under review", Policy, ClassPermanent},
		// neighbour: the recipient's mailbox
		{"550 5.2.1 Recipient mailbox is suspended", MailboxDisabled, ClassPermanent},
	})
}

// A message or attachment over a size limit said with "exceeds" or a
// number of megabytes is too big; a mailbox over its size stays full.
func TestKindConcept19SizeOverLimit(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Upload failed: files exceed the 20 MB limit for email", MessageTooBig, ClassPermanent},
		{"The e-mail body size is over the maximum allowed size", MessageTooBig, ClassPermanent},
		{"The user's mail box has exceeded its size limit", MailboxFull, ClassPermanent},
	})
}

// Held-out batch 19-concept's kinds, in new wording: an application with
// no outgoing server set up, a reply the library could not parse (both
// without the server's reply: unknown, no class), a mail server's name
// unknown (the adjective first), a socket that failed while reading or
// writing, a host listed by a named blocklist inside a session that then
// closed, a person who marked mail as spam.
func TestKindConcept19Batch(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Notifications: the SMTP server has not been configured, mail cannot be sent", Unknown, ClassUnknown},
		{"relay: unable to parse server response from 192.0.2.25", Unknown, ClassUnknown},
		{"Test failed: unknown SMTP host mail.lab.example", HostUnknown, ClassPermanent},
		{"mailer: write error on socket to 192.0.2.25:587", Network, ClassTransient},
		{"554 Your IP 203.0.113.9 is blacklisted by UCEPROTECT\nConnection closed by foreign host.", Reputation, ClassPermanent},
		{"Skipped: subscriber reported your newsletter as spam", Policy, ClassPermanent},
		// neighbours: a filter's spam verdict, a reply that carries a code
		{"550 5.7.1 Message marked as spam by the content filter", SpamContent, ClassPermanent},
		{"SMTP Error: Could not connect to SMTP host. Connection refused", Network, ClassTransient},
	})
}

// Batch 19-concept b's kinds, in new wording: a sender the relay does not
// host, a response the library could not read; the neighbours a recipient
// domain not hosted (relay-denied) and a read with its nested timeout.
func TestKindConcept19BatchB(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 Sender address ana@home.example is not hosted here; use an address of this account", SenderInvalid, ClassPermanent},
		{"Mailer: error reading server response after EHLO", Network, ClassTransient},
		{"550 5.7.1 The domain far.example is not hosted on this server", RelayDenied, ClassPermanent},
	})
}
