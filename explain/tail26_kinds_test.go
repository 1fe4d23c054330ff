package explain

import "testing"

// Kinds of helper tail26 (issue 10, session 21; docs/heldout/heldout26-tail.md):
// the long tail's wrappers and product texts, each in new wording (not rows
// of a batch), with the neighbours that must not change.

// An envelope sender (MAIL FROM) whose address the relay does not allow is
// the sender's address (sender-invalid); "not allowed" alone stays policy.
func TestKindTail26EnvelopeFromNotAllowed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.7.1 Envelope-from <billing@shop.example>: address not allowed for this account", SenderInvalid, ClassPermanent},
		{`Swift_TransportException: Expected response code 250 but got code "550", with message "550 envelope sender alerts@corp.example is not permitted to send via this relay"`, SenderInvalid, ClassPermanent},
		// neighbours: a refusal that names no address, and a listed envelope sender
		{"550 5.7.1 Attachments of this type are not allowed", Policy, ClassPermanent},
		{"550 envelope sender billing@shop.example is listed at a blocklist", Reputation, ClassPermanent},
	})
}

// A From field named in quotes (`from`, "from") and called invalid is the
// sender's address; a quoted "to" field is not.
func TestKindTail26QuotedFromFieldInvalid(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Error: Data command failed: 550 Invalid \"from\" field: use the format name@domain.example or Name <name@domain.example>", SenderInvalid, ClassPermanent},
		{"API error 422: The `from` address is invalid", SenderInvalid, ClassPermanent},
		// neighbour: the recipient's field keeps the invalid-recipient reading
		{"API error 422: The `to` field is invalid: recipient must be an email address", UserUnknown, ClassPermanent},
	})
}

// A server "not relaying" to or for a domain refuses relaying.
func TestKindTail26NotRelaying(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 <ann@far.example>: we are not relaying for far.example", RelayDenied, ClassPermanent},
		{"aiosmtplib.errors.SMTPRecipientRefused: (550, 'not relaying to this domain', 'ann@far.example')", RelayDenied, ClassPermanent},
		// neighbour: a relay log field is no refusal
		{"Dec  7 10:00:01 mx postfix/smtp[1]: 9A: to=<ann@far.example>, relay=mx.far.example[192.0.2.7]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 1F)", Success, ClassSuccess},
	})
}

// System.Net.Mail's "Syntax error, command unrecognized." before a 4.x.x
// reply is .NET's text for a code its enum does not name: the enhanced
// code keeps the class; before a 5.x.x reply it stays 500.
func TestKindTail26DotnetDefaultStatusText(t *testing.T) {
	checkKinds(t, []kindCase{
		{"System.Net.Mail.SmtpException: Syntax error, command unrecognized. The server response was: 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded", RateLimited, ClassTransient},
		{"Syntax error, command unrecognized. The server response was: 4.7.0 Temporary server error. Please try again later", ServerError, ClassTransient},
		// neighbour: a 5.x.x reply after the same text
		{"System.Net.Mail.SmtpException: Syntax error, command unrecognized. The server response was: 5.5.2 Syntax error, command unrecognized", Syntax, ClassPermanent},
	})
}

// A sender domain the reply calls invalid is the sender's address, also
// when the reply guesses at misconfigured DNS; a sending domain
// misconfigured at a platform stays sender-auth.
func TestKindTail26InvalidSenderDomainMisconfigured(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.1.8 Invalid sender domain: misconfigured DNS for shop.example?", SenderInvalid, ClassTransient},
		{"Net::SMTPFatalError: 553 sender domain is invalid (DNS misconfigured?)", SenderInvalid, ClassPermanent},
		// neighbour: the platform's own notice about the sending domain's records
		{"Message not sent: your sending domain is misconfigured. Check its SPF and DKIM records", SenderAuth, ClassPermanent},
	})
}

// A PowerMTA accounting record's bounce category spam-related (or
// routing-errors) tells the cause when the reply it carries does not; the
// category is laid out with the reply, before the status field.
func TestKindTail26PowerMTASpamRelated(t *testing.T) {
	checkKinds(t, []kindCase{
		{`b,2026-11-30 08:01:02+0000,2026-11-30 08:00:59+0000,list@news.example,ro@mx.example,,failed,5.0.0 (undefined status),smtp;554 5.7.1 Rejected,mx.example (203.0.113.40),spam-related,smtp,,smtp,192.0.2.9,203.0.113.40,,5120,pool-a,`, SpamContent, ClassPermanent},
		{`X-PowerMTA-BounceCategory: spam-related` + "\n" + `Diagnostic-Code: smtp;550 Refused`, SpamContent, ClassPermanent},
		{"Bounce reason: routing-errors | Bounce type: Soft | Diagnostic: 451 4.4.0 no route to host", Network, ClassTransient},
		// neighbour: the reply's own words still decide over a vaguer category
		{`b,2026-11-30 08:03:10+0000,2026-11-30 08:03:08+0000,list@news.example,su@mx.example,,failed,5.1.1 (bad destination mailbox address),smtp;550 5.1.1 <su@mx.example>: Recipient address rejected: User unknown,mx.example (203.0.113.40),policy-related,smtp,,smtp,192.0.2.9,203.0.113.40,,4800,pool-a,`, UserUnknown, ClassPermanent},
	})
}

// A sending API's throttling inside an SDK error that counts its own HTTP
// retries is the service's rate limit, not a delivery that gave up; a
// delivery that gave up after its attempts stays expired.
func TestKindTail26APIThrottlingRate(t *testing.T) {
	checkKinds(t, []kindCase{
		{"botocore.exceptions.ClientError: An error occurred (Throttling) when calling the SendEmail operation (reached max retries: 9): Maximum sending rate exceeded.", RateLimited, ClassTransient},
		{"Aws::SES::Errors::Throttling: Throttling failure: Maximum sending rate exceeded.", RateLimited, ClassTransient},
		// neighbour: a delivery that reached its retry limit
		{"Delivery failed: retry limit reached after multiple attempts, giving up on ann@far.example", Expired, ClassPermanent},
	})
}
