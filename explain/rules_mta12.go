package explain

// mta12Rules holds the rules of held-out batch 12-mta (testdata/corpus/heldout12-mta*.tsv):
// the kinds its first run showed, each with the reason it generalises.
//
// The batch's sources were open-source MTAs and their plugins (qpsmtpd,
// Citadel, IndiMail's qmail-smtpd, Haraka's HELO checks, Mailman's LMTP
// runner, milters, policy daemons). Their refusals name a subject and a
// verdict in words the table did not hold; each rule below is one kind:
//
//   - the HELO/EHLO name with a verdict of its own ("must have a dot", "did
//     not resolve", "must exist", "does not match your IP address", "is in my
//     badhelo list", "unable to accept non-FQDN HELO"): an explicit HELO
//     verdict decides over an address-status code (X.1.8) that speaks of the
//     sender; a HELO that carries the client's IP ("HELO is dynamic") is a
//     dynamic host, a reputation block;
//   - a command the server does not implement or recognise is syntax even
//     when the command is HELO ("502 Error: command HELO not implemented"
//     from an LMTP server);
//   - a server that does not believe the name the client claims ("I do not
//     believe you are ...", "You are not who you say you are");
//   - a client that sent before the greeting, in words of "before (the) SMTP
//     greeting / banner";
//   - message headers with a verdict (missing, required, only one allowed,
//     non-unique, too far in the past) and a message "with defects" or
//     malformed: the message format, whatever 552 or 501 would mean alone;
//   - the client's own IP or host denied, banned or penalized ("your host has
//     been denied", "your IP (...) is temporarily denied", "Bad sender's IP",
//     "You are penalized for 0.6 more days"), an open relay refused as a
//     sender, and a sending server said to be blacklisted (also inside
//     greylisting words, or next to a sender-verify failure): reputation,
//     not the local policy a bare X.7.1 or "denied" would give;
//   - "you must log in to send": authentication required;
//   - "we don't relay": a relay refusal without the word "denied";
//   - an envelope sender that does not match the header sender or the
//     authenticated user ("masquerading/forging", "unmatching envelope and
//     header sender"): the sender address may not be used;
//   - "you do not have permission to send ...": the site's policy, whatever a
//     551 would mean alone;
//   - an internal delivery error and a broken connection (without a code);
//   - the bare-LF reason in a help link's path ("qpsmtpd/barelf.html").
//
// Batch 12-mta b (OpenSMTPD filters, smf-sav, Synchronet) added:
//
//   - a receiver's own check that failed for now ("Virus filter failed",
//     "Temporary failure while checking relay policy", "DNS error on
//     <list>"): the receiver's trouble (or its DNS), not the verdict the
//     check would have given ("virus", "policy", a blocklist);
//   - a recipient object other than a mailbox said to be unknown (a list, an
//     alias, a BBS sub-board, a newsgroup): the recipient does not exist;
//   - a blacklisted phrase, keyword or word: the message's content, not a
//     blocklisted IP;
//   - a client's own "Error N connecting to SMTP server" (with a Winsock
//     number) and "Invalid destination address" without a code.
//
// Batch 12-mta c (Haraka's attachment, clamd, fcrdns, karma and headers
// plugins) added:
//
//   - a content (MIME) type or file type refused, and archives refused as
//     encrypted or nested too deep: the site's attachment policy, not spam
//     ("unacceptable content" alone reads as spam);
//   - a receiver's own tool that could not run or unpack ("Error running
//     virus scanner", "Error unpacking archive") joins the failed checks;
//   - a generic (dynamic) PTR name, or "use your ISP's SMTP relay": a dynamic
//     host, reputation, over the PTR words around it;
//   - the receiver's PTR lookup that timed out or failed: reverse DNS, not the
//     network;
//   - a karma, reputation or sender score of the connection: reputation, not a
//     spam score of the content;
//   - more header verdicts ("must not have", "too old").
//
// Batch 12-mta d (grommunio gromox's SMTP reply table) added:
//
//   - too many failures in a session: the client's protocol errors (syntax);
//   - a message that does not conform to a standard (MIME, RFC): the format;
//   - a sender or recipient address "in the blacklist" of the server: its
//     own list of addresses (policy), not a DNS blocklist;
//   - "use the SMTP (submission) server instead of the MX": submit
//     authenticated;
//   - "too much mail data" (RFC 5321's words for the size limit) over
//     "exceeded storage allocation";
//   - too many mail transactions in one connection: a rate limit.

