package explain

import "strings"

// Held-out batch 9-gw (issue 10): security gateways, filtering software and
// blocklist operators as their replies reach a sender (heldout9-gw.tsv). The
// misses of its first run fell into these kinds, each fixed here as a
// family or a concept, not a string:
//
//   - a gateway's own code says the cause while the words around it say
//     another thing: Vade's "550 5.7.1 Connection refused - OXSUS0001_105"
//     (no reverse DNS: not a network failure, not a policy), "421 4.2.1
//     Connection deferred - OXSUS0001_102" (its backend is busy: not a
//     disabled mailbox, which the X.2.1 registry meaning said). Batch 9-isp,
//     landed first, reads Vade's numbers (vadeCode, rules_isp9.go); the US
//     inbound page's 102 (a busy backend, "deferred") is one rule here.
//     Trellix Email Security's ETPnnn and Trend Micro Deep Discovery's
//     sender-filtering replies are keyword families;
//   - concepts the table did not know: "bad IP" said of the sender, the
//     recipient organisation's own "block list in force" (policy, not a
//     DNSBL), a blocklist's error answer to a misconfigured receiver ("No IP
//     queries", as "open resolver" already was), a sender domain that "does
//     not have any MX records", a virus "infected by"/"infected with" a
//     signature in a filter's log (not its message-id field), "to many" for
//     "too many", reverse DNS "look name", TLS asked for as "encryption";
//   - a policy-class temporary refusal that says only "try again later"
//     (4.7.1): a greylisting filter's answer (rspamd's, Plesk's), not a
//     fault of the server; postscreen's "450 4.3.2 Service currently
//     unavailable", which a client must retry after its first contact.

const (
	refVade     = "https://postmaster-oxsus.vadesecure.com/ (Vade OXSUS inbound codes) and /outbound_error_codes"
	refTrellix  = "https://docs.trellix.com/data-and-email/docs/error-codes (Trellix Email Security - Cloud: ETP codes)"
	refDDEI     = "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes (Trend Micro Deep Discovery Email Inspector SMTP error codes)"
	refPostscrn = "https://www.postfix.org/POSTSCREEN_README.html (postscreen: after-220 tests, the client must reconnect)"
)

