package explain

// common25Rules: rules of the common25 work of session 20 (issue 10): the
// common MTAs and providers as users paste them (held-out batches 25-common
// a and b) and the labelling conventions common25 settled (docs/explain.md
// "Labelling conventions": report-level class, Exim's "Unrouteable
// address").

var common25Rules = []rule{
	// ---- the sending MTA's expiry words after a quoted reply: Exim's
	// "<reply>: retry timeout exceeded" and "retry time not reached for any
	// host after a long failure period", a gateway's "have been failing for
	// a long time" (batch 25-common b: Exim bounces over a 450 "cannot find
	// your hostname" and over Yahoo's [TS03] deferral). By the report-level
	// convention the words that say the time ran out decide the category
	// over the reply the MTA kept retrying (the corpus reads 34 such rows
	// expired); the cause is in the summary's first step. A full mailbox
	// before the words keeps its cause (wording.full-then-expired, Exim's
	// local appendfile quota) ----
	{ID: "common25.expired-after-reply", Any: []string{"retry timeout exceeded", "retry time not reached for any host after a long failure period",
		"have been failing for a long time"},
		Not: []string{"mailbox is full", "mailbox full", "over quota", "quota exceeded"},
		// (after a temporary reply only: a 5xx bounces at once, and the words
		// alone are wording.expired's)
		Codes: []int{420, 421, 422, 431, 432, 441, 442, 446, 447, 450, 451, 452, 453, 454, 455, 471},
		Cat:   Expired, Pri: 40,
		Summary: "The sending MTA gave up: it kept the message queued and retried after each temporary refusal until its retry period ran out, and returned it.",
		Fix: []string{"Read the reply quoted before the expiry words: it is the refusal the MTA kept retrying (a block, greylisting, a missing PTR, a full server); fix that cause, then resend.",
			"If the receiver is only slow, a longer retry period (Exim's retry rules, Postfix's maximal_queue_lifetime) gives it more time."}},

	// ---- rspamd's multimap refusal "Matched map: <NAME>" whose map is of
	// sender addresses or domains (batch 25-common b: "554 5.7.1 Matched
	// map: BLOCKLIST_SENDER_DOMAIN"): a list the receiving site keeps, of
	// senders, is policy by the block-list convention (a map of IPs or a
	// DNS list is the host's reputation) ----
	{ID: "common25.rspamd-sender-map", Any: []string{"matched map"},
		With: []string{"sender", "blocklist_sender", "blacklist_sender", "denylist_sender", "bl_sender", "sender_domain", "sender_blocklist", "sender_blacklist",
			"from_domain", "envfrom", "mailfrom", "mail_from"},
		Not: []string{"_ip", "ip_", "client", "rbl", "dnsbl"},
		Cat: Policy, Pri: conceptPri + 6,
		Summary: "The receiving site's spam filter (rspamd's multimap) refused the message because the sender address or domain is on a list the site keeps.",
		Fix:     []string{"Ask the recipient's postmaster why the sender or its domain is on their list, and to remove it if the mail is wanted."}},

	// ---- a server with no connection slot left (batch 25-common b:
	// "421 <host> out of connection slots"): its limit of concurrent
	// connections, lifted as connections close ----
	{ID: "common25.out-of-connection-slots", Any: []string{"out of connection slots", "no free connection slots", "no connection slots", "connection slots exhausted"},
		Cat: RateLimited, Pri: conceptPri,
		Summary: "The receiving server has no free connection slot (its limit of concurrent connections is reached): it refuses new connections until some close.",
		Fix:     []string{"Nothing to do at once: the sending MTA retries. If it recurs, lower the number of parallel connections to that destination."}},
}
