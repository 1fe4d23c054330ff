package explain

// Session 21's parser helper (parse26; docs/heldout/heldout26-parse.md):
// the rules its parser fixes needed, each tested in parse26_kinds_test.go.

// parse26Pri ranks these rules as the other helpers' of this session.
const parse26Pri = 14

var parse26Rules = []rule{
	// the mailbox as the owner of a size limit it is over ("Recipient's
	// mailbox is over its size limit (552 5.2.2)", "the mailbox has
	// exceeded its size"): the storage of the mailbox, not the message's
	// size; read once a reply flattened with its code after its words
	// (forms26.go) gives them as its text
	{ID: "parse26.mailbox-over-its-size", Any: []string{"mailbox is over its", "mailbox is over the", "mailbox exceeds its", "mailbox has exceeded its", "mailbox exceeded its", "mailbox has gone over its"},
		With: []string{"size", "limit", "quota", "storage"},
		Cat:  MailboxFull, Pri: parse26Pri,
		Summary: "The recipient's mailbox is over its size limit (full)."},
}