// gw9Rules is built when the rule table is (assembleRules).
var gw9Rules = []rule{
	// ---- Vade: inbound OXS..0001_102 ----
	// (vadeCode, rules_isp9.go, reads Vade's numbers; the US inbound
	// page gives 102 another meaning than the outbound and EU pages: a
	// deferral because its backend is busy, worded "Connection deferred")
	{ID: "vade.inbound-busy", Any: []string{"oxsus0001_102", "oxseu0001_102", "oxsus001_102"}, All: []string{"deferred"}, Cat: ServerError, Provider: "Vade Secure", Pri: codePri + 20,
		Summary: "Vade deferred the message: it has trouble delivering to its backend servers, too many messages are queued (OXSUS0001_102, \"Connection deferred\"); the MTA retries.",
		Refs:    []string{refVade}},

	// ---- Trellix Email Security - Cloud (ETPnnn) ----
	{ID: "trellix.no-user", Any: []string{"etp101", "etp102"}, Cat: UserUnknown, Provider: "Trellix", Pri: codePri,
		Summary: "Trellix Email Security refused the recipient: the mail server behind it rejected the address (ETP102) or it is not a known BCC recipient (ETP101).",
		Refs:    []string{refTrellix}},
	{ID: "trellix.verify-defer", Any: []string{"etp103"}, Cat: ServerError, Provider: "Trellix", Pri: codePri,
		Summary: "Trellix Email Security could not verify the recipient now: the mail server behind it did not answer in time (ETP103); the MTA retries.",
		Refs:    []string{refTrellix}},
	{ID: "trellix.not-a-domain", Any: []string{"etp100", "etp105"}, Cat: RelayDenied, Provider: "Trellix", Pri: codePri,
		Summary: "Trellix Email Security takes no mail for the recipient's domain: it is not one of its customers' domains (ETP100), or that domain's mode is invalid (ETP105).",
		Refs:    []string{refTrellix}},
	{ID: "trellix.loop", Any: []string{"etp104"}, Cat: ServerError, Provider: "Trellix", Pri: codePri,
		Summary: "Trellix Email Security detected a routing loop with the sending server (ETP104).",
		Fix:     []string{"Check the routing between the sending server and the gateway (MX, smart host and connector settings) so that mail does not come back."},
		Refs:    []string{refTrellix}},
	{ID: "trellix.aborted", Any: []string{"etp106"}, Cat: ServerError, Provider: "Trellix", Pri: codePri,
		Summary: "Trellix Email Security aborted the transaction for an internal communication failure (ETP106); the MTA retries.",
		Refs:    []string{refTrellix}},

	// ---- Trend Micro Deep Discovery Email Inspector ----
	{ID: "trend.ddei-ers", Any: []string{"for zombie matches", "zombie matches (ers)", "for rbl+ matches", "rbl+ matches (ers)"}, Cat: Reputation, Provider: "Trend Micro", Pri: codePri,
		Summary: "Trend Micro's Email Reputation Services list the sending IP address: as a zombie of the dynamic list (a temporary denial) or on RBL+ (a permanent one).",
		Fix:     delistFix, Refs: []string{refDDEI, refTrendERS}},
	{ID: "trend.ddei-sender-filtering", Any: []string{"(sender filtering/authentication)", "sender filtering/authentication"}, Cat: Policy, Provider: "Trend Micro", Pri: codePri,
		Summary: "The recipient's Trend Micro gateway blocked the sender by its sender-filtering settings (directory-harvest or bounce-attack protection, traffic throttling, or SPF, DKIM and DMARC checks).",
		Refs:    []string{refDDEI}},

	// ---- concepts ----
	{ID: "gw9.bad-ip", Any: []string{"bad ip", "bad sender ip", "bad ip address", "ip is bad", "ip address is bad"},
		Not: []string{"bad ip address format", "bad ip address syntax"},
		Cat: Reputation, Pri: conceptPri + 4,
		Summary: "The receiver rates the sending IP address as bad (a blocklist or its own reputation data)."},
	{ID: "gw9.org-block-list", Any: []string{"policy level block list", "block list in force", "blocked senders policy", "blocked sender policy"},
		Cat: Policy, Pri: conceptPri + 20,
		Summary: "The recipient organisation's own block list refuses this sender (a policy of its administrator, not a public blocklist)."},
	{ID: "gw9.blocklist-query-error", Any: []string{"no ip queries", "query refused"},
		With: []string{"blocked using", "spamhaus", "uribl", "dnsbl", "rbl", "listed"},
		Cat:  ServerError, Pri: 40, Actor: ActorRecipientAdmin,
		Summary: "The receiver's blocklist lookup went wrong: the list answered with an error (an IP address queried on a domain list, or queries refused), which the receiver took for a listing. The sender is not listed.",
		Fix: []string{"Nothing to fix at the sender: the sender is not on the list.",
			"Tell the recipient's postmaster: query each list for what it lists (IP addresses on IP lists, domains on domain lists) through the server's own resolver, and treat error answers as no listing."}},
	{ID: "gw9.sender-domain-no-mx", Any: []string{"sender domain does not have any mx", "sender domain does not have an mx", "sender domain has no mx", "sender's domain has no mx", "sender domain does not have mx"},
		Cat: SenderInvalid, Pri: conceptPri + 10,
		Summary: "The receiver refused the sender: its domain has no MX record, so it could not receive a reply or a bounce."},
	{ID: "gw9.infected-by", Any: []string{"infected by", "infected with", "appears infected"},
		Not: []string{"not infected"},
		Cat: Virus, Pri: conceptPri,
		Summary: "A virus scanner found malware in the message."},
	{ID: "gw9.volume-typo", Any: []string{"to many mails", "to many emails", "to many e-mails", "to many messages", "to many connections"},
		Cat: RateLimited, Pri: conceptPri,
		Summary: "The receiver limits how much mail it takes from this sender in a period of time."},
	{ID: "gw9.reverse-name", Any: []string{"reverse look name", "reverse lookup name", "reverse look-up name", "reverse name"},
		Not: []string{"reverse name resolves"},
		Cat: PTRRequired, Pri: conceptPri + 10,
		Summary: "The sending IP address has no reverse DNS (PTR) name."},
	{ID: "gw9.encryption-required", Any: []string{"with an encryption", "with encryption", "without encryption", "encryption is required", "encryption required", "requires encryption"},
		With: []string{"must", "required", "without", "only", "rejected"},
		Not:  []string{"dkim", "s/mime", "pgp", "encrypted message", "decrypt"},
		Cat:  TLSRequired, Pri: conceptPri + 10,
		Summary: "The receiver takes mail from this sender only over an encrypted (TLS) connection."},

	// ---- held-out batch 9-gwb: its kinds ----
	// TLS asked for by the strength of its ciphers ("This route requires
	// high-strength ciphers"): the 553 around it is no address syntax
	{ID: "gw9b.cipher-strength", Any: []string{"ciphers", "cipher strength", "cipher suite"},
		With: []string{"requires", "required", "high-strength", "strong", "weak", "strength", "not allowed", "not accepted"},
		Cat:  TLSRequired, Pri: conceptPri + 10,
		Summary: "The receiver requires TLS with stronger ciphers (or a newer TLS version) than the sending server offered."},
	// a limit on parallel work (threads, concurrency): a sending limit
	{ID: "gw9b.concurrency-limit", Any: []string{"thread limit", "threads limit", "outbound thread", "concurrency limit", "concurrency", "concurrent connections", "concurrent sessions", "parallel connections"},
		With: []string{"limit", "exceed", "too many", "maximum", "reached"},
		Cat:  RateLimited, Pri: conceptPri,
		Summary: "The receiver limits how many connections or delivery threads this sender may use at once."},
	// a sender's domain blocked for spam is the domain's reputation, not
	// a verdict on this message's content
	{ID: "gw9b.domain-blocked-spam", Any: []string{"domain blocked", "domain is blocked", "domain has been blocked", "domain banned", "domain is banned", "domain has been banned"},
		With: []string{"spam", "spammer", "spamming"},
		Cat:  Reputation, Pri: conceptPri + 10,
		Summary: "The receiver blocks all mail from the sender's domain as a source of spam."},

	// ---- greylisting said only as "try again later" ----
	{ID: "gw9.policy-try-later", Any: []string{"try again later"}, Enh: []string{"4.7.1"},
		Not: []string{"too many", "rate", "limit", "spam", "blocked", "listed", "reputation", "spf", "dkim", "dmarc", "tls", "auth", "quota", "busy", "resources", "error", "unavailable", "dns", "lookup", "volume", "deferred due", "expired", "too long"},
		Cat: Greylisted, Weak: true,
		Summary: "The receiver's filter refused the message for now with no other reason, as a greylisting filter does (rspamd's, a hosting panel's): a retry after a few minutes is accepted."},
	// a bare 451 that says only "(please) try again later": FortiMail's,
	// hMailServer's and rspamd's greylisting reply (their documentation
	// and trackers say so), not a fault the server names
	{ID: "gw9.bare-451-try-later", Any: []string{"try again later"}, Codes: []int{451},
		Not: []string{"too many", "rate", "limit", "spam", "blocked", "listed", "reputation", "spf", "dkim", "dmarc", "tls", "auth", "quota", "busy", "resources", "error", "unavailable", "dns", "lookup", "volume", "deferred due", "expired", "too long",
			"local", "problem", "processing", "server", "system", "queue", "disk", "space", "storage", "timeout", "timed out", "connection", "mailbox", "user", "recipient", "sender", "virus", "scan", "policy", "denied", "refused", "rejected"},
		Cat: Greylisted, Weak: true,
		Summary: "The receiver refused the message for now and gave no other reason, as greylisting filters do (FortiMail, hMailServer, rspamd): a retry after a few minutes is accepted."},
	{ID: "postscreen.after-220", Any: []string{"service currently unavailable"}, Enh: []string{"4.3.2"}, Codes: []int{450},
		Cat: Greylisted, Pri: 10,
		Summary: "Postfix postscreen deferred the client's first contact (its after-220 tests: the client must reconnect); a retry is accepted.",
		Refs:    []string{refPostscrn}},
}

