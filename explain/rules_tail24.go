package explain

import "strings"

// Rules of batch 24 helper tail24 (issue 10, session 19): the long tail's
// result records, reason keys and wrappers found wrong on held-out batch
// 24-tail's first run (docs/heldout/heldout24-tail.md). Kinds fixed where
// they arise elsewhere:
//
//   - a sending service's final-state field (Mailgun's reason "old": the
//     service retried until the message was too old) decides over the last
//     attempt's reply it quotes ("4.4.2 Connection timed out"): espRules
//     (rules_mta7.go) gives the services' expiry values a priority
//     (espFinalStatePri);
//   - "does not have the right to send mail on behalf of" (Exchange's
//     send-as refusal as the Office 365 Outlook connector returns it) joins
//     mta13.send-on-behalf.
//
// Each kind is tested in new wording in tail24_kinds_test.go.

const tail24Pri = 14

// espMailerQ is MailerQ's result record: "results" holding attempts, each
// with a "state" (the delivery stage) and a "result" (accepted, timeout,
// lost, invalid, error), as its documentation's result queues publish them
// (CopernicaMarketingSoftware/Documentation Mailerq/4.0/json-results.md).
const espMailerQ = "MailerQ"

// espOf24 tells MailerQ's result record by its keys (espOf, rules_mta7.go).
func espOf24(kvs []espKV, s string) string {
	var state, result bool
	for _, kv := range kvs {
		switch kv.key {
		case "state":
			state = true
		case "result":
			result = true
		}
	}
	if state && result && strings.Contains(s, `"results"`) {
		return espMailerQ
	}
	return ""
}

