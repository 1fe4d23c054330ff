package explain

import "strings"

// Rules and readings of helper tail21 (issue 10, session 16): the long
// tail's own statuses, identifiers and reason labels — a sending platform's
// status values, an API's error names and constants, a queue manager's
// states — found wrong on held-out batch 21-tail's first run and again in
// the first runs of batches 12 to 20 (docs/heldout/heldout21-tail.md). Each
// kind is tested in new wording in tail21_kinds_test.go.
//
//   - A platform's own suppression or quarantine of an address is read by
//     its reason: after a hard bounce the address does not exist
//     (user-unknown, as "previously bounced" is); an address quarantined,
//     or denylisted without that reason, or a bare status "too many
//     bounces", is the platform's hold (policy).
//   - A status or reason value that names a list the platform keeps
//     ("= blacklisted", "Reason: blacklist") is its own list, not a DNS
//     blocklist: policy, unless a host, an IP or a DNS list is named.
//   - JavaMail's address-parser messages (InternetAddress: "Missing final
//     '@domain'", "Domain contains control or whitespace", "Missing local
//     name"), which Amazon SES returns as InvalidParameterValue, say that
//     an address is malformed: syntax.
//   - A sending API's result identifiers (HubSpot's sendResult
//     PREVIOUS_SPAM, INVALID_TO_ADDRESS) are read as words
//     (classificationKey takes keys ending in "result").
//   - A message refused because it is not authenticated ("Cannot forward
//     emails that are not authenticated", under 5.7.26) is sender
//     authentication, not SMTP AUTH.
//   - A record's own retry action ("action": "retry_after_24h") and its
//     failure type ("Failure type: Soft") give the class
//     (tail21LineAction).
//   - An error type written NAMESPACE:CONSTANT (MuleSoft's
//     EMAIL:UNKNOWN_HOST) is read by its constant's words
//     (enumMemberConstant).
//   - A library's "Expected response code 250 but got code 221" is no
//     success: the server answered out of turn, the transaction failed.
//   - A queued job that gave up ("has been attempted too many times ... may
//     have previously timed out") names no timeout of this attempt.
//
// Batch 21-tail b's kinds: a request without a valid recipient ('Invalid
// "To" e-mail address', "Recipient address required") is syntax; an
// address "on the bounce list" is the suppression convention's
// user-unknown; an address verifier's reasons (Kickbox's and Emailable's
// rejected_email, no_connect, unavailable_smtp); a mail merge stopped after
// too many bounces is the platform's hold; Gmail API's "Delegation denied"
// is the sender, as a send-as refusal is; a domain that "does not appear
// to be registered" does not exist; a status "…_attempted" (Knock's
// delivery_attempted) is an attempt that may be retried (outcomeValue),
// and an event's name is read by its words (identifierWords).

const tail21Pri = 14

