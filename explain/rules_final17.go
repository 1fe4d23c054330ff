package explain

import "strings"

// Rules of helper final17 (issue 10, session 12): kinds from the confusion
// table of the five all-category batches' first runs (heldout12 to
// heldout16) and the kinds heldout16.md left open; see
// docs/heldout/heldout17.md. Each is tested in new wording in
// final17_kinds_test.go.
//
//   - An Exchange 5.5 NDR gives the Internet Mail Connector's own reason on
//     its "MSEXCH:IMC:<org>:<site>:<server>" line ("3902 Host Unknown")
//     under the generic banner "The recipient name is not recognized": the
//     connector's reason is the cause.
//   - amavisd-new's temporary failure "451 4.5.0 Error in processing,
//     id=NNNNN-NN, <step> FAILED: ..." is the content filter failing on the
//     receiving host (a temporary file it could not open, a decoder or a
//     scanner that failed), not a verdict on the message: its words
//     ("MIME::Parser", "virus_scan") name the step that failed.
//   - Outlook.com's "550 5.5.0 Requested action not taken: mailbox
//     unavailable (S2017062302)": the bracketed code is Outlook.com's own
//     for an address that is not in use (the words are RFC 5321's standard
//     text of 550, which says no cause).
//   - A bare 553, or a 553 whose text says nothing more: RFC 5321's
//     "mailbox name not allowed"; in the corpus 553 is most often a refused
//     sender (75 rows), then relaying denied (29), a blocklist (22), policy
//     (19), authentication required (17), and only then an address's syntax
//     (15): the category is not known from the code alone.
var final17Rules = []rule{
	{ID: "final17.exchange-imc-host-unknown", All: []string{"msexch:imc"},
		Any: []string{"host unknown", "unknown host", "host not found"},
		Cat: HostUnknown, Pri: 30,
		Summary: "The recipient's domain (mail host) could not be found: Exchange's Internet Mail Connector says \"Host Unknown\" under the NDR's generic \"recipient name is not recognized\".",
		Fix: []string{"Check the domain part of the recipient address for typos.",
			"Look up the domain's mail servers (`dig MX domain`): if it has none and no address record, it does not receive mail."}},
	{ID: "final17.amavis-error-in-processing", Any: []string{"error in processing, id="},
		Cat: ServerError, Pri: 14,
		Summary: "The receiving host's content filter (amavisd-new) failed while it processed the message (a temporary file, a decoder or a virus scanner failed): a fault at the receiver, not a verdict on the message.",
		Fix: []string{"Nothing to change in the message: the sending MTA retries the temporary failure by itself.",
			"If it persists, tell the receiving site's postmaster the reply and its id: their amavisd-new log shows the step that FAILED (disk space, temporary directory, scanner)."}},
	// amavisd-new's log line names the contents category it decided:
	// "Blocked MTA-BLOCKED {TempFailedInbound}" is amavis unable to pass the
	// checked message back to the MTA (its re-injection port refused or
	// failed): a fault of the receiving host, which the sender's MTA retries;
	// "Blocked BAD-HEADER-n" a header that breaks RFC 5322 (8-bit data,
	// a bad line, a missing field), not a policy of the site. (INFECTED,
	// BANNED and SPAM are read by the virus, policy and spam rules.)
	{ID: "final17.amavis-mta-blocked", Any: []string{"mta-blocked"},
		Cat: ServerError, Pri: 20,
		Summary: "The receiving host's content filter (amavisd-new) could not hand the checked message back to its mail server (MTA-BLOCKED): a fault at the receiver; the message is retried.",
		Fix: []string{"Nothing to change in the message: the sending MTA retries the temporary failure by itself.",
			"If you run the receiving host: check that the MTA's re-injection listener (often port 10025) runs and accepts amavis' connections; amavis' log gives the MTA's reply."}},
	{ID: "final17.amavis-bad-header", Any: []string{"blocked bad-header", "passed bad-header", "bad-header-"},
		Cat: RFCNoncompliant, Pri: 20,
		Summary: "The receiving host's content filter (amavisd-new) found a malformed message header (BAD-HEADER: 8-bit characters, a bad header line or a missing required field).",
		Fix: []string{"Check the message's headers: encode non-ASCII text (RFC 2047), one field per line, a Date and a From field.",
			"Let a mail library build the headers instead of writing them by hand."}},
	// a milter's call-back verification of the sender ("TEMPFAIL: CBV: 450
	// No MX servers available", milter-cbv / milter-sender): the verified
	// address is the envelope sender, whatever its words say of MX hosts
	{ID: "final17.sender-cbv", Any: []string{"cbv:", "cbv failed", "callback verification", "call-back verification", "call back verification"},
		Cat: SenderInvalid, Pri: 14,
		Summary: "The receiving server verified the envelope sender by calling back its domain's mail servers (CBV), and the check failed: the sender's domain has no usable mail server, or it does not accept the sender address.",
		Fix: []string{"Use an envelope sender in a domain that has MX records and whose servers accept mail (bounces) to that address.",
			"Check the sender domain's MX hosts from outside (`dig MX domain`, then an SMTP test to RCPT TO:<sender>)."}},
	// a connection the receiver does not want ("554 Unwelcome connection
	// rejected"): refused by the site's own rule, not by a blocklist it names
	{ID: "final17.unwelcome-connection", Any: []string{"unwelcome connection", "connection unwelcome", "unwelcome client", "unwelcome host"},
		Cat: Policy, Pri: 12,
		Summary: "The receiving server refused the connection by its own rule (the sending host is not welcome there); the reply names no blocklist.",
		Fix: []string{"Ask the receiving site's postmaster, by another channel, why the sending IP is refused; give the full reply and the time.",
			"Check the sending IP's reputation and reverse DNS, and send through another relay meanwhile."}},
	// relaying said as "retransmission" ("550 5.7.1 Retransmission denied",
	// the word of French, Italian and Spanish servers for relaying)
	{ID: "final17.retransmission-denied", Any: []string{"retransmission denied", "retransmission not allowed", "retransmission refused", "retransmission is not allowed"},
		Cat: RelayDenied, Pri: 14,
		Summary: "The server refused to pass the message on (\"retransmission\", relaying): it does not accept mail for that domain from this client.",
		Fix: []string{"Deliver to the recipient domain's own mail servers (`dig MX domain`), or authenticate to your provider's submission server before relaying through it.",
			"If this server should accept the domain, its administrator must add it to the domains it receives for."}},
	// a recipient account disabled for mail ("550 ... is now disabled with
	// SMTP service", 21cn): the account exists, mail to it is refused
	{ID: "final17.disabled-with-smtp-service", Any: []string{"disabled with smtp service", "disabled for smtp service", "smtp service is disabled for", "disabled smtp service"},
		Cat: MailboxDisabled, Pri: 12,
		Summary: "The recipient's account exists but is disabled for mail (its SMTP service is turned off, often a frozen or expired account).",
		Fix: []string{"Contact the recipient by another channel: the account has to be re-enabled by its provider.",
			"Remove the address from your lists if it stays disabled."}},
	// Exim's deferral when the recipient's host addresses could not be
	// looked up ("some host address lookups failed and retry time not
	// reached for other hosts or connection limit reached"): a DNS failure
	// of the destination, not a sending limit (its "connection limit
	// reached" is one of the alternatives Exim lists)
	{ID: "final17.exim-host-lookups-failed", Any: []string{"some host address lookups failed", "host address lookups failed", "host address lookup failed"},
		Cat: HostUnknown, Pri: 14,
		Summary: "The sending Exim could not look up the addresses of the recipient domain's mail hosts (a DNS failure), and retries later.",
		Fix: []string{"Look up the domain's MX hosts and their addresses from the sending host (`dig MX domain`, `dig A host`): a missing or broken record at the recipient's DNS, or a resolver problem on the sending host.",
			"If the domain is right and its DNS answers elsewhere, check the resolver the sending host uses."}},
	// a client that got no reply at all ("Unable to read response, or
	// response is empty": Zend/Laminas Mail, Magento's SMTP Pro): the
	// connection gave nothing back, a network fault or the wrong port
	{ID: "final17.empty-response", Any: []string{"unable to read response, or response is empty", "response is empty", "empty response from smtp", "empty response from server",
		"empty reply from smtp", "empty reply from server"},
		Not: []string{"http", "api", "json"},
		Cat: Network, Pri: 12,
		Summary: "The client got no reply from the SMTP server (the connection answered nothing): a firewall, a server that closed the connection, or the wrong port (TLS expected).",
		Fix: []string{"Test the connection from the sending host (`openssl s_client -connect host:465` or `-starttls smtp` on 587, `telnet host 25`).",
			"Check the port and encryption settings, and that the hosting provider does not block outgoing SMTP."}},
	// Outlook.com's refusal "on behalf of (domain) ... due to domain owner
	// policy restrictions": the sender domain's own policy (DMARC) failed
	{ID: "final17.domain-owner-policy", Any: []string{"domain owner policy restrictions", "domain owner policy", "domain owner's policy"},
		Cat: SenderAuth, Pri: 14,
		Summary: "The message failed the sender domain owner's policy (DMARC): it came from a server the domain does not authorise, without an aligned DKIM signature.",
		Fix: []string{"Send the domain's mail only through servers in its SPF record, with a DKIM signature of the same domain.",
			"Check the domain's DMARC record and reports (`smtpgw check domain`)."}},
	// Gmail's "DNS Error: ... lookup of <domain> responded with code
	// NOERROR ... had no relevant answers": the domain exists but has no MX
	// and no address record, so it receives no mail (as NXDOMAIN, a domain
	// that does not exist) - not a DNS failure that clears by itself
	{ID: "final17.dns-no-relevant-answers", Any: []string{"had no relevant answers", "responded with code noerror"},
		Not: []string{"servfail", "timed out", "timeout"},
		Cat: HostUnknown, Pri: 20,
		Summary: "The recipient's domain has no mail server: its DNS answers (NOERROR) but holds no MX and no address record for it.",
		Fix: []string{"Check the domain part of the address for typos.",
			"If the domain is right, its owner must publish an MX record (`dig MX domain` shows none)."}},
	{ID: "final17.outlook-s2017062302", Any: []string{"s2017062302"},
		Cat: UserUnknown, Provider: ProvMicrosoft,
		Summary: "The recipient address is not in use at Outlook.com (its code S2017062302 under the standard text of 550).",
		Fix: []string{"Check the recipient address for typos.",
			"Confirm the address with the recipient by another channel, and remove it from your lists if it is no longer used."}},
	// an address's syntax said in sendmail's words ("553 5.0.0 <a@b... Unbalanced
	// '<'") or as an "improper" address: the reply's own cause, which the bare
	// 553 below no longer supplies
	{ID: "final17.address-syntax-words", Any: []string{"unbalanced '<'", "unbalanced '>'", "unbalanced '('", "unbalanced ')'", "unbalanced '\"'",
		"unbalanced '['", "improper recipient address", "improper sender address", "improper address", "improper mail address", "improper e-mail address"},
		Not: []string{"8-bit", "8bit", "header"},
		Cat: Syntax, Pri: 12,
		Summary: "The address is not well formed (an unbalanced bracket or quote, or no domain part): the server cannot parse it.",
		Fix: []string{"Check the address for a missing '>' or quote, stray characters and a missing domain part (user@domain.example).",
			"If a program builds the address, print it as it is sent (MAIL FROM:<address>, RCPT TO:<address>)."}},
	{ID: "code.553", Codes: []int{553}, Cat: Unknown, Weak: true,
		Summary: "The server refused with 553, RFC 5321's \"mailbox name not allowed\", without saying more. Servers use 553 for a refused sender address most often, also for relaying denied, a blocklisted sender, a policy or authentication required, and for an address's syntax: the category is not known from the code alone.",
		Actor:   ActorSender,
		Fix: []string{"Read the whole reply and the bounce: the text and the enhanced status code tell which cause it is.",
			"Check the sender address (one your account or domain may use) and the recipient address for typos.",
			"If you relay through this server, authenticate; otherwise ask the receiving site's postmaster with the full reply and the time."},
		Refs: []string{"RFC 5321 §4.2.3"}},
}

