package explain

import "testing"

// Kinds of helper tail21 (issue 10, session 16; docs/heldout/heldout21-tail.md):
// the long tail's own statuses, identifiers and reason labels, each in new
// wording (not rows of a batch), with the neighbours that must not change.

// A platform's suppression or quarantine of an address is read by its
// reason: after a hard bounce the address does not exist; an address
// quarantined or denylisted without that reason is the platform's hold;
// one held after too many bounces is read by that reason, user-unknown
// (common22's convention; this test first read it as the hold). A message quarantined by a receiver's
// filter stays spam, an IP on a list stays reputation.
func TestKindTail21SuppressionByReason(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Recipient skipped: address is suppressed (reason: hard bounce on 2026-11-02)", UserUnknown, ClassPermanent},
		{"Quarantine reason for ana@shop.example: HARD_BOUNCE", UserUnknown, ClassPermanent},
		{"Skipped: ana@shop.example is a denylisted address", Policy, ClassPermanent},
		{"Not sent - the address is in quarantine since 2026-10-01", Policy, ClassPermanent},
		{"Bounce status: bounce limit reached", Policy, ClassPermanent},     // a bounce limit with no subject: the account's (prov17)
		{"delivery_status = too_many_bounces", UserUnknown, ClassPermanent}, // common22: an address held for its bounces is user-unknown
		// neighbours
		{"Message quarantined as spam by the receiving filter", SpamContent, ClassPermanent},
		{"554 5.7.1 Client host [198.51.100.9] blocked: IP address is blocklisted", Reputation, ClassPermanent},
	})
}

// A status or reason value that names a list the platform keeps is that
// list, not a DNS blocklist; a host or IP on a named list stays reputation.
func TestKindTail21OwnListStatus(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"recipient":"ana@shop.example","status":"blacklisted"}`, Policy, ClassPermanent},
		{"Filter result: Reject - Reason: blocklist", Policy, ClassPermanent},
		// neighbour
		{"554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.example", Reputation, ClassPermanent},
	})
}

// A campaign the platform paused for its bounce or complaint rate is the
// platform's hold.
func TestKindTail21CampaignPaused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Newsletter campaign paused automatically because of a high complaint rate", Policy, ClassPermanent},
	})
}

// JavaMail's address-parser messages (which Amazon SES returns as
// InvalidParameterValue) say that an address is malformed; a sender domain
// that does not resolve stays the sender.
func TestKindTail21AddressParser(t *testing.T) {
	checkKinds(t, []kindCase{
		{"javax.mail.internet.AddressException: Domain ends with dot in string ``ana@shop.example.''", Syntax, ClassPermanent},
		{"MessageRejected: Local address contains illegal character", Syntax, ClassPermanent},
		{"Skipped: recipient address is empty", Syntax, ClassPermanent},
		// neighbour
		{"553 5.1.8 <x@nodomain.example>: Sender address rejected: Domain not found", SenderInvalid, ClassPermanent},
	})
}

// A sending API's result identifiers are read as words (keys ending in
// "result").
func TestKindTail21ResultIdentifiers(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"messageId":"m-7","deliveryResult":"INVALID_CC_ADDRESS"}`, Syntax, ClassPermanent},
		{`{"messageId":"m-8","sendResult":"PRIOR_SPAM_COMPLAINT"}`, Policy, ClassPermanent},
	})
}

// A message refused because it is not authenticated is sender
// authentication; a client that did not log in stays auth-required.
func TestKindTail21UnauthenticatedMessage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.26 Unauthenticated messages from shop.example are not forwarded by this service", SenderAuth, ClassPermanent},
		// neighbour
		{"530 5.7.0 Client was not authenticated", AuthRequired, ClassPermanent},
	})
}

// A record's own retry action and failure type give the class.
func TestKindTail21RecordClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"type":"bounce","reason":"mailbox_full","action":"retry_later"}`, MailboxFull, ClassTransient},
		{"Failure type: Soft | Failure reason: Mailbox full", MailboxFull, ClassTransient},
		{"Failure type: Hard | Failure reason: User unknown", UserUnknown, ClassPermanent},
		{"Retry scheduled, reason: unreachable", Network, ClassTransient},
	})
}

// An error type written NAMESPACE:CONSTANT is read by its constant's words.
func TestKindTail21NamespacedErrorType(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Error type : EMAIL:CONNECTION_TIMEOUT", Network, ClassTransient},
	})
}

// A library's "expected 250 but got 221" is no success; a queued job that
// gave up names no timeout of its own; an alias that is disabled is a
// disabled mailbox.
func TestKindTail21LibraryAndQueue(t *testing.T) {
	checkKinds(t, []kindCase{
		{`Expected response code "250" but got code "221", with message "221 2.0.0 Bye".`, Unknown, ClassTransient},
		{"Job App\\Mail\\PasswordReset has been attempted too many times. It may have previously timed out.", Unknown, ClassPermanent},
		{"Delivery failed: the alias ops@shop.example has been disabled", MailboxDisabled, ClassPermanent},
		// neighbours: a 221 alone is a success; a timeout of this attempt
		{"221 2.0.0 Bye", Success, ClassSuccess},
		{"Mail job failed: connection timed out after 30 seconds", Network, ClassTransient},
	})
}

// Batch 21-tail b's kinds: a request without a valid recipient, an address
// on a bounce list, an address verifier's reasons, a platform's stop after
// bounces, a send-as refused by delegation, a domain not registered, a
// notification platform's attempted delivery.
func TestKindTail21bStatusesAndReasons(t *testing.T) {
	checkKinds(t, []kindCase{
		{"API error 400: at least one recipient is required", Syntax, ClassPermanent},
		{`Mailer error: Invalid "Bcc" e-mail address "ops@"`, Syntax, ClassPermanent},
		{"Not sent to ana@shop.example: address is on the bounce list", UserUnknown, ClassPermanent},
		{`{"status":"invalid","reason":"rejected_email","result":"undeliverable","address":"ana@shop.example"}`, UserUnknown, ClassPermanent},
		{`{"result":"unknown","reason":"no_connect"}`, Network, ClassTransient},
		{"Sending was stopped automatically after too many bounces in this campaign", Policy, ClassPermanent},
		{"403 Forbidden: Delegation denied for noreply@shop.example", SenderInvalid, ClassPermanent},
		{"The recipient domain (shop-typo.example) does not appear to be registered.", HostUnknown, ClassPermanent},
		{`{"recipient":"ana@shop.example","channel":"email","status":"send_attempted"}`, Unknown, ClassTransient},
		// neighbours: a receiver's refusal of a HELO name, an unknown user
		{"501 5.5.2 <bad_host>: Helo command rejected: Invalid domain name", Syntax, ClassPermanent},
		{"550 5.1.1 <ana@shop.example>: Recipient address rejected: User unknown in local recipient table", UserUnknown, ClassPermanent},
	})
}

// A library's error constants that name the client's state: no connection
// to the server (network), a required field left empty (syntax); a
// missing subject stays the message's header.
func TestKindTail21LibraryStateConstants(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MailClient.Error.NOT_CONNECTED", Network, ClassTransient},
		{"SendMailError: MISSING_REQUIRED_FIELD", Syntax, ClassPermanent},
		{"Mail not sent: the client is not connected to the server", Network, ClassTransient},
		// neighbour
		{`{"errors":[{"message":"Required field is missing","description":"body.subject is a required field"}]}`, RFCNoncompliant, ClassPermanent},
	})
}
