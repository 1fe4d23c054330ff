package explain

// Rules of batch 25 helper alla25 (issue 10); see docs/heldout/heldout25-alla.md.
// Each kind was found by the first run of the all-category batch
// heldout25-alla (categories user-unknown to reputation) and is tested in new
// wording in alla25_kinds_test.go.
var alla25Rules = []rule{
	// ---- RFC 5321's 551 "User not local; please try <forward-path>" in the
	// Romance, German and Russian texts of reply-code tables and localized
	// clients ("551: Usuario no local", "551 Usuário não local", "551 Utente
	// non locale"): moved, as the English text is and as alla24 reads the
	// Chinese and Japanese; the bare 551 alone stays unknown ----
	{ID: "alla25.l10n-user-not-local", Any: []string{"usuario no local", "usuário não local", "usuario não local", "utente non locale",
		"utilisateur non local", "benutzer nicht lokal", "benutzer ist nicht lokal", "пользователь не локальный", "пользователь не местный"},
		Cat: Moved, Pri: conceptPri + 4,
		Summary: "The receiving server says the recipient is not local to it (RFC 5321's 551) and names, or would name, another address to try.",
		Actor:   ActorSender,
		Fix: []string{"Send to the forward path the reply gives, or ask the recipient for the current address.",
			"Update the address in your address book or list."}},

	// ---- a server's short "moved" refusal that sends the client to another
	// host ("451 Moved, try another host", a filtering service's per-user
	// list entry for a moved user): moved, whatever the bare 4xx or 5xx says;
	// its class stays the code's ----
	{ID: "alla25.moved-try-another-host", Any: []string{"moved, try another host", "moved; try another host", "moved - try another host",
		"moved, try another server", "moved; try another server", "moved, please try another host", "has moved to another host",
		"has moved to another server"},
		Cat: Moved, Pri: conceptPri + 4,
		Summary: "The receiving server says the recipient's mailbox has moved and the mail should go to another host.",
		Actor:   ActorSender,
		Fix: []string{"Ask the recipient (or their admin) for the address or host the mailbox has moved to.",
			"Update the address in your address book or list."}},
}
