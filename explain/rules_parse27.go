package explain

// Rules of batch 27-parse (issue 10, helper parse27, session 22): the kinds
// parser and form kinds (batches 27-parse)
// found; see docs/heldout/heldout27-parse.md.

var parse27Rules = []rule{
	// An address with non-ASCII characters refused: the address's syntax
	// (an SMTPUTF8-less receiver or API), not a message that breaks the
	// standards (mta.rfc's "non-ascii"); batch 27-parse's Resend row.
	// (RFC 6531's "5.6.7 Non-ASCII addresses not permitted" - an address the
	// receiver would take with SMTPUTF8 - stays mta.rfc's: replies.tsv)
	{ID: "parse27.non-ascii-address", Any: []string{"addresses with non-ascii", "address with non-ascii", "address contains non-ascii", "addresses containing non-ascii",
		"non-ascii characters in the address", "non-ascii characters in address"},
		Cat: Syntax, Pri: 20,
		Summary: "The address contains non-ASCII characters, which the receiving side (or the sending service) does not accept in an address.",
		Fix:     []string{"Use the address's ASCII form (punycode for the domain; a local part without accented letters), or send through a server that supports SMTPUTF8."}},
}
