package explain

import "strings"

// Held-out batch 13-gw (issue 10): security gateways, filtering services and
// corporate mail systems no corpus file used (heldout13-gw.tsv: university
// mail relays, Symantec Messaging Gateway, Heimdal, MailMarshal, NoSpamProxy,
// Mailinblack, pymilter's DSNs, Exchange Online's message trace). Its first
// run (31 of 48, class 44 of 48) showed these kinds, each fixed as a kind and
// tested in new wording in gw13_kinds_test.go:
//
//   - parser (parse.go): a number that a word of quantity leads counts
//     something ("allowed to send 200 bulk messages per hour" was a 200
//     success) even when a unit word does not follow at once
//     (countedAfterLead); a reply line that holds nothing but its codes
//     (">550 5.7.1\n>host>: Client host rejected:\n>Rejected : Phishing (in
//     reply to RCPT TO command)") goes on in the lines after it, and the
//     last of them may carry the stage (wrapsReply);
//   - input form: PowerShell's list output of a message trace ("SenderAddress
//     : a@b", "Status : FilteredAsSpam") had its field names read as the
//     reply's words ("sender" made a spam status a sender's reputation); the
//     CamelCase field names of such a list are no words (withoutListKeys);
//   - vocabulary, one concept each: a HELO said to be forged, or claiming
//     another identity, is the HELO's fault, not a failed SPF or DKIM check;
//     a stage prefix code HLO-xxx (Oxford's relay, and others of its kind)
//     names the HELO; "must start with EHLO/HELO" is the command order;
//     sending "too quickly" is a rate, not greylisting's "try again later";
//     "not a valid user" is an unknown recipient; Exim's "Verification
//     failed for <address>" is its sender verification (acl.c: only
//     sender_verified_failed prints it); a sending limit per hour or day
//     decides over the spam class that put the sender under it;
//   - priority (rules_concepts.go): a spam block that names SPF, DKIM or
//     DMARC as its reason is sender authentication, not the source's
//     reputation;
//   - class (classify.go): "status DEFER" and "... again later" are
//     temporary; a "delivery failure notification" is a delivery outcome.

const refEximSenderVerify = "https://github.com/Exim/exim/blob/master/src/src/acl.c (\"Verification failed for <%s>\": the sender verification's failure text)"

