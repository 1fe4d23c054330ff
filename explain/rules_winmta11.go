package explain

// The kinds held-out batch 11-winmta showed on its only run
// (testdata/corpus/heldout11-winmta.tsv: commercial and Windows mail
// servers — hMailServer, MDaemon, SmarterMail, Kerio, Domino and Notes,
// GroupWise, Oracle Messaging Server, Exchange 2003 and Exchange
// on-premises, Courier, James, IMail, MailMarshal, CommuniGate — in the
// forms their admins paste). Each rule is a kind of wording, not one reply:
//
//   - a recipient object (account, alias, list, domain) said to be "not
//     active" or to "have been disabled": the adjective the mailbox rules
//     held ("inactive", "disabled") said with a negation or a perfect;
//   - credentials said to be no longer valid, with a request to log in again;
//   - a sender address that must be given (an empty MAIL FROM refused);
//   - an explicit SPF or Sender ID verdict ("Blocked by SPF", "Sender ID
//     (PRA) Not Permitted") that a log prefix naming an anti-spam module
//     ("SpamProtection rejected RCPT (Sender: ...") or a generic "not
//     permitted" outranked;
//   - a server that has reached its limit of requests from the client's host;
//   - codeless report lines whose words no rule held: "exceeded maximum hop
//     count" (a loop), "Delivery failed N attempts" (retries used up),
//     "Unknown host", "This domain's DNS violates RFC 1035", "Several
//     matches found" in a directory (an ambiguous recipient);
//   - Exchange 2000/2003's IMS diagnostic codes ("MSEXCH:IMS:... (000C05A6)
//     Unknown Recipient"): one documented code family, one rule per code
//     whose meaning does not depend on the text after it;
//   - an address said to be invalid at MAIL FROM (the stage names the
//     sender, the words an invalid address);
//   - the HELO name said not to match the client's address.
//
// The parser's and the class's share: "exceeded maximum hop count" is loop
// wording (permanent), and an Exchange 2003 report ("did not reach the
// following recipient(s)", an MSEXCH:IMS line) or a Domino one ("was not
// delivered to") states a final failure (classify.go's word lists).

