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
}