var gw13Rules = []rule{
	// ---- the HELO ----
	{ID: "gw13.helo-forged", Any: heloSubjects,
		With: []string{"forged", "forging", "forge", "impersonat", "claiming", "claims to be", "pretends", "pretending", "identity"},
		// (policyd-weight's "Mail appeared to be SPAM or forged. Ask your
		// Mail/DNS-Administrator to correct HELO ...": a score, not the HELO)
		Not: []string{"spf", "dkim", "dmarc", "sender policy framework", "spam", "dnsbl", "blacklist", "blocklist", "listed"},
		Cat: RFCNoncompliant, Pri: conceptPri + 12,
		Summary: "The server refused the HELO/EHLO greeting: the client greeted with a name that is not its own (another host's identity), which the receiver treats as forged.",
		Fix: []string{"Make the sending host greet with its own fully-qualified host name, one that resolves to its IP and matches its PTR record.",
			"Never greet with the receiver's name or a name of another organisation."}},
	// a stage prefix code that names the HELO ("550 HLO-INT: ...", Oxford's
	// relay codes HLO-FOR, HLO-INT, HLO-SYN, HLO-UND); words that say more
	// (no HELO at all, a syntax error) decide over it
	{ID: "gw13.helo-stage-code", Any: []string{"hlo"},
		Cat: RFCNoncompliant, Pri: conceptPri + 4,
		Summary: "The relay refused the HELO/EHLO greeting (its HLO- code names the HELO): the name is forged, invalid or not one the relay accepts from this host.",
		Fix: []string{"Make the sending host greet with its own fully-qualified host name, one that resolves to its IP.",
			"Read the relay's page on the code for the exact rule."}},
	{ID: "gw13.helo-first", Any: []string{"must start with ehlo", "must start with helo", "must begin with ehlo", "must begin with helo", "start with ehlo/helo",
		"start with helo/ehlo", "must issue helo", "must issue ehlo", "must send helo", "must send ehlo", "helo required before", "ehlo required before"},
		Cat: Syntax, Pri: conceptPri + 10,
		Summary: "The client started a mail transaction without greeting first: the server requires HELO/EHLO before MAIL FROM.",
		Fix:     []string{"Send EHLO (or HELO) with the client's fully-qualified name before MAIL FROM."}},

	// ---- a spam verdict whose reason is an authentication check ----
	{ID: "gw13.spam-by-auth-check", Any: []string{"spf control", "spf check", "spf field", "spf record", "spf policy", "spf validation", "in the spf", "by spf",
		"dmarc policy", "dmarc check", "dkim check", "dkim signature"},
		Cat: SenderAuth, Pri: conceptPri + 6,
		Summary: "The filter classified the message as spam because it failed an authentication check it names (SPF, DKIM or DMARC): the sending server is not authorised for the sender's domain.",
		Fix: []string{"Send through a server the sender domain's SPF record lists, sign with DKIM for the From: domain, and align both with DMARC.",
			"If the mail was forwarded, the forwarder must rewrite the envelope sender (SRS) or sign with ARC."}},

	// ---- rates ----
	{ID: "gw13.rate-too-quickly", Any: []string{"sending", "send", "sends", "sent", "mail", "mails", "messages", "emails", "connecting", "connections", "connects", "submitting", "receiving"},
		With: []string{"too quickly", "too rapidly", "too fast", "too frequently", "too often"},
		Cat:  RateLimited, Pri: conceptPri + 6,
		Summary: "The receiver limits how fast this client sends: it sent too quickly and is told to come back later.",
		Fix: []string{"Slow down: fewer messages and connections per minute (Postfix: smtp_destination_rate_delay, smtp_destination_concurrency_limit).",
			"Authenticate if the service applies its limit to unauthenticated clients only; let the MTA retry."}},
	{ID: "gw13.limit-per-period", Any: []string{"limit", "bulk limit", "sending limit"},
		With: []string{"per hour", "per day", "per minute", "an hour", "a day", "emails/hour", "messages/hour", "mails/hour", "msgs/hour", "emails/day", "messages/day", "mails/day", "emails/min", "messages/min", "hourly", "daily"},
		Not:  []string{"mailbox", "quota", "storage", "size"},
		Cat:  RateLimited, Pri: conceptPri + 8,
		Summary: "The service holds this sender to a sending limit per hour or per day (whatever put it under the limit): the rest waits until the period has passed.",
		Fix: []string{"Spread the sending over time below the limit; the deferred messages go out as the period passes.",
			"If the limit was applied because the mail looked like bulk spam, fix that cause too (consent, content, authentication)."}},

	// ---- the source, not the message (batch b) ----
	// a network, host or server the receiver deems malicious is the
	// source's reputation, not malware in this message
	{ID: "gw13.malicious-source", Any: []string{"network", "networks", "ip address", "sending ip", "sender ip", "your ip", "host", "sending host", "sending server", "your server", "mail server", "source"},
		With: []string{"malicious", "compromised", "abusive", "hostile"},
		Not:  []string{"attachment", "link", "url", "content", "file", "macro", "payload", "message contains", "contains a", "code"},
		Cat:  Reputation, Pri: conceptPri + 8,
		Summary: "The receiver refuses mail from the sending network or host because it deems it malicious (a source of attacks, malware or spam): a verdict on the source's reputation, not on this message's content.",
		Fix:     delistFix},
	// a sender domain refused for its age: a newly registered domain has
	// no reputation yet (probed after batch b)
	{ID: "gw13.domain-too-young", Any: []string{"domain", "sender domain", "sender's domain", "sending domain", "from domain"},
		With: []string{"too young", "too new", "newly registered", "recently registered", "newly created", "recently created", "domain age"},
		// batch 24-alla: a relay refusal told with a receive connector the
		// admin "recently created" is not the sender domain's age
		Not: []string{"relay", "receive connector"},
		Cat: Reputation, Pri: conceptPri + 6,
		Summary: "The receiver refuses mail from the sender's domain because it was registered only recently: a new domain has no sending reputation yet, and many new domains are spam's.",
		Fix: []string{"Send from an established domain, or warm the new domain up slowly with mail its recipients want.",
			"Authenticate it fully (SPF, DKIM, DMARC) meanwhile; the block ends as the domain ages."}},
	// a sender that spoofs the receiver's (or another) domain: the
	// authentication of the sender, as "spoofed" and "spoofing" are
	{ID: "gw13.spoofs", Any: []string{"spoofs", "spoofs our", "spoof our", "spoof of"},
		Cat: SenderAuth, Pri: conceptPri + 4,
		Summary: "The receiver refused the message as spoofed: the sender's address claims a domain (often the receiver's own) whose authentication it does not pass.",
		Fix:     []string{"Send as an address of a domain you are authorised for, signed with DKIM and covered by its SPF record; never with the recipient's own domain as the sender."}},
	// the sending MTA's own misconfiguration (not RFC compliant)
	{ID: "gw13.mta-misconfigured", Any: []string{"mta", "your mta", "sending mta", "delivering mta", "your server", "your mail server", "sending server", "smtp client"},
		With: []string{"misconfiguration", "misconfigured", "mis-configured", "not complying with rfc", "not rfc compliant", "not rfc-compliant", "violates rfc", "rfc violation"},
		Not:  []string{"our server", "our mta", "internal", "local"},
		Cat:  RFCNoncompliant, Pri: conceptPri + 4,
		Summary: "The receiver refused the delivering MTA as misconfigured: its session does not comply with the standards (greeting name, DNS, command syntax or line endings).",
		Fix: []string{"Check the sending MTA against RFC 5321: a resolvable fully-qualified HELO name, forward and reverse DNS that match, correct command order and CRLF line endings.",
			"Test it with `smtpgw send` against a test address and read the transcript."}},
	// a site's own refusal rule (MailMarshal's "Rule imposed ..."); a
	// blocklist or a user verdict named beside it decides over it
	{ID: "gw13.rule-imposed", Any: []string{"rule imposed", "imposed by rule", "imposed by a rule"},
		Cat: Policy, Weak: true, Pri: conceptPri, Actor: ActorRecipientAdmin,
		Summary: "A rule of the receiving site's mail gateway refused the message (for example an address on its own blacklist, or a size limit the rule sets).",
		Fix:     []string{"Ask the recipient's administrator, by another channel, which rule matched (blacklisted address, size or content) and whether the message should pass."}},
	// the sender's address blocked at the recipient's request
	{ID: "gw13.address-blocked", Any: []string{"your email address", "your e-mail address", "your address", "your sender address", "your mail address"},
		With: []string{"block", "blocked", "blocking", "banned", "denied", "refused"},
		Not: []string{"ip address", "ip-address", "your ip", "ip is", "rbl", "dnsbl", "spamhaus", "listed in", "listed on", "listed at", "listed by", "uribl", "surbl",
			"reputation", " using ", "dbl", "domain is", "spf", "dmarc", "dkim", "verify", "verification", "invalid", "not exist", "unknown"},
		Cat: Policy, Pri: conceptPri + 8, Actor: ActorRecipient,
		Summary: "The recipient (or their organization) asked the filter to block the sender's e-mail address: a choice of the receiving side, not a public block list.",
		Fix:     []string{"Ask the recipient by another channel to unblock your address, or write from another address."}},
	// a data-loss-prevention hold: not sent until someone acts
	{ID: "gw13.dlp-held", Any: []string{"has not been sent", "was not sent", "not been sent", "is held", "been held", "on hold"},
		With: []string{"warning", "warnings", "triggered", "dlp", "data loss", "approval", "approve", "release"},
		Cat:  Policy, Pri: conceptPri + 4, Actor: ActorSenderAdmin,
		Summary: "The sender's own mail system held the message under a data-loss-prevention or approval policy: it goes out only when the sender confirms or someone approves it.",
		Fix:     []string{"Read the warning: reply to it (or ask for approval) if the message should go out; otherwise remove the flagged content."}},

	// ---- addresses ----
	{ID: "gw13.user-not-valid", Any: mailboxSubjects,
		With: []string{"not a valid", "isn't a valid", "is no valid", "not valid"},
		Not:  []string{"sender", "mail from", "domain", "host", "hostname", "helo", "ehlo", "format", "syntax", "character", "certificate", "password", "credentials", "login"},
		Cat:  UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient address is not a valid user at the receiving server."},
	{ID: "gw13.exim-sender-verify", Any: []string{"verification failed for"},
		Not: []string{"recipient", "rcpt", "certificate", "dkim", "signature"},
		Cat: SenderInvalid, Pri: conceptPri + 4,
		Summary: "The receiver (Exim) could not verify the envelope sender: a callout to the sender's domain failed or the address is not routable, so it refuses mail from it.",
		Fix: []string{"Send with an envelope-sender address that exists and accepts mail (its domain has MX or address records, its server accepts RCPT TO for it).",
			"Make sure the sender's own server does not refuse the verifier's probe (MAIL FROM:<> and RCPT TO the sender)."},
		Refs: []string{refEximSenderVerify}},
}

// withoutListKeys blanks the field names of PowerShell's list output
// (Format-List, as Get-MessageTrace prints a message: "SenderAddress   :
// a@b.example", "RecipientAddress: ..."), also when the parser joined its
// lines into one text: CamelCase identifiers at the start of the text or
// after a space, followed by spaces and a colon. Their words ("sender",
// "recipient", "address") are no words of the reply; the values stay
// ("Status : FilteredAsSpam"). Two such names at least make a list.
func withoutListKeys(s string) string {
	if strings.Count(s, ":") < 2 {
		return s
	}
	var spans [][2]int
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' && s[i-1] != '\n' && s[i-1] != '\t' {
			continue
		}
		if j := listKeyEnd(s[i:]); j > 0 {
			spans = append(spans, [2]int{i, i + j})
			i += j
		}
	}
	if len(spans) < 2 {
		return s
	}
	b := []byte(s)
	for _, sp := range spans {
		for k := sp[0]; k < sp[1]; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}