// heloSubjects are the words that name the HELO/EHLO greeting.
var heloSubjects = []string{"helo", "ehlo", "helo name", "helo hostname", "helo host", "helo domain", "helo greeting", "helo/ehlo", "helo ip literal", "helo argument"}

var mta12Rules = []rule{
	// an explicit verdict on the HELO name (strong: it decides over an
	// address-status code such as X.1.8, which is about the sender)
	{ID: "mta12.helo-verdict", Any: heloSubjects,
		With: []string{"must have", "must exist", "must be", "does not match", "doesn't match", "not match", "not fully qualified", "fully qualified", "fqdn",
			"did not resolve", "does not resolve", "doesn't resolve", "not resolve", "does not exist", "doesn't exist", "not allowed", "not accepted", "unable to accept",
			"cannot accept", "can't accept", "valid tld", "badhelo", "bad helo", "for local", "not found", "no such host", "is invalid", "invalid", "fails fcrdns"},
		// (Exim's "501 Syntactically invalid HELO argument(s)" is the
		// command's syntax, as the corpus reads it)
		Not: []string{"syntactically", "syntax", "spf", "sender policy framework", "dkim", "dmarc", "not implemented", "unimplemented", "not recognized", "unrecognized", "say helo", "send helo", "helo first", "ehlo first", "expecting helo",
			"before helo", "no helo", "helo command", "dynamic", "dialup", "dial-up", "residential",
			// (a HELO without its argument is the command's syntax:
			// final14.helo-no-argument)
			"empty", "missing", "requires domain", "requires a domain", "no argument", "argument required", "requires an argument", "without argument", "without an argument"},
		// (Pri: the HELO name is the subject, over a table phrase such as
		// "domain does not exist" that reads the same words as the
		// recipient's domain)
		Cat: RFCNoncompliant, Pri: conceptPri + 12,
		Summary: "The server refused the HELO/EHLO name the client greeted with: it must be the client's own fully-qualified, resolvable host name (or an address literal of its own IP).",
		Fix: []string{"Make the sending host greet with its fully-qualified host name (Postfix smtp_helo_name, Exim helo_data), one that resolves to the sending IP and matches its PTR record.",
			"If the host has no such name, greet with an address literal of its own IP ([192.0.2.1])."}},
	// a HELO name that carries the client's IP: a dynamic (residential) host
	{ID: "mta12.helo-dynamic", Any: heloSubjects, With: []string{"dynamic", "dialup", "dial-up", "residential"},
		Cat: Reputation, Pri: conceptPri + 12,
		Summary: "The HELO name looks like a dynamic (residential) host name generated from the client's IP: the receiver refuses mail sent directly from such hosts.",
		Fix: []string{"Send through your provider's or organisation's mail relay instead of directly from a dynamic address.",
			"If the host is a real mail server, give it a static IP, a proper PTR name and a HELO name that does not embed the IP."}},
	// a command the server does not implement is syntax, even HELO (an LMTP
	// server wants LHLO)
	{ID: "mta12.command-unimplemented", Any: []string{"not implemented", "unimplemented", "not recognized", "unrecognized", "not recognised", "unrecognised"},
		With: []string{"command"},
		Cat:  Syntax, Weak: true, Pri: conceptPri,
		Summary: "The server does not implement or recognise the command the client sent (an LMTP server answers HELO this way: it wants LHLO).",
		Fix:     []string{"Send a command the server supports: check its EHLO/LHLO reply; for LMTP start with LHLO, not HELO or EHLO."}},
	// the server does not believe the identity the client claims
	{ID: "mta12.identity-disbelieved", Any: []string{"do not believe you are", "don't believe you are", "not who you say", "you are not who", "are not who you claim"},
		Cat: RFCNoncompliant, Weak: true, Pri: conceptPri,
		Summary: "The server does not believe the name the client greeted with (HELO/EHLO): the name belongs to someone else or does not match the client's address.",
		Fix:     []string{"Greet with the sending host's own fully-qualified name, the one its PTR record gives, never another organisation's domain."}},
	// the client sent before the greeting
	{ID: "mta12.before-greeting", Any: []string{"before smtp greeting", "before the smtp greeting", "before the greeting", "before greeting", "before the banner", "before banner",
		"before the 220", "before my greeting", "before our greeting"},
		// (the client's own report that the server went away before it greeted
		// is a network failure: "server disconnected before the greeting")
		Not: []string{"connection closed before", "closed before", "eof before", "timed out before", "disconnected before", "dropped before", "reset before",
			"lost before", "ended before"},
		Cat: RFCNoncompliant, Pri: 4,
		Summary: "The client sent data before the server's greeting (it did not wait its turn): the server treats that as a protocol violation typical of spam software.",
		Fix: []string{"Make the client wait for the server's 220 greeting before it sends EHLO.",
			"If the client is a real MTA, look for something between it and the server (a proxy, a firewall's SMTP inspection) that sends early."}},
	// message headers with a verdict: the message format
	{ID: "mta12.header-verdict", Any: []string{"header", "headers", "header field", "header fields"},
		With: []string{"missing", "is required", "are required", "required header", "we require", "require a valid", "only one", "non-unique", "not unique", "duplicate",
			"more than one", "multiple", "too far in the past", "too far in the future", "in the future", "too old", "too new", "in the past", "must not have",
			"must not contain", "must not be present", "is invalid", "invalid", "malformed", "not rfc", "rfc 5322",
			"rfc5322", "rfc 2822", "rfc2822", "syntax"},
		Not: []string{"spam", "virus", "dkim", "spf", "dmarc", "arc-", "envelope", "spoof", "alignment", "aligned", "received header", "received headers", "hops", "loop",
			"authorization header", // an HTTP request's credential (held-out batch 13-esp b)
			"too long", "too large", "too big", "size"},
		Cat: RFCNoncompliant, Weak: true, Pri: conceptPri,
		Summary: "The message's header section does not comply with RFC 5322 (a required header such as From or Date missing, a header that may occur once repeated, or an invalid value).",
		Fix: []string{"Give the message exactly one From:, Date: and Message-ID: header, and at most one of each singular header (Subject, To, Cc, Reply-To, Sender).",
			"Set the Date: header from a correct clock, in RFC 5322 format."}},
	// a message the server could not parse
	{ID: "mta12.message-defects", Any: []string{"has defects", "message defects", "defective message", "message is defective", "malformed message", "message is malformed",
		"malformed mime", "mime defects", "badly formatted message", "improperly formatted", "not properly formatted"},
		Cat: RFCNoncompliant, Weak: true, Pri: conceptPri,
		Summary: "The server could not parse the message: its header or MIME structure does not comply with the standards.",
		Fix:     []string{"Generate the message with a standard mail library (correct headers, MIME boundaries and line endings) instead of assembling it by hand."}},
	// the client's own IP or host denied, banned or penalized
	{ID: "mta12.client-host-denied", Any: []string{"your ip", "your ip address", "your host", "your server", "your mail server", "sender's ip", "sender ip", "sending ip",
		"client ip", "your address ("},
		With: []string{"has been denied", "is denied", "been denied", "temporarily denied", "denied", "is banned", "banned", "penalized", "bad sender's ip", "is blocked",
			"has been blocked", "not welcome", "is refused"},
		Not: []string{"ptr", "reverse dns", "rdns", "helo", "relay", "auth", "authentication", "spf", "too many", "rate", "connections", "limit", "greylist", "tls",
			"not permitted to send as"},
		Cat: Reputation, Weak: true, Pri: conceptPri + 2,
		Summary: "The receiver refuses the sending host itself (its IP address or host name is on the receiver's block list): a reputation block on the host, not on this message.",
		Fix:     delistFix},
	{ID: "mta12.bad-sender-ip", Any: []string{"bad sender's ip", "bad sender ip", "bad client ip", "bad ip address"},
		Cat: Reputation, Weak: true, Pri: conceptPri + 2,
		Summary: "The receiver refuses the sending host's IP address as a bad source of mail: a reputation block on the host.",
		Fix:     delistFix},
	{ID: "mta12.penalty-box", Any: []string{"penalty box", "penalized", "penalised", "you were naughty", "naughty host"},
		Cat: Reputation, Weak: true, Pri: conceptPri + 2,
		Summary: "The receiver put the sending host in a penalty box for its earlier behaviour (bad connections, spam): it refuses its mail until the penalty ends.",
		Fix: []string{"Find out what the host sent before (a compromised account, a bad list, protocol errors) and stop it; the penalty expires on its own.",
			"Meanwhile send through a relay with a good reputation."}},
	// the sending host refused as an open relay
	{ID: "mta12.open-relay-sender", Any: []string{"from an open relay", "from open relays", "is an open relay", "be an open relay", "as an open relay", "from open relay"},
		Not: []string{"not an open relay", "not be an open relay", "never an open relay", "prevent", "avoid"},
		Cat: Reputation, Pri: 20,
		Summary: "The receiver refuses the sending host as an open relay: a reputation block on the host.",
		Fix: []string{"Close the relay: the sending server must relay only for its own users and networks (Postfix smtpd_relay_restrictions, Exim relay_from_hosts).",
			"Then ask the receiver (and any blocklist that listed the host) to remove the block."}},
	// a sending server said to be blacklisted, also inside greylisting words
	// or next to a sender-verify failure
	{ID: "mta12.server-blacklisted", Any: []string{"server blacklisted", "host blacklisted", "server is blacklisted", "sending server blacklisted", "auto-blacklisted",
		"autoblacklisted", "ip blacklisted", "blacklisted in", "blacklisted at", "blocklisted in", "blocklisted at"},
		With: []string{"server", "host", "ip", "auto-blacklisted", "autoblacklisted"},
		Not:  []string{"sender address", "sender is blacklisted", "email address", "recipient is blacklisted", "domain is blacklisted", "not blacklisted"},
		Cat:  Reputation, Pri: 20,
		Summary: "The receiver refuses the sending server because its IP address is blacklisted (on a DNS blocklist, or on the receiver's own list after earlier abuse such as never retrying greylisted mail).",
		Fix:     delistFix},
	// "you must log in to send"
	{ID: "mta12.must-log-in", Any: []string{"must log in", "must login", "must be logged in", "need to log in", "needs to log in", "please log in", "log in first", "login first",
		"must sign in", "logged in to send"},
		Not: []string{"again", "no longer valid", "failed", "incorrect", "invalid", "webmail"},
		Cat: AuthRequired, Weak: true, Pri: conceptPri + 2,
		Summary: "The server accepts this mail only from a logged-in (authenticated) user: the client sent without SMTP AUTH.",
		Fix: []string{"Configure the client to authenticate (SMTP AUTH) with the account's credentials, normally on port 587 after STARTTLS.",
			"For server-to-server delivery, deliver to the recipient domain's MX; a sender address in a domain the server hosts needs a login there."}},
	// "we don't relay"
	{ID: "mta12.dont-relay", Any: []string{"don't relay", "do not relay", "doesn't relay", "does not relay", "won't relay", "will not relay", "can't relay", "not relay for"},
		Cat: RelayDenied, Weak: true, Pri: conceptPri + 2,
		Summary: "The server refused to relay: it is not a destination for the recipient's domain and does not relay for you."},
	// the envelope sender does not match the header sender or the login
	{ID: "mta12.sender-mismatch", Any: []string{"masquerading", "masquerade", "forging", "unmatching", "mismatching", "mismatch", "does not match", "doesn't match", "not match"},
		With: []string{"envelope", "header sender", "header from", "from header", "auth <", "authenticated", "login", "logged in"},
		Not:  []string{"helo name", "helo host", "hostname", "ptr", "reverse", "spf", "dkim", "dmarc", "certificate", "password", "credentials"},
		Cat:  SenderInvalid, Weak: true, Pri: conceptPri + 2,
		Summary: "The server refused the sender address: it does not match the authenticated user or the message's From: header (the client sends as an address that is not its own).",
		Fix:     []string{"Send with an envelope sender and a From: header that belong to the account the client logs in with (or that the account is allowed to use)."}},
	// "you do not have permission to send ...": the site's policy
	{ID: "mta12.no-permission-to-send", Any: []string{"permission to send", "do not have permission", "don't have permission", "no permission to", "not have permission"},
		Not: []string{"relay", "as this sender", "send as", "on behalf"},
		Cat: Policy, Weak: true, Pri: conceptPri + 2,
		Summary: "The site's policy does not give this sender permission to send this mail (for example to post to a group, or to send outside the organisation)."},
	// an internal error of the receiving server
	{ID: "mta12.internal-error", Any: []string{"internal"}, With: []string{"error", "failure", "problem", "fault"},
		Not: []string{"internal policy", "internal network", "internal use", "internal only", "internal recipients", "internal users", "internal list", "internal senders"},
		Cat: ServerError, Weak: true, Pri: conceptPri,
		Summary: "The receiving server had an internal error while delivering or storing the message."},
	// a broken connection (a client's or delivery agent's report)
	{ID: "mta12.connection-broken", Any: []string{"connection broken", "connection was broken", "broken connection", "connection broke"},
		Cat: Network, Weak: true, Generic5xx: true,
		Summary: "The connection to the receiving server broke during the SMTP conversation."},
	// the bare-LF reason written as one token in a help link's path
	{ID: "mta12.bare-lf-link", Any: []string{"barelf", "bare-lf", "bare_lf", "barelinefeed", "bare-linefeed", "bare_linefeed"},
		Cat:     RFCNoncompliant,
		Summary: "The message contains bare LF line endings (a line feed without a carriage return); SMTP requires CRLF.",
		Fix:     []string{"Make the sending program end every line with CRLF (RFC 5321 §2.3.8); most libraries do it when given the message as text, not bytes."},
		Refs:    []string{"RFC 5321 §2.3.8"}},
	// a receiver's own check that failed for now: its trouble, not the
	// check's verdict
	{ID: "mta12.check-failed", Any: []string{"filter failed", "scanner failed", "scan failed", "scanning failed", "scanner error", "filter error",
		"failure while checking", "failed while checking", "error while checking", "problem while checking", "error while scanning", "error during scan",
		"unable to check", "cannot check", "can't check", "could not be checked", "could not check", "check could not be completed",
		"error running", "unable to run", "failed to run", "could not run", "error unpacking", "unable to unpack", "failed to unpack", "error extracting",
		"unable to extract", "failed to extract"},
		// (a temporary error during an SPF/DKIM/DMARC check keeps the
		// corpus's reading, a network failure: rules_heldout4.go)
		Not:   []string{"spf", "dkim", "dmarc"},
		Codes: []int{421, 450, 451, 452, 454},
		Cat:   ServerError, Pri: 20,
		Summary: "A check of the receiving server (a virus or spam scanner, a policy or address lookup) failed for now: its own trouble, not a verdict on the message. It defers, and a retry normally goes through.",
		Fix:     []string{"Nothing to do as a sender: the sending MTA retries.", "If it persists, tell the receiver's postmaster: its filter or lookup service is down."}},
	// the receiver's DNS lookup of a list or record failed for now
	{ID: "mta12.dns-error-on", Any: []string{"dns error on", "dns error during", "dns error while", "dns lookup error", "dns query failed", "dns timeout", "dns lookup timed out"},
		Codes: []int{421, 450, 451, 452, 454},
		Cat:   Network, Pri: 20,
		Summary: "The receiving server's DNS lookup (of a blocklist or of a record it checks) failed for now: it defers, and a retry normally goes through."},
	// a recipient object other than a mailbox said to be unknown
	{ID: "mta12.unknown-recipient-object", Any: []string{"list", "mailing list", "mailinglist", "sub-board", "subboard", "message area", "message base", "newsgroup",
		"alias", "local part", "local-part", "forum"},
		With: []string{"unknown", "no such", "does not exist", "doesn't exist", "not found", "non-existent", "nonexistent"},
		Not: []string{"domain", "host", "sender", "mail from", "unknown error", "unknown reason", "unknown command", "blacklist", "blocklist", "black list", "block list",
			"whitelist", "access list", "rbl", "dnsbl", "listed", "member", "members", "subscriber", "non-member"},
		AtRcpt: true, Cat: UserUnknown, Weak: true, Pri: conceptPri,
		Summary: "The recipient (a mailing list, alias, group or message area at the receiving server) does not exist there."},
	// a blacklisted phrase or word: the message's content
	{ID: "mta12.blacklisted-phrase", Any: []string{"blacklisted", "blocklisted", "banned", "forbidden", "prohibited", "denylisted"},
		With: []string{"keyphrase", "key phrase", "keyword", "keywords", "phrase", "phrases", "word", "words", "expression", "string found", "text found"},
		Cat:  SpamContent, Pri: 20,
		Summary: "A content filter found a word or phrase it bans in the message (its subject or text)."},
	// a client's own "Error N connecting to SMTP server"
	{ID: "mta12.error-connecting", Any: []string{"error connecting to", "connecting to smtp server", "connecting to mail server", "connecting to the smtp server",
		"connecting to the mail server", "wsaeconnrefused", "wsaetimedout"},
		With: []string{"error", "failed", "failure", "unable", "cannot", "could not", "wsaeconnrefused", "wsaetimedout"},
		Cat:  Network, Weak: true, Generic5xx: true,
		Summary: "The sending side could not connect to the receiving SMTP server (refused or timed out)."},
	// an invalid destination address (no domain, malformed)
	{ID: "mta12.invalid-destination", Any: []string{"invalid destination address", "destination address is invalid", "bad destination address",
		"malformed destination address", "invalid destination:"},
		Cat: Syntax, Weak: true, Pri: conceptPri,
		Summary: "The destination address is not a valid address (no domain, or malformed): it could not be delivered anywhere."},
	// a content (MIME) type or file type refused: the attachment policy
	{ID: "mta12.content-type-refused", Any: []string{"content type", "content-type", "mime type", "mime-type", "file type", "filetype", "attachment type",
		"type of attachment", "file extension", "filename extension"},
		With: []string{"unacceptable", "not allowed", "not permitted", "prohibited", "forbidden", "blocked", "banned", "refused", "rejected", "not accepted",
			"disallowed", "denied"},
		// (Pri: above "unacceptable content" read as spam, below the
		// attachment rules of the table, which say the same with more)
		Cat: Policy, Pri: 2,
		Summary: "The receiving site's policy refuses attachments of this type (by MIME type or file name): the message was refused for its attachment, not judged as spam.",
		Fix: []string{"Send the file another way (a link to a file share), or in a format the receiver accepts.",
			"If the file is needed, ask the recipient's admin to allow this type."}},
	// archives refused as encrypted or nested too deep: the attachment policy
	{ID: "mta12.archive-refused", Any: []string{"encrypted archive", "encrypted archives", "password-protected archive", "password protected archive",
		"password-protected attachment", "password protected attachment", "encrypted attachment", "encrypted zip", "nested archive", "nested archives",
		"archive depth", "archive nesting", "zip bomb", "archive bomb"},
		Not: []string{"error unpacking", "unable to unpack", "failed to unpack"},
		Cat: Policy, Pri: 20,
		Summary: "The receiving site's policy refuses archives it cannot inspect (encrypted or password-protected) or that are nested too deep.",
		Fix:     []string{"Send the file unencrypted, or share it by link; give the password by another channel if it must stay encrypted."}},
	// a generic (dynamic) PTR name, or "use your ISP's relay": a dynamic host
	{ID: "mta12.generic-rdns", Any: []string{"generic rdns", "generic reverse dns", "generic ptr", "generic hostname", "generic host name", "dynamic rdns",
		"dynamic ptr", "dynamic hostname", "use your isp's", "use your isps", "use your isp ", "use your provider's", "isps smtp relay", "isp's smtp relay",
		"isp's mail server", "isps mail server", "your isp's relay", "your provider's relay", "your provider's smtp",
		"bypassing service provider", "bypassing your isp", "bypassing the isp"}, // batch 27-parse: "Client host bypassing service provider's mail relay"
		// (a relay refusal that sends the client to its ISP's server stays a
		// relay refusal)
		Not: []string{"relay access", "relaying", "relay denied", "relay not", "not relay", "unable to relay"},
		Cat: Reputation, Pri: 20,
		Summary: "The sending IP looks like a dynamic (residential) address — its PTR name is a generic one built from the IP — and the receiver accepts no mail sent directly from such hosts.",
		Fix: []string{"Send through your ISP's or organisation's mail relay (authenticated submission) instead of directly to the MX.",
			"If the host is a real mail server, give it a static IP and a PTR name of its own (not built from the IP)."}},
	// the receiver's PTR lookup of the client timed out or failed
	{ID: "mta12.rdns-lookup-failed", Any: []string{"rdns lookup", "reverse dns lookup", "ptr lookup", "reverse lookup", "rdns"},
		With: []string{"timeout", "timed out", "failed", "failure", "error", "servfail"},
		Not:  []string{"dnsbl", "blocklist", "blacklist"},
		Cat:  PTRRequired, Pri: 20,
		Summary: "The receiving server could not look up the reverse DNS (PTR) of the sending IP in time: the PTR record is missing or its DNS servers do not answer.",
		Fix:     []string{"Check that the sending IP's PTR record exists and that the DNS servers for its reverse zone answer quickly (dig -x <IP>)."}},
	// a karma, reputation or sender score of the connection
	{ID: "mta12.karma-score", Any: []string{"karma", "reputation score", "sender score", "senderscore", "trust score", "ip score", "reputation is too low"},
		Not: []string{"spam score", "spamscore", "content score"},
		Cat: Reputation, Pri: 20,
		Summary: "The receiver scores the sending host (its karma or reputation from earlier connections) too low: a reputation block on the host, not a verdict on this message's content.",
		Fix:     delistFix},
	// too many failures in one session: the client's protocol errors
	{ID: "mta12.session-failures", Any: []string{"too much failure", "too many failures", "too many failed commands", "too many protocol errors",
		"failure limit", "failures in smtp session", "failures in this session"},
		// (Haraka's outbound "Too many failures (Tried all MXs)" is a delivery
		// that failed at every MX: the network)
		Not: []string{"auth", "login", "password", "credential", "delivery attempts", "tried all", "mxs", "mx hosts", "error: connect", "econnrefused",
			"etimedout", "ehostunreach", "timed out"},
		Cat: Syntax, Pri: 20,
		Summary: "The client made too many errors in one SMTP session (refused commands, protocol errors): the server closes the session.",
		Fix:     []string{"Capture the SMTP transcript and fix the commands the server refused; a client that keeps sending refused commands is disconnected."}},
	// a message that does not conform to a standard: the format
	{ID: "mta12.not-conforming", Any: []string{"does not conform", "doesn't conform", "not conform", "non-conforming", "nonconforming", "not compliant",
		"non-compliant", "noncompliant"},
		With: []string{"standard", "standards", "rfc", "mime", "emime", "message format"},
		Not:  []string{"address", "helo", "ehlo"},
		Cat:  RFCNoncompliant, Pri: 20,
		Summary: "The message does not conform to the mail standards (its MIME structure or header format): the server cannot accept it as it is."},
	// a sender or recipient address on the server's own blacklist
	{ID: "mta12.address-in-blacklist", Any: []string{"sender", "rcpt", "recipient", "email address", "e-mail address", "mail address", "envelope sender",
		"from address", "your address"},
		With: []string{"in the blacklist", "on the blacklist", "in our blacklist", "on our blacklist", "in my blacklist", "in the audit blacklist", "in blacklist",
			"in the black list", "on the black list", "in the blocklist", "on the blocklist", "in the deny list", "in the denylist", "on the deny list"},
		Not: []string{"ip", "host", "client", "server", "dnsbl", "rbl", "spamhaus", "spamcop", "listed at", "listed on", "listed in"},
		Cat: Policy, Pri: 20,
		Summary: "The sender's or recipient's address is on the receiving server's own block list (a local list of addresses, not a DNS blocklist of IPs).",
		Fix:     []string{"Ask the recipient's postmaster to remove the address from their block list, if the mail is wanted."}},
	// "use the SMTP (submission) server instead of the MX"
	// (a relay refusal that names the submission port stays a relay
	// refusal, forum7.use-submission)
	{ID: "mta12.use-submission", Any: []string{"instead of mx", "instead of the mx", "instead of your mx", "rather than the mx", "instead of our mx"},
		Not: []string{"relay"},
		Cat: AuthRequired, Pri: 20,
		Summary: "Mail from this sender must be submitted to the provider's SMTP (submission) server with authentication, not delivered straight to the MX.",
		Fix:     []string{"Configure the client to send through the provider's submission server (port 587 with STARTTLS, or 465) with SMTP AUTH."}},
	// "too much mail data": the size limit (RFC 5321 §4.5.3.1.10), the text servers send
	// when the DATA exceeds their limit (Python's smtpd and aiosmtpd, LumiSoft,
	// MailGates, gromox's "exceeded storage allocation; too much mail data"), also bare.
	// NTT docomo answers a full mailbox with the same bare words (Sisimai's NTTDOCOMO
	// table), a meaning the words do not carry: settled as the size by common21
	// (docs/explain.md "Labelling conventions"). Words that name the account or the
	// mailbox ("for this account") keep the 552's storage reading.
	{ID: "mta12.too-much-mail-data", Any: []string{"too much mail data", "too much message data"},
		Not: []string{"account", "mailbox", "quota", "user", "recipient"},
		Cat: MessageTooBig, Pri: 20,
		Summary: "The message is larger than the receiver accepts (RFC 5321's \"too much mail data\").",
		Refs:    []string{"RFC 5321 §4.5.3.1.10"}},
	// too many mail transactions in one connection
	{ID: "mta12.too-many-transactions", Any: []string{"transactions", "mail transactions", "messages per connection", "mails per connection",
		"messages in the same connection", "messages per session", "mails per session"},
		With: []string{"too many", "limit", "maximum", "exceeded"},
		Cat:  RateLimited, Weak: true, Pri: conceptPri,
		Summary: "The client sent more messages in one connection than the receiver allows: open a new connection for the rest."},
}