var winmta11Rules = []rule{
	{ID: "winmta11.recipient-inactive",
		Any: []string{"account", "mailbox", "alias", "distribution list", "mailing list", "list", "domain", "user", "recipient", "address", "mail user"},
		With: []string{"is not active", "not active", "has been disabled", "was disabled", "been deactivated", "is not enabled", "not enabled",
			"has been switched off", "is switched off", "has been closed", "was closed", "is closed"},
		Not: []string{"your account", "your domain", "sender", "mail from", "sending", "outgoing", "smtp auth", "authentication", "login", "relay",
			"temporarily", "tls", "starttls", "connection"},
		Cat: MailboxDisabled, Pri: conceptPri,
		Summary: "The recipient exists at the receiving server but is switched off (an inactive account, alias, distribution list or domain): it accepts no mail."},
	{ID: "winmta11.credentials-invalid", Any: []string{"credentials", "login credentials", "password"},
		With: []string{"no longer valid", "not valid any more", "not valid anymore", "re-authenticate", "reauthenticate", "authenticate again", "log in again",
			"login again"},
		Cat: AuthFailed, Pri: conceptPri,
		Summary: "The server no longer accepts the credentials the client logged in with (the password changed or the account was changed during the session): log in again with the current credentials."},
	{ID: "winmta11.sender-required", Any: []string{"sender address", "sender", "envelope sender", "mail from address", "return path", "return-path", "reverse path", "reverse-path"},
		With: []string{"must be specified", "must be given", "must be supplied", "must be provided", "is required", "not specified", "is missing", "is empty",
			"must not be empty", "cannot be empty", "can't be empty"},
		Not: []string{"required to", "encrypt", "secure", "authentication", "authenticate", "auth ", "login", "tls", "starttls", "relay", "recipient", "dkim", "spf", "ptr", "reverse dns", "helo"},
		Cat: SenderInvalid, Pri: conceptPri,
		Summary: "The server refused an empty or missing envelope sender (MAIL FROM:<>): it requires a sender address.",
		Fix: []string{"Send with an envelope-sender address (MAIL FROM:<address>); many servers refuse the null sender except for bounces.",
			"In a script or library, set the sender (\"from\", \"envelope from\", -f) explicitly."}},
	// an explicit SPF verdict decides over a module's name in a log prefix
	// ("SpamProtection rejected RCPT (Sender: ..., Reason: Blocked by SPF.")
	{ID: "winmta11.spf-verdict", Any: []string{"blocked by spf", "rejected by spf", "refused by spf", "denied by spf", "spf fail", "spf failed", "spf check failed",
		"failed spf", "fails spf", "spf validation failed", "spf: fail", "spf=fail", "spf hardfail", "spf hard fail", "spf softfail"},
		Cat: SenderAuth, Pri: 22,
		Summary: "The message failed the receiver's SPF check: the sending IP is not allowed by the SPF record of the envelope-sender domain."},
	// Sender ID (RFC 4406: SPF applied to the purported responsible
	// address) is sender authentication, whatever "not permitted" says
	{ID: "winmta11.sender-id", Any: []string{"sender id", "senderid", "sender-id", "(pra)", "purported responsible address"},
		With: []string{"not permitted", "fail", "failed", "fails", "did not pass", "not pass", "rejected", "softfail", "hardfail"},
		Cat:  SenderAuth, Pri: pastePri,
		Summary: "The message failed the receiver's Sender ID check (RFC 4406: SPF applied to the purported responsible address of the headers).",
		Refs:    []string{"RFC 4406"}},
	// "The server has reached its limit for processing requests from your host"
	{ID: "winmta11.host-limit-reached", Any: []string{"reached its limit", "reached the limit", "reached their limit", "reached its maximum", "reached the maximum",
		"limit for processing requests", "limit of requests"},
		With: []string{"your host", "your ip", "your server", "from your", "from you", "requests", "connections", "sessions", "messages", "processing"},
		Not:  []string{"mailbox", "quota", "storage", "disk", "size", "recipient's", "inbox"},
		Cat:  RateLimited, Pri: conceptPri,
		Summary: "The server limits how much it accepts from the sending host and that limit is reached for now: it defers the rest."},
	{ID: "winmta11.hop-count", Any: []string{"maximum hop count", "max hop count", "hop limit exceeded", "hop count limit", "exceeded the hop count",
		"exceeded hop count"}, // (Gordano GMS's "Exceeded hop count"; heldout23's first run)
		Cat: ServerError, Pri: conceptPri,
		Summary: "The message passed through too many servers (its Received headers exceed the hop limit): a mail loop between servers or forwards."},
	// retries used up, said with their count ("Delivery failed 5 attempts:
	// kim@lab.example", IMail): the queue gave up, as an expiry
	{ID: "winmta11.attempts-exhausted", Any: []string{" attempts:", "delivery attempts", "sending attempts", "retry attempts", "maximum number of attempts", "max attempts",
		"attempts exhausted", "retries exhausted", "retry limit", "maximum retries", "maximum number of retries", "max retries"},
		With: []string{"delivery failed", "failed", "exceeded", "reached", "exhausted", "giving up", "gave up", "undeliverable"},
		// (IMail quotes the remote reply after "Body of message generated
		// response:"; that reply is the reason the batch labels)
		Not: []string{"connect", "login", "logon", "authentication", "auth ", "password", "too many failed", "dns", "generated response"},
		Cat: Expired, Weak: true, Pri: conceptPri,
		Summary: "The sending server gave up after its delivery attempts ran out: the message was returned undelivered.",
		Fix: []string{"Find the earlier deferrals of this message in the sending server's log: they tell why each attempt failed.",
			"Fix that cause, then resend."}},
	{ID: "winmta11.unknown-host", Any: []string{"unknown host", "unknown mail host", "unknown destination host"},
		Not: []string{"unknown hostname in helo", "helo", "ehlo", "client host"},
		Cat: HostUnknown, Pri: conceptPri,
		Summary: "The recipient's domain (or mail host) could not be found in DNS."},
	// a recipient domain whose DNS cannot route mail (Courier's "This
	// domain's DNS violates RFC 1035": an MX that is an address or an alias)
	{ID: "winmta11.domain-dns-broken", Any: []string{"dns violates", "violates rfc 1035", "violates rfc1035", "mx points to an ip", "mx record points to an ip",
		"mx points to a cname", "mx is a cname"},
		Cat: HostUnknown, Pri: conceptPri,
		Summary: "The recipient domain's DNS cannot route mail: its MX record is not a host name with an address (RFC 1035, RFC 2181 §10.3)."},
	// a recipient that matches several directory entries (Domino "Several
	// matches found in Domino Directory", Exchange RESOLVER.ADR.Ambiguous)
	{ID: "winmta11.ambiguous-recipient", Any: []string{"several matches found", "multiple matches found", "more than one match", "ambiguous recipient",
		"ambiguous address", "ambiguous name", "recipient is ambiguous", "address is ambiguous", "not unique in"},
		Cat: ServerError, Pri: conceptPri,
		Summary: "The recipient address matches several entries of the receiving site's directory, so the server cannot tell whom to deliver to: a directory problem at the recipient's site.",
		Fix: []string{"Tell the recipient (by another channel) that their organisation's directory has duplicate entries for the address; their admin must fix it.",
			"Meanwhile use a more specific address of the recipient, if they have one."}},
	// an address said to be invalid when the stage is MAIL FROM: the sender's
	{ID: "winmta11.invalid-address-at-mail-from", Any: []string{"address is not valid", "not a valid address", "invalid address", "address invalid",
		"address is invalid", "bad address", "malformed address", "invalid syntax", "syntax error in address"},
		Stages: []string{"MAIL FROM"},
		Cat:    SenderInvalid, Pri: conceptPri,
		Summary: "The server refused the envelope sender (MAIL FROM) as not a valid address (a local name without a domain, such as root@localhost, or a malformed address)."},
	// the HELO name and the client's address disagree
	{ID: "winmta11.helo-mismatch", Any: []string{"specified in helo", "helo name", "helo hostname", "helo host", "ehlo name", "name in helo", "host in helo"},
		With: []string{"does not match", "doesn't match", "not match", "mismatch", "does not resolve to", "doesn't resolve to"},
		Cat:  RFCNoncompliant, Pri: conceptPri,
		Summary: "The host name the client gave in HELO/EHLO does not resolve to the client's IP address.",
		Fix:     []string{"Use a HELO/EHLO name that is the sending host's fully-qualified name and resolves to its IP address (and matches its PTR record)."},
		Refs:    []string{"RFC 5321 §4.1.1.1"}},
}

