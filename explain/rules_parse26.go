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
	// the sender's address or domain said "not valid" (wording.sender-
	// invalid reads "invalid" only): "554 5.9.2 Sender domain is not valid"
	// (Angus Mail over a relay, batch 26-parse b)
	{ID: "parse26.sender-not-valid", Any: []string{"sender domain", "sender's domain", "sender address", "sender's address", "from domain", "from address"},
		With: []string{"is not valid", "not a valid", "isn't valid"},
		Not:  []string{"recipient", "spf", "dkim", "dmarc"},
		Cat:  SenderInvalid, Pri: parse26Pri,
		Summary: "The envelope sender's address or domain was refused as not valid."},
	// an address whose domain part is missing ("553 Recipient domain not
	// specified.", a Rails job's Net::SMTPFatalError; batch 26-parse b): the
	// address is malformed
	{ID: "parse26.domain-not-specified", Any: []string{"domain not specified", "domain is not specified", "no domain specified", "domain was not specified", "domain not given"},
		Cat: Syntax, Pri: parse26Pri,
		Summary: "An address of the message has no domain part: it is malformed.",
		Fix:     []string{"Write the address in full (local part, @, domain); check the variable that holds it for an empty domain."}},
}
