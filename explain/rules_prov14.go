package explain

// Rules of held-out batch 14-prov (session 9): kinds found on the batch's first
// run, each tested in new wording in prov14_kinds_test.go.
//
// Held-out batch 14-prov (issue 10): mailbox providers', ISPs' and hosting
// companies' replies as users pasted them (heldout14-prov.tsv). Its first
// run (38 of 53; category 39, class 47) showed these kinds; the ones fixed
// here are vocabulary, the others are fixed where they arise:
//
//   - vocabulary, a mailbox's storage in the words of small providers and
//     Chinese and Japanese hosts' English: a message size compared with the
//     mailbox's remaining quota ("Message size exceeds remaining quota" is
//     a full mailbox, not a message too big), a quota that exceeds its hard
//     limit, "mail box" in two words and its space "not enough";
//   - vocabulary, the verdict sentence of a provider's returned-mail notice
//     ("Your email was marked as spam by the system") decides over the
//     causes its advice lists after it ("... or the account reputation is
//     poor");
//   - form, typographic quotes (pastes.go plainQuotes): "doesn’t exist" and a
//     soft “bounce” as text copied from a web page or a client's window;
//   - form, a reply that Postfix flattened ("550-A 550 B") and its bounce
//     folded, pasted without the indentation (parse.go foldedFlatReply);
//   - stage, the AUTH exchange goes on after the server's 334 challenge, and
//     a 454 in reply to AUTH is a temporary authentication failure (parse.go,
//     classify.go); a command behind a session number ("[#0] AUTH LOGIN");
//   - matcher, a word inside a slash-joined software tag with an underscore
//     ("F-Secure/virusgw_smtp/...") is no verdict (matcher.go inIdentifier).
//
// Held-out batch 14-prov b (heldout14-provb.tsv): ISPs' and hosting
// companies' replies from other sources. Its first run (25 of 30; category
// 25, class 29) showed these kinds, all vocabulary:
//
//   - Exim's router failure "unknown local-part "x" in domain "y"" (the
//     hyphenated local-part) is an unknown recipient;
//   - "domain doesn't exist" in the contraction is the domain, not the
//     user (the uncontracted form was host-not-found already);
//   - a server's spool that cannot be written ("spool faile, please try
//     again") is the receiver's own trouble, whatever X.5.1 says;
//   - qmail POP-before-SMTP's "you must get POP/APOP authorization" asks
//     the client to log in by POP before it sends.

var prov14Rules = []rule{
	// the recipient's mailbox storage in other words: the remaining quota a
	// message's size is compared with, a quota over its hard limit, "mail
	// box" in two words and its space that is not enough
	{ID: "prov14.mailbox-space", Any: []string{"exceeds remaining quota", "exceeds the remaining quota", "exceeds your remaining quota",
		"larger than the remaining quota", "quota exceed the hard limit", "quota exceeds the hard limit", "exceed the hard limit for user",
		"mail box space", "mail box is full", "mail box full", "mail box quota", "mailbox space not enough", "mailbox space is not enough",
		"space not enough", "not enough mailbox space", "not enough space in the mailbox", "not enough space in mailbox"},
		Not:     []string{"sending quota", "send quota", "daily", "per hour", "per day", "submission", "disk space on the server", "queue"},
		Cat:     MailboxFull,
		Summary: "The recipient's mailbox has no room left for the message (its storage quota is used up, or the message is larger than what remains of it).",
		Fix: []string{"Tell the recipient by another channel: they must delete mail or get a larger quota.",
			"Resend after the recipient has made room; a smaller message may fit what remains."}},
	// a returned-mail notice's verdict sentence: the system marked the
	// message as spam (the causes its advice lists after it, content or
	// reputation, are possibilities, not the verdict)
	{ID: "prov14.marked-as-spam", Any: []string{"was marked as spam by", "has been marked as spam by", "marked as spam by the system", "was marked as spam and",
		"was identified as spam by", "was judged to be spam", "was determined to be spam"},
		Not:     []string{"not marked as spam", "if your email was marked"},
		Cat:     SpamContent,
		Summary: "The receiving system marked the message as spam and did not deliver it.",
		Fix: []string{"Look at what in the message looks like spam (links, shortened URLs, attachments, wording) and at the sending account's reputation and complaints.",
			"Resend a plain version, or ask the recipient to allow the sender."}},
	// Exim's router failure for a local part the domain does not have,
	// with the hyphen Exim writes ("unknown local-part "x" in domain "y"")
	{ID: "prov14.unknown-local-part", Any: []string{"unknown local-part", "unknown local-part in domain"},
		Cat:     UserUnknown,
		Summary: "The recipient's domain has no such user: its mail server (Exim wording) knows no local part of that name in the domain.",
		Fix: []string{"Check the address for typos and confirm it with the recipient by another channel.",
			"If the address worked before, the account was removed or renamed; remove it from your lists."}},
	// a domain that does not exist, in the contraction (the uncontracted
	// "domain does not exist" is mta.host-not-found's)
	{ID: "prov14.domain-doesnt-exist", Any: []string{"domain doesn't exist", "domain doesnt exist", "domain didn't exist"},
		Not:     []string{"sender domain", "sender's domain", "from domain", "sender address", "mail from"},
		Cat:     HostUnknown,
		Summary: "The recipient's domain does not exist (the server found no such domain).",
		Fix: []string{"Check the domain part of the address for typos.",
			"If the domain is right, it may have expired or lost its DNS records: confirm the address with the recipient by another channel."}},
	// the receiving server cannot write its spool (the queue directory
	// where it keeps the message): its own trouble, to be retried
	{ID: "prov14.spool-failure", Any: []string{"spool fail", "spool error", "spool write", "cannot write spool", "can't write spool", "unable to write spool",
		"spool file could not be", "could not write to spool", "spool directory"},
		Cat:     ServerError,
		Summary: "The receiving server could not write the message to its spool (its queue directory): a fault on its side.",
		Fix: []string{"Nothing to change in the message: retry later (a 4xx reply is retried automatically).",
			"If it persists, tell the server's administrator: its spool disk may be full or unwritable."}},
	// POP before SMTP in qmail's words (@nifty, other Japanese ISPs): the
	// client must check mail by POP or APOP before it may send
	{ID: "prov14.pop-apop-first", Any: []string{"must get pop/apop authorization", "must get pop authorization", "must get apop authorization", "get pop/apop authorization"},
		Cat:     AuthRequired,
		Summary: "The server sends only for clients that logged in by POP (or APOP) shortly before (POP before SMTP); this client did not.",
		Fix:     []string{"Check mail (receive) first, then send within the server's window; or set the client to authenticate over SMTP (SMTP AUTH, port 587) if the provider offers it."}},
}
