package explain

// Rules of batch 25 helper tail25 (issue 10, session 20): the long tail's
// reason keys, identifiers and wrappers found wrong on held-out batch
// 25-tail's first runs (docs/heldout/heldout25-tail.md). Kinds fixed where
// they arise elsewhere:
//
//   - a bounce event's one-word "category" (HubSpot's BOUNCE category
//     CONTENT) is an any-service field: espTokens (rules_mta7.go) gives a
//     key "category" or "bounce_category" an any-service "category" token.
//
// Each kind is tested in new wording in tail25_kinds_test.go.

const tail25Pri = 14

// tail25QuotaNot are the words of a sending quota (a rate limit), not the
// mailbox's storage: as concept.mailbox-quota's Not (rules_heldout4.go).
var tail25QuotaNot = []string{"sending", "send ", "sender", "daily", "hourly", "monthly", "weekly", "per hour", "per day", "per minute",
	"submission", "outbound", "outgoing", "rate", "message quota", "messages", "recipients quota", "recipient quota", "connection", "api", "request",
	"number of", "external recipients", "quota of recipients", "plan"}

// tail25HeloNameWords are a refused HELO name's words.
var tail25HeloNameWords = []string{"invalid domain name", "invalid host name", "invalid hostname", "invalid name", "bad hostname", "bad host name", "invalid helo", "invalid ehlo", "invalid domain"}

