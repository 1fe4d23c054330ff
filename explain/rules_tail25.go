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
}