// ims2003Codes are the diagnostic codes of Exchange 2000/2003's Internet
// Mail Service (the hexadecimal code in "MSEXCH:IMS:ORG:SITE:SERVER 0
// (000C05A6) Unknown Recipient") whose meaning does not depend on the words
// after them. (000B099C, 000B09AA and 000B09B6 stand for several causes;
// their text decides.)
var ims2003Codes = []struct {
	code    string
	cat     Category
	summary string
}{
	{"(000c05a6)", UserUnknown, "Exchange (IMS 000C05A6): the recipient is unknown at the receiving organisation."},
	{"(000c0595)", ServerError, "Exchange (IMS 000C0595): the recipient address is ambiguous in the receiving organisation's directory."},
	{"(00010256)", RateLimited, "Exchange (IMS 00010256): the message has too many recipients."},
	{"(000d06b5)", ServerError, "Exchange (IMS 000D06B5): the recipient object has no SMTP proxy address, so the server cannot route to it (a directory configuration problem)."},
	{"(00120270)", ServerError, "Exchange (IMS 00120270): too many hops; the message is looping between servers."},
	{"(00050311)", ServerError, "Exchange (IMS 00050311): the sending server could not convert the message to Internet (MIME) format."},
	{"(000502cc)", ServerError, "Exchange (IMS 000502CC): the sending server could not convert the message to Internet (MIME) format."},
}