// gw9SaidHead reports whether a line is a Postfix bounce's "host X[ip]
// said:" line whose reply goes on after it (no "(in reply to" yet): its
// continuation lines follow, indented by Postfix, but often without the
// indentation when a bounce is copied from a web page or a mail reader.
func gw9SaidHead(ln string) bool {
	i := indexFold(ln, "] said: ")
	if i < 0 {
		i = indexFold(ln, "] refused to talk to me: ")
	}
	if i < 0 || indexFold(ln, "host ") < 0 || indexFold(ln, "(in reply to ") >= 0 {
		return false
	}
	return strings.IndexByte(ln[:i], '[') >= 0
}

// saidContinues reports whether a line without indentation may continue an
// open "said:" reply: not a DSN field ("Action: failed"), not the next
// recipient ("<a@b>: ...") and not a line of its own kind (another "said:").
func saidContinues(ln string) bool {
	t := strings.TrimSpace(ln)
	if t == "" || t[0] == '<' || t[0] == '-' || gw9SaidHead(t) {
		return false
	}
	if f, _, ok := dsnField(t); ok && f != "" {
		return false
	}
	return true
}

// foldSaidOpen reports whether the pending lines of a reply hold a Postfix
// "said:" reply that no "(in reply to ...)" has closed yet.
func foldSaidOpen(fold []string) bool {
	open := false
	for _, ln := range fold {
		if gw9SaidHead(ln) {
			open = true
		} else if open && indexFold(ln, "(in reply to ") >= 0 {
			return false
		}
	}
	return open
}