var tail25Rules = []rule{
	// a bounce event's one-word category CONTENT (HubSpot's email events:
	// the receiver refused the message for its content): spam-like content,
	// as the words "content rejected" are read. The field is any service's
	// (espTokens).
	{ID: "tail25.json-category-content", ESP: espAny + " category=content",
		Cat: SpamContent, Pri: tail25Pri,
		Summary: "The receiving server refused the message for its content (the sending service's bounce category): it looked like spam.",
		Fix: []string{"Review the message's content, links and attachments for what filters flag; send it as plain, expected mail from an authenticated domain.",
			"If only this recipient's server refuses it, ask its administrator which rule matched."}},

	// a quota that "is exceeded" or "has been exceeded" without naming
	// whose ("Mail server's quota is exceeded", OX App Suite's
	// MIMEMailException QUOTA_EXCEEDED; "The quota has been exceeded"): the
	// mailbox's storage, as "quota exceeded" is read (mta.mailbox-full); a
	// sending quota (a rate limit) keeps its own reading.
	{ID: "tail25.quota-is-exceeded", Any: []string{"quota is exceeded", "quota has been exceeded", "quota was exceeded", "quota is full", "quota has been reached", "quota is reached", "quota was reached",
		"quota is used up", "quota has been used up", "quota is exhausted", "quota has been exhausted"},
		Not:     tail25QuotaNot,
		Cat:     MailboxFull,
		Weak:    true,
		Summary: "The mailbox is over its storage quota.",
		Fix:     []string{"The mailbox's owner must delete mail or get a larger quota; then send again."}},

	// Exchange's and Microsoft Graph's submission-time refusal of a
	// recipient it cannot resolve to an address (ErrorInvalidRecipients:
	// "At least one recipient isn't valid., Recipient '...' isn't resolved.
	// All recipients must be resolved before a message can be submitted"):
	// the address as written (empty, a display name alone, a malformed
	// address) is not an address; whether a mailbox exists is learnt only
	// after submission, from a bounce. The identifier's words ("invalid
	// recipients") made it an unknown recipient.
	{ID: "tail25.recipient-not-resolved", Any: []string{"isn't resolved", "is not resolved", "wasn't resolved", "was not resolved", "must be resolved before"},
		// ... an address that is none: empty (EWS quotes it "", heldout21-
		// tailb). The words are read with addresses blanked, so a
		// well-formed address not resolved (heldout13's unknown recipient,
		// Graph quoting it '...') and a malformed one look alike: only the
		// empty recipient is told.
		With: []string{`recipient ""`, `recipient "<>"`},
		Not:  []string{"domain", "host", "dns", "mx", "dnslookup"},
		Cat:  Syntax, Pri: tail25Pri + 10,
		Summary: "The recipient as written could not be resolved to an email address before the message was submitted (empty, a name without an address, or a malformed address).",
		Fix:     []string{"Correct the recipient field: every recipient must be a complete address (name@domain), not empty and not a display name alone."}},

	// a host name whose address "could not be determined" (OX App Suite's
	// MIMEMailException UNKNOWN_HOST over Java's UnknownHostException: "The
	// IP address of host \"smtp.lab.example\" could not be determined"): the
	// name does not resolve, as the corpus reads UnknownHostException and
	// getaddrinfo's ENOTFOUND (host-unknown); batch 25-tail b
	{ID: "tail25.host-address-not-determined", Any: []string{"could not be determined", "cannot be determined", "can't be determined", "couldn't be determined", "could not determine"},
		With: []string{"address of host", "address for host", "address of the host", "address for the host", "address of server", "address of the server"},
		Not:  []string{"temporary", "try again", "eai_again"},
		Cat:  HostUnknown, Pri: tail25Pri,
		Summary: "The host name could not be resolved to an IP address: the name does not exist in DNS (or is misspelt).",
		Fix:     []string{"Check the host name for typos (the application's SMTP server setting, or the recipient's domain) and that it resolves: dig A name."}},

	// a HELO/EHLO name refused as invalid ("501 5.5.4 Invalid domain name"
	// after EHLO, under Python's SMTPHeloError, PHPMailer's "EHLO command
	// failed"): the name the client gave, rfc-noncompliant by the HELO
	// convention (an argument missing stays syntax); the same words at
	// another stage or none keep the command's syntax (wording.unrecognised-
	// command). A probe after batch 25-tail b.
	{ID: "tail25.helo-name-invalid", Any: tail25HeloNameWords, Stages: []string{"HELO", "EHLO"},
		Not: []string{"requires domain", "required", "missing", "empty", "argument"},
		Cat: RFCNoncompliant, Pri: tail25Pri,
		Summary: "The receiving server refused the name the client gave in HELO/EHLO as invalid (not a fully qualified, resolvable host name).",
		Fix:     []string{"Make the client announce its fully qualified host name (one that resolves, ideally matching the sending IP's PTR) in HELO/EHLO."}},
	// ... and when a wrapper names the stage in its own words (the parser
	// reads no stage there)
	{ID: "tail25.helo-error-name-invalid", Any: tail25HeloNameWords, With: []string{"smtpheloerror", "heloerror", "ehlo command failed", "helo command failed", "ehlo failed", "helo failed", "error in ehlo", "error in helo"},
		Not: []string{"requires domain", "required", "missing", "empty", "argument"},
		Cat: RFCNoncompliant, Pri: tail25Pri,
		Summary: "The receiving server refused the name the client gave in HELO/EHLO as invalid (not a fully qualified, resolvable host name).",
		Fix:     []string{"Make the client announce its fully qualified host name (one that resolves, ideally matching the sending IP's PTR) in HELO/EHLO."}},

	// a message (its body or text, no header named) with characters the
	// receiver does not take ("554 Transaction failed: Message contains
	// invalid characters", SES and other relays): the message's form, as
	// a header's invalid characters are read (prov12.header-characters). A
	// probe after batch 25-tail b.
	{ID: "tail25.message-invalid-characters", Any: []string{"message contains invalid character", "message contains illegal character", "message contains forbidden character", "message contains bad character",
		"message body contains invalid character", "message body contains illegal character", "body contains invalid character", "body contains illegal character", "message has invalid character"},
		Cat: RFCNoncompliant, Pri: 4,
		Summary: "The message contains characters the receiving server does not accept (raw 8-bit or control characters, bare line feeds): its text must be encoded as MIME requires.",
		Fix:     []string{"Let a mail library build the message: encode non-ASCII text (quoted-printable or base64, RFC 2045) and use CRLF line endings."}},

	// a message's authentication (DMARC, SPF, DKIM) that "failed", in a
	// reply that names it ("sender domain has a DMARC reject policy and
	// authentication failed"): the message did not authenticate as its
	// domain, not the client's login (mta.auth-failed, whose words these
	// are). A login's own words (password, credentials, SASL, 535) keep it
	// auth-failed. A probe after batch 25-tail b.
	{ID: "tail25.message-authentication-failed", Any: []string{"authentication failed", "failed authentication", "fails authentication", "authentication failure", "authentication checks failed", "authentication check failed"},
		With: []string{"dmarc", "spf", "dkim", "sender domain", "domain's policy", "domain policy"},
		Not:  []string{"password", "credential", "username", "user name", "login", "log in", "sasl", "535", "534", "auth login", "auth plain", "smtp auth", "smtpclientauthentication", "5.7.8", "5.7.139", "oauth", "token", "app password", "application-specific"},
		Cat:  SenderAuth, Pri: tail25Pri + 10,
		Summary: "The message failed the receiver's sender authentication (DMARC, with SPF and DKIM): it did not authenticate as its From domain.",
		Fix: []string{"Send through servers the From domain's SPF record allows, sign with DKIM for that domain, and make SPF or DKIM align with the From domain (DMARC).",
			"Check the domain's DMARC aggregate reports for what failed."}},
}