var tail21Rules = []rule{
	// ---- a platform's suppression or quarantine, read by its reason ----
	{ID: "tail21.suppressed-hard-bounce", Any: []string{"quarantine", "quarantined", "suppression", "suppressed", "suppressionreason", "denylist", "do-not-send", "do not send"},
		With: []string{"hard_bounce", "hard bounce", "hardbounce", "hard-bounce", "hard bounced", "reason: bounce", "reason=bounce", "reason: bounced"},
		Not:  []string{"complaint", "spam", "unsubscrib", "manual", "soft bounce", "soft_bounce", "softbounce", "too many"},
		Cat:  UserUnknown, Pri: tail21Pri + 6,
		Summary: "The sending platform did not send: the address is suppressed (quarantined) because an earlier message to it hard-bounced — it does not exist.",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before releasing it from the platform's suppression list."}},
	{ID: "tail21.quarantined-address", Any: []string{"quarantined address", "address quarantined", "address is quarantined", "address is in quarantine", "address in quarantine",
		"denylisted address", "address is denylisted", "address denylisted", "on the denylist", "blocklisted address", "address is blocklisted"},
		// (an address held for its bounces is read by its reason, user-unknown:
		// the "too many bounces" convention common22 settled)
		Not: []string{"ip address", "ip addresses", "client host", "sending host", "dnsbl", "spamhaus", "message quarantined", "email quarantined",
			"too many bounces", "too_many_bounces", "bounced too many", "bounces reached"},
		Cat: Policy, Pri: tail21Pri,
		Summary: "The sending platform did not send: the address is on its own quarantine or deny list (after earlier bounces, a complaint or by an administrator).",
		Fix: []string{"Find in the platform why the address was quarantined; if the cause is gone, release it there, then send again.",
			"If it bounced as invalid, remove it from your lists."}},
	// a hold after too many bounces, said as a status value with no subject
	// ("= too_many_bounces", "Bounce status: bounce limit reached"): an
	// address held for its bounces is read by the suppression's reason,
	// user-unknown, as esp9's and lda19's rules read the bounces of a named
	// address (the convention common22 settled; this rule first read it as
	// the platform's hold, policy); a receiver's "too many bounces, try
	// again later" is its rate limit, a frozen account the account's state
	{ID: "tail21.bounce-limit", Any: []string{"too many bounces", "too many hard bounces", "bounced too many times",
		// (a "bounce limit" reached is the account's: prov17.bounce-limit-suspension)
		// ServiceNow's list of addresses that bounced (moved here from
		// tail21.quarantined-address by common22's convention)
		"bounce email addresses", "bounced email addresses"},
		Not: []string{"try again", "later", "rate limit", "account", "frozen", "sender"},
		Cat: UserUnknown, Pri: conceptPri,
		Summary: "The sending platform did not send: the address bounced too many times and the platform holds it (it does not take mail).",
		Fix: []string{"Find the earlier bounces in the platform's records; if the address is invalid, remove it.",
			"If the cause is gone, release the address at the platform, then send again."}},
	// ---- a list the platform keeps, said as a status value ----
	{ID: "tail21.own-list-status", Any: []string{"= blacklisted", "=blacklisted", "reason: blacklist", "reason: blacklisted", "reason: blocklist", "reason: blocklisted", "reason: denylist",
		"reason=blacklist", "status: blacklisted", "status: blocklisted", "status=blacklisted", "\"blacklisted\"", "\"blocklisted\"", "\"denylisted\""},
		Not: []string{"ip address", "client host", "sending host", "dnsbl", "rbl", "spamhaus", "listed at", "listed on", "listed in", "blocked using", "sender ip"},
		Cat: Policy, Pri: tail21Pri,
		Summary: "The platform did not send: the address is on a list it keeps (a blacklist of recipients), not on a DNS blocklist.",
		Fix:     []string{"Find in the platform's lists why the address is there; remove it only if the person asks for your mail again."}},
	// ---- a campaign the platform paused for its bounce or complaint rate ----
	{ID: "tail21.campaign-paused", Any: []string{"paused automatically", "automatically paused", "campaign was paused", "campaign has been paused", "campaign paused",
		// a mail merge stopped by its add-on (YAMM: "an unusually high amount
		// of bounces was detected"; held-out batch 21-tail b)
		"merge was stopped", "merge has been stopped", "sending was stopped", "stopped automatically"},
		With: []string{"bounce rate", "complaint rate", "spam rate", "unsubscribe rate", "bounces"},
		Not:  []string{"your ip", "try again"},
		Cat:  Policy, Pri: tail21Pri,
		Summary: "The sending platform paused the campaign: too many of its recent messages bounced (or drew complaints).",
		Fix:     []string{"Verify and clean the list (remove invalid and unengaged addresses) before resuming the campaign."}},
	// ---- an address on the platform's bounce list (the suppression
	// convention: user-unknown), said of the address ("is on your
	// account's bounce list"; lda20 reads a member moved to it) ----
	{ID: "tail21.on-bounce-list", Any: []string{"bounce list", "bounced list", "bounces list"},
		With: []string{"is on", "on your", "on the", "skipped", "not sent", "suppressed", "excluded"},
		Not:  []string{"spam", "complaint", "unsubscrib", "removed from", "remove from", "delete"},
		Cat:  UserUnknown, Pri: tail21Pri,
		Summary: "The sending platform did not send: the address is on its bounce list (an earlier message to it bounced as invalid).",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before removing it from the bounce list."}},
	// ---- an address verifier's reasons (Kickbox's and Emailable's
	// "reason" values, read as words: rejected_email, no_connect,
	// unavailable_smtp) ----
	{ID: "tail21.verifier-rejected-email", Any: []string{"rejected email"}, With: []string{"undeliverable"},
		Cat: UserUnknown, Pri: tail21Pri,
		Summary: "The address verifier found the address undeliverable: the receiving server rejected it (it does not exist).",
		Fix:     []string{"Remove the address from the list, or ask the person for a correct one."}},
	{ID: "tail21.verifier-no-connect", Any: []string{"no connect"},
		Cat: Network, Weak: true, Pri: tail21Pri,
		Summary: "The address verifier could not connect to the domain's mail server; the result is unknown, try again later.",
		Fix:     []string{"Verify the address again later; if the domain's MX stays unreachable, mail to it will not be delivered either."}},
	{ID: "tail21.verifier-unavailable-smtp", Any: []string{"unavailable smtp"},
		Cat: ServerError, Weak: true, Pri: tail21Pri,
		Summary: "The address verifier found the domain's SMTP server unavailable to answer; the result is unknown, try again later.",
		Fix:     []string{"Verify the address again later."}},
	// ---- an API's refusal to send as another account (Gmail API's
	// "Delegation denied for <account>", as Graph's ErrorSendAsDenied) ----
	{ID: "tail21.delegation-denied", Any: []string{"delegation denied"},
		Cat: SenderInvalid, Pri: tail21Pri,
		Summary: "The mail API refused to send as that address: the authenticated account is not allowed to send for it (no delegation or send-as right).",
		Fix:     []string{"Send as the authenticated account itself, or add the address as a verified send-as alias (Gmail) or grant the send-as right for it, then send again."}},
	// ---- a domain the NDR says is not registered (MailEnable's "does not
	// appear to be registered", Reason Code: Invalid Domain Name) ----
	{ID: "tail21.domain-not-registered", Any: []string{"does not appear to be registered", "domain name is not registered", "domain is not registered"},
		Not: []string{"sender", "your domain", "sending domain"},
		Cat: HostUnknown, Pri: tail21Pri,
		Summary: "The recipient's domain is not registered: it does not exist in DNS, so no mail server can be found for it.",
		Fix:     []string{"Check the domain part of the address for a typo; a domain that is not registered receives no mail."}},
	// ---- JavaMail's address parser (SES's InvalidParameterValue) ----
	{ID: "tail21.address-parser", Any: []string{"missing final", "missing domain", "missing local name",
		"domain contains control or whitespace", "local address contains control or whitespace", "domain contains illegal character", "local address contains illegal character",
		"domain ends with dot", "domain starts with dot", "local address ends with dot", "local address starts with dot", "domain contains dot-dot", "local address contains dot-dot",
		"quoted local address contains", "illegal route-addr", "missing '>'", "missing '<'"},
		Not: []string{"sender", "mail from", "helo", "dns", "mx"},
		Cat: Syntax, Pri: tail21Pri,
		Summary: "An address of the message is malformed (the address parser refused it: no domain, no local part, or a character an address may not hold).",
		Fix: []string{"Check the From, To, Cc and Bcc addresses the application passes: each needs a local part, '@' and a domain, with no spaces, control characters or a trailing dot.",
			"A display name with special characters must be quoted (\"Name, Inc.\" <info@example.com>)."}},
	// ---- a sending API's result identifiers, read as words ----
	{ID: "tail21.previous-spam", Any: []string{"previous spam", "previously marked as spam", "previously reported as spam", "previous spam complaint", "prior spam complaint"},
		Cat: Policy, Pri: tail21Pri,
		Summary: "The sending platform did not send: the recipient marked an earlier message as spam, and the platform suppresses the address.",
		Fix:     []string{"Do not send to the address again unless the person asks for your mail (a new opt-in)."}},
	{ID: "tail21.invalid-to-address", Any: []string{"invalid to address", "invalid cc address", "invalid bcc address", "invalid recipient email address format",
		// an application's own check of a field it was given (Post SMTP's
		// 'Invalid "To" e-mail address'), an API's request without a
		// recipient (Gmail API's "Recipient address required"; held-out
		// batch 21-tail b)
		"invalid \"to\" e-mail address", "invalid \"cc\" e-mail address", "invalid \"bcc\" e-mail address", "invalid \"to\" email address",
		"invalid “to” e-mail address", "invalid “cc” e-mail address", "invalid “bcc” e-mail address",
		"recipient address required", "recipient address is required", "at least one recipient is required", "no recipients specified", "no recipient specified"},
		Cat: Syntax, Pri: tail21Pri,
		Summary: "The sending API refused the request: a recipient address it was given is not a valid email address.",
		Fix:     []string{"Check the address the application passes in the request's to (cc, bcc) field: one address, local part '@' domain, no display name unless the API takes one."}},
	// ---- a message that is not authenticated (SPF/DKIM), not a client ----
	{ID: "tail21.unauthenticated-message", Any: []string{"emails that are not authenticated", "email that is not authenticated", "messages that are not authenticated", "message that is not authenticated",
		"mail that is not authenticated", "not authenticated emails", "unauthenticated emails", "unauthenticated messages"},
		Not: []string{"smtp auth", "log in", "login", "client", "relay"},
		Cat: SenderAuth, Pri: tail21Pri,
		Summary: "The receiver (or forwarder) refused the message because it is not authenticated: neither SPF nor DKIM passes for the sender's domain.",
		Fix: []string{"Publish SPF for the sending IPs and sign with DKIM for the From domain (aligned), then send again.",
			"For forwarded mail, the forwarder refuses what it could not pass on authenticated: fix the original sender's SPF/DKIM."}},
	// ---- Ruby Net::SMTP's exception for a 5xx syntax reply, named alone ----
	{ID: "tail21.ruby-smtp-syntax", Any: []string{"smtpsyntaxerror", "smtpunsupportedcommand"},
		Cat: Syntax, Weak: true, Pri: tail21Pri,
		Summary: "The server refused a command as malformed or unsupported (Ruby Net::SMTP raises SMTPSyntaxError for a 500/501 reply, SMTPUnsupportedCommand for an extension the server does not offer).",
		Fix:     []string{"Find the server's reply in the exception's message: it names the command and the parameter it refused (an address with spaces or without angle brackets, an option the server does not support)."}},
	// ---- a library's error constants that name the state, not the reply
	// (Geary's SmtpError NOT_CONNECTED and REQUIRED_FIELD, read as words) ----
	{ID: "tail21.not-connected", Any: []string{"not connected", "no connection to the server", "not connected to the server"},
		Not: []string{"mailbox", "account", "recipient", "user", "domain", "mobile"},
		Cat: Network, Weak: true, Pri: tail21Pri,
		Summary: "The client had no connection to the mail server when it tried to send (never connected, or the connection was lost).",
		Fix:     []string{"Check that the client can reach the server (host, port, TLS mode, a firewall); it retries when the connection is back."}},
	{ID: "tail21.required-field", Any: []string{"required field", "missing required field", "field is required", "required parameter", "missing required parameter"},
		Not: []string{"subject", "header"},
		Cat: Syntax, Weak: true, Pri: tail21Pri,
		Summary: "The request or command lacked a field the library or API requires (a recipient, a sender, a body).",
		Fix:     []string{"Fill in the field the error names before sending; the application passed it empty."}},
	// ---- a record's failure reason said in one word ----
	{ID: "tail21.reason-unreachable", Any: []string{"reason: unreachable", "reason=unreachable", "status: unreachable"},
		Cat: Network, Weak: true, Pri: tail21Pri,
		Summary: "The sending platform could not reach the recipient's mail server (its failure reason: unreachable); it retries.",
		Fix:     []string{"Let the platform retry; if the domain stays unreachable, check its MX hosts and whether they accept connections on port 25."}},
	{ID: "tail21.address-empty", Any: []string{"address empty", "address is empty", "empty email address", "email address is empty", "recipient address is empty", "no recipient address"},
		Not: []string{"sender", "mail from", "from:<>", "null", "return-path", "return path", "reverse-path", "failed to expand"},
		Cat: Syntax, Pri: tail21Pri,
		Summary: "The platform did not send: the recipient's address is empty (no address is defined for the profile).",
		Fix:     []string{"Fill in the address of the profile or contact, or exclude profiles without an address from the send."}},
}

// tail21GaveUpWording: a queue manager's job that gave up ("has been
// attempted too many times or run too long", Laravel's
// MaxAttemptsExceededException): the message came back to nobody, but it
// is not retried.
var tail21GaveUpWording = []string{"attempted too many times", "max attempts exceeded", "maximum attempts exceeded", "maxattemptsexceeded"}

// tail21LineAction is the class a line gives the message itself from a
// record's own words: an action that retries ("action": "retry",
// "retry_after_24h", "retry_with_backoff") or a failure type of soft
// ("Failure type: Soft") is "delayed", a failure type of hard "failed";
// "" otherwise (final20LineAction).
func tail21LineAction(ln string) string {
	for _, k := range [...]string{"\"action\":\"", "\"action\": \"", "action: ", "action=", "failure type: ", "failure type=", "failuretype=", "\"failuretype\":\""} {
		i := indexFold(ln, k)
		if i < 0 || (i > 0 && isAlnum(ln[i-1])) {
			continue
		}
		v := ln[i+len(k):]
		if strings.HasPrefix(k, "failure") || strings.HasPrefix(k, "\"failure") {
			switch {
			case len(v) >= 4 && strings.EqualFold(v[:4], "soft") && (len(v) == 4 || !isAlpha(v[4])):
				return "delayed"
			case len(v) >= 4 && strings.EqualFold(v[:4], "hard") && (len(v) == 4 || !isAlpha(v[4])):
				return "failed"
			}
			continue
		}
		if len(v) >= 5 && strings.EqualFold(v[:5], "retry") {
			return "delayed"
		}
	}
	return ""
}

// libraryUnexpectedSuccess reports a success code that a client library
// reports as the reply it did not expect ("Expected response code "250"
// but got code "221", with message "221 Closing connection ...""): the
// server answered out of turn (or closed the connection), and the
// transaction failed.
func libraryUnexpectedSuccess(input string, code int) bool {
	if code/100 != 2 {
		return false
	}
	i := indexFold(input, "but got code")
	if i < 0 {
		i = indexFold(input, "but got response")
	}
	return i >= 0 && indexFold(input[:i], "expected response code") >= 0
}
