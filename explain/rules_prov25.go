package explain

// Rules of batch 25 helper prov25 (issue 10); see docs/heldout/heldout25-prov.md.

var prov25Rules = []rule{
	// ---- held-out batch 25-prov: a spam class given to the connecting host ----
	// Postfix's "Client host rejected:" refuses the connecting client, and
	// a class after it that names spam ("Client host rejected: CONN:SPAM",
	// a recipient's server refusing Zoho's sending host) says what the
	// receiver holds against the client: a spam source, so the sending
	// host's standing (reputation), not a verdict on this message's content
	// (mta.spam). A content, phishing or virus word keeps the content
	// reading.
	{ID: "prov25.client-host-spam-class", Any: []string{"client host rejected"}, With: []string{"spam"},
		Not: []string{"content", "message body", "body", "phishing", "virus", "attachment", "url", "link", "keyword", "subject", "header"},
		Cat: Reputation, Pri: conceptPri + 6,
		Summary: "The receiver refused the connecting host (Postfix's \"Client host rejected\") because it classes it as a source of spam: a block of the sending host's standing, not a verdict on this message's content.",
		Fix: []string{"Check the sending IP on the common blocklists and at the receiver's postmaster pages, stop whatever spam left it, then ask for the block to be lifted.",
			"If the sender is a shared provider's host (a hoster's or a mailbox provider's relay), ask the provider; meanwhile send through another relay."}},
}
