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

	// a platform's "address was not correct" (Marigold Engage's state 13
	// "Failed - address": the address was not correct, an @ missing): the
	// address's form, as "incorrect email" is read (mta7.words-bad-address)
	{ID: "tail24.words-address-not-correct", Any: []string{"address was not correct", "address is not correct", "address not correct", "address was incorrect", "address is incorrect",
		"mailaddress was not correct", "mailaddress is not correct", "mailaddress not correct", "emailaddress is not correct", "emailaddress was not correct"},
		Not: []string{"ip address", "server address", "host address", "sender address", "from address"},
		Cat: Syntax, Weak: true,
		Summary: "The address is not a valid email address (the sending service's classification)."},

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
