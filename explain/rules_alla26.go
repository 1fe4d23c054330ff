package explain

// Rules of batch 26-alla (issue 10, helper alla26, session 21): the kinds
// the first run of held-out batch 26-alla (categories user-unknown to
// reputation) found; see docs/heldout/heldout26-alla.md.

var alla26Rules = []rule{
	// ---- cPanel's Exim ACL refusal of a client on a DNS block list,
	// "JunkMail rejected - <host> [<ip>] is in an RBL", quoted short (batch
	// 26-alla: a changelog's "(550 JunkMail Rejected)" over a user's IP on
	// a Real-time Blackhole List): the words are the block-list ACL's, the
	// sending IP's reputation, not the message's content (mta.spam reads
	// "junk") ----
	{ID: "alla26.cpanel-junkmail-rbl", Any: []string{"junkmail rejected", "junk mail rejected"},
		Cat: Reputation, Pri: conceptPri,
		Summary: "The receiving server (cPanel's Exim block-list check) refused the connection because the sending IP is listed on a DNS block list (RBL).",
		Fix: []string{"Look up the sending IP on the block lists (the full reply names the list) and request removal there.",
			"Fix the cause first (a compromised account or host, a spam run), or the IP is listed again."}},

	// ---- a client library's connection failure whose cause it names:
	// the STARTTLS command failed (batch 26-alla: PHPMailer's "Could not
	// connect to SMTP host. STARTTLS command failed"): the TLS upgrade,
	// not the network, failed (mta.network reads "could not connect") ----
	{ID: "alla26.starttls-command-failed", Any: []string{"starttls command failed", "starttls failed", "starttls negotiation failed", "failed to starttls",
		"starttls handshake failed", "starttls error"},
		Cat: TLSRequired, Pri: conceptPri,
		Summary: "The upgrade of the connection to TLS (the STARTTLS command) failed: the server refused it or the handshake did not complete.",
		Fix: []string{"Check what the server answered to STARTTLS (a client's debug output shows it): a 454 reply is the server's own TLS trouble, a handshake error is a version, cipher or certificate mismatch.",
			"Check the port and the encryption setting: STARTTLS belongs on port 587 (or 25); port 465 wants implicit TLS from the first byte."}},

	// ---- Node's DNS resolver errors for a mail domain (batch 26-alla:
	// "Error: queryMx ENOTFOUND <domain>"): ENOTFOUND and ENODATA say the
	// name or its MX records do not exist (host-unknown); EAI_AGAIN and
	// ESERVFAIL stay the network's ----
	{ID: "alla26.node-dns-notfound", Any: []string{"querymx enotfound", "querymx enodata", "resolvemx enotfound", "resolvemx enodata", "querya enotfound", "queryaaaa enotfound"},
		Cat: HostUnknown, Pri: conceptPri,
		Summary: "The recipient's domain could not be resolved to a mail server: the DNS answered that the name (or its MX records) does not exist.",
		Fix:     []string{"Check the recipient domain for typos and look up its mail servers: `dig MX domain`."}},
}
