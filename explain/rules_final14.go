package explain

// Rules of held-out batch 14-final (session 9): kinds found on the batch's first
// run, each tested in new wording in final14_kinds_test.go.

var final14Rules = []rule{
	// A HELO/EHLO sent without its argument is the command's syntax (Gmail's
	// "Empty HELO/EHLO argument not allowed", Sendmail's "HELO requires
	// domain address"); a HELO name the server refuses (not fully
	// qualified, not resolving) is rfc-noncompliant (mta12.helo-verdict).
	// The convention is in docs/explain.md, "Labelling conventions".
	{ID: "final14.helo-no-argument", Any: heloSubjects,
		With: []string{"empty", "missing", "requires domain", "requires a domain", "no argument", "argument required", "requires an argument", "without argument", "without an argument"},
		Not:  []string{"before helo", "no helo", "helo first", "ehlo first", "say helo", "send helo"},
		Cat:  Syntax, Pri: conceptPri + 12,
		Summary: "The client sent HELO/EHLO without its argument (the client's host name or address literal): the server refuses the command as malformed.",
		Fix: []string{"Configure the sending client or library with a host name to greet with (most take a 'helo', 'local_hostname' or 'client name' setting); an empty name usually means the host's own name could not be determined.",
			"If the host has no name, greet with an address literal of its own IP ([192.0.2.1])."}},
}