// postfixSessionLine: a line of the session transcript Postfix puts in a
// bounce ("Transcript of session follows"): " Out: 250 2.1.0 Ok" is the
// server's reply, " In:  DATA" the client's command. Indented, it is a line
// of its own, not the folded continuation of the line before (held-out
// batch 16: the transcript was read as one reply, the greeting's 220).
func postfixSessionLine(ln string) bool {
	t := strings.TrimLeft(ln, " \t")
	return len(t) < len(ln) && (strings.HasPrefix(t, "Out: ") || strings.HasPrefix(t, "In: ") || strings.HasPrefix(t, "In:\t"))
}

// phpMailerDebugStart: the first line of PHPMailer's SMTPDebug output, with
// or without its timestamp ("2026-12-06 10:00:01 Connection: opening to
// ssl://smtp.far.example:465, timeout=300", "2026-12-06 10:00:01 SERVER ->
// CLIENT: 220 ...", "CLIENT -> SERVER: EHLO ..."): the session is one paste
// on standard input as it is as the argument, read whole at the end (held-out
// batch 16-net: read as log lines, only its last line "SMTP connect()
// failed." was explained, as a connection failure where the transcript says
// TLS).
func phpMailerDebugStart[T ~string | ~[]byte](t T) bool {
	i := 0
	if len(t) >= 20 && isDigit(t[0]) && isDigit(t[3]) && t[4] == '-' && t[7] == '-' && t[10] == ' ' && t[13] == ':' && t[16] == ':' {
		for i = 19; i < len(t) && (t[i] == ' ' || t[i] == '\t'); i++ {
		}
	}
	r := t[i:]
	return hasPrefixOf(r, "Connection: opening to ") || hasPrefixOf(r, "SERVER -> CLIENT: ") || hasPrefixOf(r, "CLIENT -> SERVER: ") ||
		hasPrefixOf(r, "SMTP INBOUND: ") || hasPrefixOf(r, "SMTP -> get_lines()")
}
