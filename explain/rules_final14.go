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
		Not: []string{"before helo", "no helo", "helo first", "ehlo first", "say helo", "send helo",
			// "missing" that goes with another check ("Suspicious HELO [...] and
			// missing reverse DNS"; held-out batch 15-prov)
			"missing reverse", "missing rdns", "missing ptr", "missing a ptr", "missing dns"},
		Cat: Syntax, Pri: conceptPri + 12,
		Summary: "The client sent HELO/EHLO without its argument (the client's host name or address literal): the server refuses the command as malformed.",
		Fix: []string{"Configure the sending client or library with a host name to greet with (most take a 'helo', 'local_hostname' or 'client name' setting); an empty name usually means the host's own name could not be determined.",
			"If the host has no name, greet with an address literal of its own IP ([192.0.2.1])."}},
	// Postfix's "Client host rejected: <reason>" names the connecting
	// client refused by a client restriction (check_client_access, a
	// reverse-DNS or enumeration check): a policy, unless the reason says
	// more (weak: "cannot find your hostname" is ptr-required). Alone, and
	// without its code, it was not read at all (held-out batch 14).
	{ID: "final14.client-host-rejected", Any: []string{"client host rejected", "client host blocked", "client host refused"},
		// (Pri: the frame yields to any rule that reads the reason after
		// it, "Client host rejected: Rejected : Phishing")
		Cat: Policy, Weak: true, Pri: -len("client host rejected"),
		Summary: "The receiving server refused the connecting client host by one of its client restrictions (an access list or a check on the client's address or name)."},
	// a hosting panel's suspension of a domain's or account's outgoing mail,
	// said of the mail rather than with the panel's own noun ("Outgoing mail
	// from <domain> has been suspended"; final13.outgoing-mail-hold knows
	// "outgoing mail suspension"): the sender's provider holds its mail, no
	// mailbox is suspended
	{ID: "final14.outgoing-mail-suspended", Any: []string{"outgoing mail from", "outgoing email from", "outgoing messages from", "outbound mail from", "outbound email from",
		"outgoing mail for", "outgoing email for", "outbound mail for"},
		With: []string{"suspended", "on hold", "been held", "been blocked", "been disabled", "been paused"},
		Cat:  Policy, Pri: conceptPri + 12,
		Summary: "The sender's provider has suspended or held outgoing mail for this domain or account (usually after spam complaints, a compromised account or a sending limit), so it does not send.",
		Fix:     []string{"Ask the hosting provider why outgoing mail was suspended, and fix the cause (a compromised password, a script sending spam) before asking for it to be lifted."}},
	// Postfix's reject_unverified_recipient wraps the verification's result
	// ("Recipient address rejected: undeliverable address: <reason>"): the
	// reason decides when it names the server's own configuration, a mail
	// for the domain that loops back to the server, over the wrapper's
	// "undeliverable address" and its 5.1.1 (held-out batch 14)
	{ID: "final14.unverified-loop", All: []string{"undeliverable address"},
		Any: []string{"loops back to myself", "loops back to itself", "loops back to this host", "mail loop"},
		Cat: ServerError, Pri: pastePri,
		Summary: "The receiving server's check of the recipient address found that mail for the domain loops back to the server itself: a configuration error of the receiving side (the domain is not listed as local, or its MX points here), not an unknown user.",
		Fix:     []string{"On the receiving server, list the domain as local (Postfix mydestination or virtual_mailbox_domains) or fix its MX and transport so that mail for it does not come back."}},
}