// listKeyEnd: the length of a CamelCase field name at the start of t that
// spaces and a colon follow ("RecipientAddress:" or "FromIP   :"), or 0.
func listKeyEnd(t string) int {
	i := 0
	for i < len(t) && isAlnum(t[i]) {
		i++
	}
	if i < 4 || i > 40 || !(t[0] >= 'A' && t[0] <= 'Z') {
		return 0
	}
	camel := false
	for k := 1; k < i; k++ {
		if t[k] >= 'A' && t[k] <= 'Z' && t[k-1] >= 'a' && t[k-1] <= 'z' {
			camel = true
			break
		}
	}
	j := i
	for j < len(t) && t[j] == ' ' {
		j++
	}
	if !camel || j+1 >= len(t) || t[j] != ':' || t[j+1] != ' ' {
		return 0
	}
	return i
}

// foldWrapsBare reports, on standard input, a line that goes on with a
// reply whose first line held nothing but its codes (">550 5.7.1"): its
// first text line (words, or an address with words after its colon), then
// lines that continue a line cut at a colon or in mid-sentence - as Parse
// joins them (wrapsReply).
func foldWrapsBare(fold []string, first lineInfo, t string) bool {
	if first.code == 0 || first.text != "" || len(fold) == 0 || !codesOnly(fold[0]) {
		return false
	}
	u := unquoted(t)
	if commandStage(u) != "" {
		return false // the client's next command ("QUIT"): a transcript goes on
	}
	if len(fold) == 1 {
		return wrappedRest(u) || addressLead(u)
	}
	return wrappedOn(unquoted(fold[len(fold)-1]), u)
}

// unquoted is a line without the '>' marks (and spaces) of a quoted reply.
func unquoted(t string) string {
	return strings.TrimLeft(strings.TrimSpace(t), "> ")
}

// codesOnly reports a line that holds a reply code, maybe an enhanced code,
// and nothing else ("550 5.7.1", ">550-5.7.1", "  452"): a reply whose text
// is on the lines after it, not a code found inside other words ("but got
// response [452]").
func codesOnly(ln string) bool {
	t := unquoted(ln)
	if len(t) < 3 || !isReplyCodeAt(t, 0) {
		return false
	}
	rest := strings.TrimSpace(t[3:])
	if rest == "" {
		return true
	}
	if rest[0] == '-' {
		rest = rest[1:]
	}
	enh, ok := leadingEnhanced(rest)
	return ok && strings.TrimSpace(rest[len(enh):]) == ""
}