// ims2003Rules are the rules of ims2003Codes, one per code. (The rule
// table lists winmta11Rules, winmta11bRules, winmta11cRules,
// tail13ResolverRules and these, in this order, each where it is: no copy.)
func ims2003Rules() []rule {
	out := make([]rule, 0, len(ims2003Codes))
	for _, c := range ims2003Codes {
		out = append(out, rule{ID: "winmta11.ims" + c.code[1:len(c.code)-1], Any: []string{c.code}, All: []string{"msexch:ims"},
			Provider: "Microsoft Exchange 2000/2003", Cat: c.cat, Pri: conceptPri, Summary: c.summary,
			Refs: []string{"Exchange Server 2003 IMS diagnostic codes (MSEXCH:IMS)"}})
	}
	return out
}

// The kinds held-out batch 11-winmta b showed on its only run (sources
// neither batch used: Exchange's transport acknowledgement texts, OpenSMTPD,
// Apache James, Axigen, Mercury/32), each a kind of wording:
//
//   - a recipient object of the directory said to be misconfigured or
//     unroutable (Exchange's RESOLVER.CON/GRP/FWD family): the receiving
//     site's configuration;
//   - an address in UTF-8 that the next hop does not support (SMTPUTF8),
//     whatever the enhanced code's registry meaning (X.1.8, X.1.9);
//   - a message treated as poison (it crashed the server);
//   - "temporary(ily) rejected ... try again later" under 450/451: the
//     greylisting answer, whatever directory-server detail it carries;
//   - a HELO name that cannot be resolved, said under a syntax code;
//   - a sender whose domain has no valid MX: the sender's, not the recipient's;
//   - OpenSMTPD's own failure strings for its routes (mta.c), one family.
var winmta11bRules = []rule{
	{ID: "winmta11.directory-misconfigured", Any: []string{"contact", "contact's", "recipient's directory object", "directory object", "forwarding address",
		"distribution list", "dynamic distribution list", "group's directory object", "public folder", "recipient object", "external address"},
		With: []string{"misconfigured", "misconfiguration", "is unroutable", "unroutable", "is invalid", "is missing", "configured incorrectly"},
		Not:  []string{"sender", "your "},
		Cat:  ServerError, Pri: conceptPri + 4,
		Summary: "The recipient's entry in the receiving organisation's directory is misconfigured (a mail contact, a group, a forwarding address): a problem the recipient's admin must fix.",
		Fix: []string{"Tell the recipient (by another channel) that their organisation's directory entry for the address is misconfigured; their Exchange admin must fix the contact, group or forwarding address.",
			"Resend after it is fixed."}},
	{ID: "winmta11.utf8-address", Any: []string{"utf-8 recipient address", "utf-8 sender address", "utf8 recipient address", "utf8 sender address", "utf-8 address",
		"utf8 address", "internationalized address", "internationalised address", "non-ascii address"},
		With: []string{"not supported", "unsupported", "not offered", "not advertised", "required", "does not support", "doesn't support"},
		// (the MAIL FROM parameter refused, "555 5.5.4 Unsupported option:
		// SMTPUTF8", is a parameter the server does not take: syntax)
		Not: []string{"unsupported option", "unrecognized parameter"},
		Cat: RFCNoncompliant, Pri: pastePri + 10,
		Summary: "An address of the message is in UTF-8 (an internationalised address), and the next server does not support SMTPUTF8 (RFC 6531), so the message cannot be passed on.",
		Fix: []string{"Use an ASCII address for the recipient (or the sender) if one exists.",
			"Or deliver through a path whose servers all offer SMTPUTF8."},
		Refs: []string{"RFC 6531"}},
	{ID: "winmta11.poison-message", Any: []string{"treated as poison", "poison message", "poisonforremote", "crashing the remote server", "crash count"},
		Cat: ServerError, Pri: pastePri + 10,
		Summary: "The server stopped processing this message because handling it crashed (or may crash) a server component (a \"poison\" message): a fault of the receiving system, often triggered by unusual content."},
	{ID: "winmta11.temporarily-rejected-try-later", Any: []string{"temporary rejected", "temporarily rejected", "temporary rejection", "temporarily refused"},
		With:  []string{"try again later", "please try again", "retry later", "come back later", "try later"},
		Codes: []int{450, 451},
		Not:   []string{"too many", "rate", "limit", "spam", "blacklist", "blocklist", "dnsbl", "rbl", "reputation", "policy", "quota", "dns", "resolve", "spf", "dkim"},
		Cat:   Greylisted, Pri: pastePri + 10,
		Summary: "The server refused this first attempt for now and accepts a retry after a delay: greylisting."},
	{ID: "winmta11.helo-unresolvable", Any: []string{"ehlo/helo", "helo/ehlo", "helo", "ehlo", "helo name", "helo hostname"},
		With: []string{"can not resolved", "can not be resolved", "cannot be resolved", "can't be resolved", "could not be resolved", "not resolvable",
			"unresolvable", "does not resolve", "doesn't resolve", "not resolve"},
		Not: []string{"say helo", "send helo", "helo first", "ehlo first"},
		Cat: RFCNoncompliant, Pri: pastePri + 10,
		Summary: "The host name the client gave in HELO/EHLO does not resolve in DNS: the server wants a fully-qualified, resolvable name.",
		Fix:     []string{"Use a HELO/EHLO name that is the sending host's fully-qualified name and resolves to its IP address (and matches its PTR record)."},
		Refs:    []string{"RFC 5321 §4.1.1.1"}},
	// OpenSMTPD's own failure strings for the routes to a destination
	// (usr.sbin/smtpd/mta.c relay->failstr): the connection side failed
	{ID: "winmta11.opensmtpd-route-failure", Any: []string{"all routes to destination blocked", "address family mismatch on destination mxs",
		"no valid route to remote mx", "no valid route to destination", "network error on destination mxs", "could not retrieve source address",
		"bad dns lookup error code"},
		Cat: Network, Pri: pastePri + 10,
		Summary: "The sending server (OpenSMTPD) found no working connection to the destination's mail servers: every route failed or was disabled after errors.",
		Fix: []string{"Check that the sending host can reach the destination's MX hosts on port 25 (and over IPv4 or IPv6 as it resolves them): `smtpgw probe domain`.",
			"OpenSMTPD retries by itself; a route it disabled is tried again after a while."}},
	{ID: "winmta11.sender-domain-no-mx", Any: []string{"sender", "sender's domain", "sender domain", "mail from", "envelope sender"},
		With: []string{"no valid mx", "no mx record", "no mx records", "without mx", "without an mx", "has no mx", "no valid dns mx", "invalid mx record"},
		Not:  []string{"recipient", "rcpt"},
		Cat:  SenderInvalid, Pri: pastePri + 10,
		Summary: "The server refused the envelope sender: its domain has no valid MX record, so replies and bounces to it could not be delivered."},
}