var tail24Rules = []rule{
	// MailerQ's result record names the delivery stage and the kind of
	// result (state dns, result error: the DNS lookup failed — the domain
	// does not exist or has no address for mail; state amqp, result
	// timeout: the message expired, its maxdelivertime or maxattempts
	// exceeded). The record's keys are blanked before the words are read,
	// so the stage is the service's field (espOf24) and the result its
	// value's word. A reply in the record's own fields decides as usual.
	{ID: "tail24.mailerq-dns-error", ESP: espMailerQ + " state=dns", Any: []string{"error"},
		Cat: HostUnknown, Pri: tail24Pri + 10,
		Summary: "The sending MTA's DNS lookup for the recipient's domain failed: the domain does not exist or publishes no address that accepts mail.",
		Fix:     []string{"Check the recipient's domain for typos; if it is right, its owner must publish MX (or A/AAAA) records for it."}},
	{ID: "tail24.mailerq-expired", ESP: espMailerQ + " state=amqp", Any: []string{"timeout"},
		Cat: Expired, Pri: tail24Pri + 10,
		Summary: "The sending MTA gave up on the message: its maximum delivery time or number of attempts was exceeded before it could be delivered.",
		Fix:     []string{"Look at the earlier attempts' results for the cause; fix it and send the message again, or raise the message's maxdelivertime or maxattempts."}},

	// ... and a result "lost": the connection was lost while MailerQ waited
	// for the server's answer (batch 24-tail b)
	{ID: "tail24.mailerq-lost", ESP: espMailerQ + " result=lost",
		Cat: Network, Pri: tail24Pri,
		Summary: "The connection to the receiving server was lost while the sending MTA waited for its answer; the MTA retries.",
		Fix:     []string{"Nothing to change if later attempts succeed; if the connection keeps dropping, check the network path and the receiving server's availability."}},

	// ... and any result at the connect stage (error, timeout, lost): the
	// TCP connection to the receiving server could not be set up (a probe
	// after batch 24-tail b)
	{ID: "tail24.mailerq-connect", ESP: espMailerQ + " state=connect",
		Cat: Network, Pri: tail24Pri,
		Summary: "The sending MTA could not set up the TCP connection to the receiving server; it retries.",
		Fix:     []string{"Nothing to change if later attempts succeed; if the connection keeps failing, check that the receiving server's MX hosts accept connections on port 25 from the sending IP."}},

	// a delivery agent that could not set up the recipient's user (Dovecot
	// LMTP's "Failed to initialize user", "Failed to lookup user": its
	// userdb, privileges or mail storage; it answers the RCPT with 451
	// 4.3.0 Temporary internal error): the receiving server's own fault
	{ID: "tail24.lda-user-setup-failed", Any: []string{"failed to initialize user", "failed to lookup user", "failed to look up user", "user initialization failed"},
		Not: []string{"user unknown", "unknown user", "no such user", "doesn't exist", "does not exist", "not found"},
		Cat: ServerError, Pri: tail24Pri,
		Summary: "The receiving server's delivery agent could not set up the recipient's user (its user database, privileges or mail storage failed): its own fault, not the address.",
		Fix:     []string{"The sending MTA retries a 4xx by itself; if it persists, the receiving site's administrator must fix the delivery agent's user lookup or storage (see its log)."}},

	// a message that "exceeds" the recipient's, the user's or the mailbox's
	// quota ("552 5.2.2 Message exceeds the recipient's quota", "452 4.2.2
	// Message exceeds user quota"): the quota is the mailbox's storage, as
	// the size-limit convention reads a limit that names the mailbox; the
	// words "message exceeds" alone made it the message's size (a probe
	// after batch 24-tail b). A sending quota stays a rate limit.
	{ID: "tail24.message-exceeds-mailbox-quota", Any: []string{"exceeds the recipient's quota", "exceeds recipient's quota", "exceeds recipient quota", "exceeds the recipient quota",
		"exceeds user quota", "exceeds user's quota", "exceeds the user's quota", "exceeds the user quota", "exceeds mailbox quota", "exceeds the mailbox quota",
		"exceeds disk quota", "exceeds the disk quota", "exceeds storage quota", "exceeds the storage quota", "exceeds quota", "exceeds the quota", "exceeds his quota", "exceeds her quota", "exceeds their quota",
		"exceed the recipient's quota", "exceed recipient's quota", "exceed user quota", "exceed the user's quota", "exceed mailbox quota", "exceed the mailbox quota", "exceed quota", "exceed the quota"},
		Not: []string{"sending quota", "send quota", "daily quota", "hourly quota", "monthly quota", "submission quota", "rate quota", "api quota", "request quota", "message quota", "recipient quota per"},
		Cat: MailboxFull, Pri: tail24Pri + 10,
		Summary: "The recipient's mailbox has no room for this message: it would exceed the mailbox's storage quota.",
		Fix:     []string{"The recipient must delete mail or get a larger quota; a smaller message may still fit, or send again later."}},

	// a platform's "address was not correct" (Marigold Engage's state 13
	// "Failed - address": the address was not correct, an @ missing): the
	// address's form, as "incorrect email" is read (mta7.words-bad-address)
	{ID: "tail24.words-address-not-correct", Any: []string{"address was not correct", "address is not correct", "address not correct", "address was incorrect", "address is incorrect",
		"mailaddress was not correct", "mailaddress is not correct", "mailaddress not correct", "emailaddress is not correct", "emailaddress was not correct"},
		Not: []string{"ip address", "server address", "host address", "sender address", "from address"},
		Cat: Syntax, Weak: true,
		Summary: "The address is not a valid email address (the sending service's classification)."},

	// a suppression record's one-word reason as a JSON member ("reason":
	// "HARDBOUNCE", OCI Email Delivery's Suppression): the rules never see
	// a JSON key, so "reason" and its value are the field any service may
	// have (espTokens); read by the suppression convention — a hard bounce
	// is the address's (user-unknown), a complaint the recipient's choice
	// (policy). (After batch 24-tail b: heldout23-tail's known failure.)
	{ID: "tail24.json-reason-hardbounce", ESP: espAny + " reason=hardbounce",
		Cat: UserUnknown, Pri: tail24Pri,
		Summary: "The sending service does not send to the address: it is suppressed because mail to it hard-bounced (the address does not exist).",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before removing it from the suppression list."}},
	// (Mandrill's reject reason nested as "reject": {"reason": "hard-bounce"})
	{ID: "tail24.json-reason-hard-bounce", ESP: espAny + " reason=hard-bounce",
		Cat: UserUnknown, Pri: tail24Pri,
		Summary: "The sending service does not send to the address: it is suppressed because mail to it hard-bounced (the address does not exist).",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before removing it from the suppression list."}},
	{ID: "tail24.json-reason-hard_bounce", ESP: espAny + " reason=hard_bounce",
		Cat: UserUnknown, Pri: tail24Pri,
		Summary: "The sending service does not send to the address: it is suppressed because mail to it hard-bounced (the address does not exist).",
		Fix:     []string{"Remove the address from your lists, or confirm it with the recipient by another channel before removing it from the suppression list."}},
	{ID: "tail24.json-reason-complaint", ESP: espAny + " reason=complaint",
		Cat: Policy, Pri: tail24Pri,
		Summary: "The sending service does not send to the address: it is suppressed because the recipient complained (marked mail as spam).",
		Fix:     []string{"Do not send to the address unless the recipient asks again; remove it from the suppression list only with their consent."}},

	// a recipient verified by a forwarding callout and refused there (VIPRE
	// Email Security's "Call forward rejected", its "Invalid Mailbox (Call
	// FWD)"): the next server refused the recipient, as an Exim recipient
	// callout that failed
	{ID: "tail24.call-forward-rejected", Any: []string{"call forward rejected", "call forward failed", "call-forward rejected", "callforward rejected", "call fwd rejected",
		"call forward verification failed", "call-forward verification failed"},
		Cat: UserUnknown, Pri: tail24Pri,
		Summary: "The gateway checked the recipient with the mail server behind it (a call forward) and that server refused the address.",
		Fix:     []string{"Check the recipient address for typos; if it is right, its mailbox does not exist on the recipient's server."}},

	// a sending platform's classification "Bad user" (Marigold Engage's
	// message state 10 "Failed - Bad user": the user was unknown), as
	// "bad domain" and "bad mailbox" are read
	{ID: "tail24.words-bad-user", Any: []string{"bad user", "bad-user", "bad_user"},
		Not: []string{"username", "user name", "user-name", "user_name", "password", "login", "credential", "auth"},
		Cat: UserUnknown, Weak: true,
		Summary: "The recipient address does not exist (the sending service's classification)."},

	// an address on a sending platform's own blacklist (Odoo's failure type
	// mail_bl "Blacklisted Address": opted out, or added by hand): the
	// suppression convention reads a hold by its reason, and an address
	// held by the sender's own platform is policy — not a DNS blocklist
	// listing of a host, which names an IP, a host or a list
	{ID: "tail24.address-blacklisted", Any: []string{"blacklisted address", "blacklisted email address", "blacklisted e-mail address", "blocklisted address",
		"address is blacklisted", "address blacklisted", "address has been blacklisted", "address is blocklisted", "address blocklisted",
		"email is blacklisted",
		// a contact on the platform's own blacklist (Brevo's blocked event
		// "blocked : due to blacklist user"; a probe after batch 24-tail b)
		"blacklist user", "blacklisted user", "blacklisted contact", "contact blacklisted", "contact is blacklisted", "blocklisted contact", "contact is blocklisted",
		// Odoo's key value itself ("failure_type=mail_bl"); Road Runner's
		// "mail_blocks.htm" is not it (Not)
		"mail_bl"},
		Not: []string{"mail_block", "ip address", " ip ", "ip is", "client host", "sending host", "your server", "your host", "server address", "dnsbl", "rbl", "spamhaus", "spamcop",
			"blocked using", "listed at", "listed in", "listed on", "uribl", "surbl", "dbl"},
		Cat: Policy, Pri: tail24Pri + 10,
		Summary: "The address is on a block list kept by the sender's platform or the receiving site (an opt-out, or an entry added by hand), not on a DNS blocklist.",
		Fix:     []string{"Send to the address only if its owner asks again; whoever keeps the list (the sending platform's admin, or the receiving site) can take it off."}},

	// a size limit named by the filter that applies it ("552 5.5.2 Message
	// size (content filter)", Hornetsecurity's classification): the size
	// decides, not the word "content filter" (which names where, not why)
	{ID: "tail24.size-at-content-filter", Any: []string{"message size", "size limit", "message too large", "message too big", "message is too large", "message is too big", "size exceeds", "exceeds the size"},
		With: []string{"content filter", "content-filter", "contentfilter"},
		Not:  []string{"spam", "virus", "malware"},
		Cat:  MessageTooBig, Pri: tail24Pri + 10,
		Summary: "The receiver's content filter refused the message because of its size.",
		Fix:     []string{"Send a smaller message: link to large files instead of attaching them, or compress them."}},
}

// libraryAuthErrorOverIntermediate reports a client library's
// authentication error whose reply is an intermediate 3xx (Ruby's
// "Net::SMTPAuthenticationError: 334 VXNlcm5hbWU6": the server asked for
// the user name again where the client expected 235, as with a mechanism
// the account does not take): the login failed, the 3xx is no success (a
// probe after batch 24-tail b). A 3xx in a transcript without such an
// error stays an intermediate reply.
func libraryAuthErrorOverIntermediate(input string, code int) bool {
	if code/100 != 3 {
		return false
	}
	for _, w := range [...]string{"smtpauthenticationerror", "authenticationfailedexception", "authenticationexception", "authenticationerror", "smtpautherror"} {
		if indexFold(input, w) >= 0 {
			return true
		}
	}
	return false
}
