package explain

// Rules of batch 26 helper tail26 (issue 10, session 21): the long tail's
// wrappers, reason keys and product texts found wrong on held-out batch
// 26-tail's first runs (docs/heldout/heldout26-tail.md). Kinds fixed where
// they arise elsewhere:
//
//   - System.Net.Mail's "Syntax error, command unrecognized." is .NET's text
//     for CommandUnrecognized and for every status code its enum does not
//     name (Exchange Online's 432 4.3.2): before a reply whose enhanced code
//     is of class 4 it does not stand for 500 (dotnetServerResponse,
//     forms_lib11.go);
//   - an ESP's "sending domain misconfigured" (sender-auth) is not a sender
//     domain the reply calls invalid ("421 invalid sender domain
//     (misconfigured dns?)"): esp14.sending-domain-misconfigured's Not.
//
// Each kind is tested in new wording in tail26_kinds_test.go.

const tail26Pri = 14

var tail26Rules = []rule{
	// an envelope sender (MAIL FROM) whose address the relay does not
	// allow ("553 Envelope FROM 'no-reply@hrms.example' email address not
	// allowed", SwiftMailer's 553 from a hosting relay): the address may
	// not be used by this client, as "Sender address is not allowed" is
	// read (sender-invalid), not a policy in general (mta.policy's "not
	// allowed").
	{ID: "tail26.envelope-from-not-allowed", Any: []string{"envelope from", "envelope-from", "envelope sender", "envelope-sender", "mail from address", "return-path address"},
		With: []string{"address not allowed", "address is not allowed", "address not permitted", "address is not permitted", "not allowed to send", "not permitted to send"},
		Not:  []string{"spf", "dmarc", "dkim", "blacklist", "blocklist", "listed"},
		Cat:  SenderInvalid, Pri: tail26Pri,
		Summary: "The relay does not allow this envelope sender (MAIL FROM) address: the client may not send as it.",
		Fix:     []string{"Send with an envelope sender (and From) address the relay lets this login or host use, usually the authenticated mailbox or a verified domain."}},

	// a From field an application's sending service calls invalid with
	// the field's name quoted ("550 Invalid `from` field. The email
	// address needs to follow the `email@example.com` or `Name
	// <email@example.com>` format.", Resend's SMTP under Nodemailer): the
	// quotes keep esp13.invalid-from's "invalid from" from matching.
	{ID: "tail26.quoted-from-field-invalid", Any: []string{"invalid `from`", "invalid \"from\"", "invalid 'from'", "`from` field", "\"from\" field", "'from' field", "`from` address", "`from` header"},
		With: []string{"invalid", "not valid", "needs to follow", "must follow", "format", "malformed"},
		Not:  []string{"reply-to", "reply to", "`to` field", "\"to\" field", "recipient"},
		Cat:  SenderInvalid, Pri: tail26Pri,
		Summary: "The sending service refused the From field: it is not a valid address (or not in the address format it accepts).",
		Fix:     []string{"Set From to a plain address (name@domain) or Name <name@domain>, with no stray quotes or spaces."}},

	// a sending API's throttling said in an SDK's error, with the SDK's own
	// HTTP retry count ("botocore.exceptions.ClientError: An error occurred
	// (Throttling) when calling the SendRawEmail operation (reached max
	// retries: 4): Maximum sending rate exceeded."): the service's rate
	// limit, not a delivery that gave up after its retries
	// (lang25.l10n-gave-up-after-attempts reads "max retries" so). A probe
	// after batch 26-tail b.
	{ID: "tail26.api-throttling-rate", Any: []string{"maximum sending rate exceeded", "sending rate exceeded", "throttling failure", "(throttling) when calling", "throttlingexception", "too many requests when calling"},
		Cat: RateLimited, Pri: tail26Pri + 10,
		Summary: "The sending service throttled the request: it was sent faster than the account's sending rate allows.",
		Fix:     []string{"Send more slowly (within the account's per-second rate) and retry throttled requests with backoff; ask the service for a higher rate if the volume needs it."}},
}