// Two listed misses of earlier batches that are kinds of hMailServer's
// wording (heldout7-forum, heldout5b), fixed with the batch's vocabulary:
//
//   - a recipient "not in route list" (or not in the list of a domain's
//     addresses): the address is not one the server takes, whatever the code
//     (hMailServer sends it with 421 or 550);
//   - "excessive amounts of data" sent without a line end: a client that
//     breaks the protocol, not the server's trouble.
var winmta11cRules = []rule{
	{ID: "winmta11.recipient-not-in-list", Any: []string{"not in route list", "not in the route list", "not in recipient list", "not in the recipient list",
		"not in the list of valid recipients", "not in address list", "not in the address list"},
		With: []string{"recipient", "address", "user", "route"},
		Not:  []string{"sender"},
		Cat:  UserUnknown, Pri: pastePri + 10,
		Summary: "The recipient address is not in the list of addresses the server (or its route for the domain) accepts: for this server the address does not exist."},
	{ID: "winmta11.excessive-data", Any: []string{"excessive amounts of data", "excessive amount of data", "too much data without", "data without a line end",
		"data without line terminator", "without a newline character"},
		Cat: Syntax, Pri: pastePri + 10,
		Summary: "The client sent a large chunk of data without a line end (command terminator): a client or script that breaks the SMTP protocol.",
		Fix: []string{"Fix the sending client: every SMTP command and every line of the message must end with CRLF, and lines are limited to 1000 bytes (RFC 5321 §4.5.3.1).",
			"Capture the session (smtpgw send) to see what the client sent."},
		Refs: []string{"RFC 5321 §4.5.3.1"}},
}
