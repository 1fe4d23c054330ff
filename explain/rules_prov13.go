package explain

import "strings"

// Held-out batch 13-prov (issue 10): mailbox providers', ISPs' and hosting
// companies' replies as users pasted them (heldout13-prov.tsv). Its first
// run (34 of 43; category 35, class 41) showed these kinds, each fixed here
// as a kind and tested in new wording in prov13_kinds_test.go:
//
//   - vocabulary, POP-before-SMTP: a server that lets a client send only
//     after it read its mail ("first check your mail with a valid POP
//     account", "log in to POP/IMAP before sending") asks for
//     authentication; the purpose clause that follows ("this prevents
//     unauthorized SPAM relaying") is no spam verdict (rules.go mta.spam);
//   - vocabulary, SPF's own sentence without the word SPF: libspf2's and
//     Exim's "<ip> is not allowed to send mail from <domain>" names the
//     sending host and the sender domain: an SPF failure, not a policy;
//   - code over enhanced code, RFC 5321's 421 "Service not available" is
//     the server's state whatever enhanced code a provider puts beside it
//     ("421 4.2.1 Service not available" is no disabled mailbox);
//   - vocabulary, a blocklist named only by its delisting link or brand
//     (Cloudmark CSI's "reset-request", LashBack's Unsubscribe Blacklist);
//   - vocabulary, an envelope sender said to be unroutable (rules_concepts.go
//     concept.sender-invalid).
//
// Its second batch, heldout13-provb.tsv (first run 24 of 30; category 26,
// class 28), added:
//
//   - vocabulary, IONOS's explanation link with c=hd (help id 2425): like
//     United Internet's c=hi (rules_apps11.go), the header lines are not
//     RFC 5321/5322 conformant, whatever "policy restrictions" says beside it;
//   - parser/form, a reply line whose text is only the server's name
//     (Orange's "421 mwinf5c27 ME") goes on in the lines after it, which
//     carry no code: the reason is there ("Trop de connexions ... Too
//     many\nconnections, slow down. OFR004_104"), not a bare 421
//     (serverNameOnly, used by parse.go's wrappedOn);
//   - parser/form, the reply's lines quoted as an array of strings, as a
//     client library prints them ('["554-Transaction failed", "554-Reject
//     due to policy restrictions.", "554 For explanation visit ..."]'):
//     each string is a line of the reply (quotedReplyArray, pastes.go).

const refIONOSHD = "https://www.ionos.com/help/index.php?id=2425&c=hd (IONOS: 554 Transaction failed, reject due to policy restrictions: the header lines do not follow RFC 5321/5322)"

var prov13Rules = []rule{
	// IONOS's explanation link with c=hd: the header lines are not RFC
	// 5321/5322 conformant (one valid Date:, From, Sender, To, CC, Subject at
	// most once each)
	{ID: "prov13.ionos-hd", Any: []string{"&c=hd", "?c=hd"}, With: []string{"ionos", "1und1", "1and1", "1&1", "gmx", "web.de", "?id=2425&"}, // the help article's id names IONOS when a paste masks the host (held-out batch 25-prov probe)
		Cat: RFCNoncompliant, Provider: "IONOS (United Internet)",
		Summary: "IONOS (code hd): the message's header lines do not follow RFC 5321/5322 (exactly one valid Date:, and From, Sender, To, CC and Subject at most once each, each syntactically correct); IONOS does not repair them, so the message is refused.",
		Fix: []string{"Check the headers the application writes: one valid Date:, one From:, at most one Sender:, To:, CC: and Subject:, each syntactically correct (a missing Date: or an unencoded non-ASCII name breaks it).",
			"Send a test message to yourself and read its raw headers."},
		Refs: []string{refIONOSHD, "RFC 5322 §3.6"}},
	// POP-before-SMTP: the server relays for a client that checked its mail
	// first (or authenticated): an authentication requirement
	{ID: "prov13.pop-before-smtp", Any: []string{"check your mail", "check your email", "check your e-mail", "check mail first", "checking your mail", "checked your mail",
		"pop account", "pop3 account", "pop before smtp", "pop-before-smtp", "smtp after pop", "smtp-after-pop", "log in to pop", "login to pop", "logged in to pop",
		"logged into pop", "pop/imap", "pop3/imap", "imap/pop", "pop or imap", "pop3 or imap"},
		With: []string{"first", "before", "prior to", "last 30 minutes", "in the last", "within the last", "to send mail", "to send email", "to send e-mail"},
		Not: []string{"mailbox full", "over quota", "password incorrect", "invalid password", "authentication failed",
			// an application's advice about its own settings ("Please check your
			// email settings and resend"), not POP-before-SMTP (held-out batch 14-engine)
			"email settings", "e-mail settings", "mail settings", "smtp settings", "email configuration", "mail configuration"},
		Cat: AuthRequired, Pri: 8,
		Summary: "The server relays mail only for a client that logged in to read its mail shortly before (POP-before-SMTP) or that authenticates: the client did neither.",
		Fix: []string{"Turn on SMTP authentication in the mail client (\"My outgoing server requires authentication\"), on port 587 with STARTTLS.",
			"Or check the mailbox (POP3/IMAP) right before sending, if the provider still relies on POP-before-SMTP."}},
	// SPF's own sentence without the word SPF (libspf2, Exim's SPF ACL,
	// mail filters): the sending IP is not allowed to send for the sender
	// domain
	{ID: "prov13.spf-not-allowed-from", Any: []string{"is not allowed to send mail from", "not permitted to send mail from",
		"is not authorized to send mail from", "is not authorised to send mail from", "is not a permitted sender for", "not designated to send mail for"},
		Not: []string{"account", "as user", "authenticated user", "login", "sasl", "mailbox", "not owned by"},
		Cat: SenderAuth, Pri: 8,
		Summary: "The sending host is not allowed to send mail for the sender's domain: the domain's SPF record does not list it.",
		Fix: []string{"Add the sending IP (or the provider's include:) to the SPF record of the envelope-sender domain (`dig TXT domain`).",
			"If the mail was forwarded, the forwarder must rewrite the envelope sender (SRS)."}},
	// RFC 5321's 421: the service is not available, whatever enhanced code
	// stands beside it ("421 4.2.1 Service not available": X.2.1 names a
	// disabled mailbox, which a 421 about the service cannot mean); a cause
	// named beside it decides instead
	{ID: "prov13.421-service-unavailable", Codes: []int{421}, Any: []string{"service not available", "service unavailable", "service temporarily unavailable",
		"service is unavailable", "service is not available", "service currently unavailable", "service is temporarily unavailable"},
		Not: []string{"too many", "rate", "limit", "throttl", "block", "blocked", "spam", "rbl", "dnsbl", "blacklist", "blocklist", "listed", "reputation",
			"greylist", "graylist", "grey-list", "policy", "reverse dns", "ptr", "helo", "tls", "auth", "quota", "complaint", "volume", "deferred due"},
		Cat: ServerError, Pri: 2,
		Summary: "The receiving server's SMTP service is not available right now and closed the connection (RFC 5321's 421)."},
	// a blocklist named by its delisting link or brand alone
	{ID: "prov13.cloudmark-csi", Any: []string{"csi.cloudmark", "cloudmark csi", "cloudmark sender intelligence", "cloudmark.com/reset", "reset-request"},
		Not: []string{"content", "message body"},
		Cat: Reputation, Blocklist: "Cloudmark Sender Intelligence", Pri: 4,
		Summary: "The sending IP has a poor Cloudmark Sender Intelligence (CSI) reputation, which the receiver uses to refuse mail.",
		Fix:     []string{"Look up the IP at csi.cloudmark.com and request a reset there (the reply's reset-request link).", "Fix the cause first (spam, compromised accounts or hosts), or the rating returns."}},
	{ID: "prov13.lashback-ubl", Any: []string{"lashback", "unsubscore"},
		Cat: Reputation, Blocklist: "LashBack Unsubscribe Blacklist", Pri: 4,
		Summary: "The sending IP is on LashBack's Unsubscribe Blacklist (UBL): it sent to addresses that had unsubscribed (LashBack's probe accounts).",
		Fix:     []string{"Honour unsubscribe requests and clean the list; then request removal at blacklist.lashback.com."}},
}

// serverNameOnly reports a reply line whose text is only the server's name
// ("mwinf5c27 ME", Orange's host and site): one word of lower-case letters
// and digits with a digit in it, perhaps followed by a short upper-case tag.
// The reason is in the next lines, pasted without the code.
func serverNameOnly(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	digit, letter := false, false
	for _, r := range f[0] {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'a' && r <= 'z':
			letter = true
		case r == '-' || r == '.':
		default:
			return false
		}
	}
	if !digit || !letter {
		return false
	}
	if len(f) == 2 {
		if len(f[1]) > 3 {
			return false
		}
		for _, r := range f[1] {
			if r < 'A' || r > 'Z' {
				return false
			}
		}
	}
	return true
}

// quotedReplyArray puts each string of an array of quoted reply lines on a
// line of its own: '["554-Transaction failed", "554-Reject ...", "554 For
// ...", ""]' becomes the three lines of the reply. An array whose strings
// do not all start with a reply code or a client command (or are empty) is
// left as it is; the first line repeated after the array is dropped.
func quotedReplyArray(s string) string {
	i := strings.Index(s, "[\"")
	if i < 0 {
		return s
	}
	j := strings.Index(s[i:], "\"]")
	if j < 0 {
		return s
	}
	body := s[i+2 : i+j]
	parts := strings.Split(body, "\", \"")
	if len(parts) < 2 {
		parts = strings.Split(body, "\",\"") // JSON written without spaces
	}
	if len(parts) < 2 {
		return s
	}
	var b strings.Builder
	n := 0
	for _, p := range parts {
		if p == "" {
			continue
		}
		if len(p) < 4 || !isDigit(p[0]) || !isDigit(p[1]) || !isDigit(p[2]) || (p[3] != ' ' && p[3] != '-') {
			// a session's client command between the server's replies (an
			// SMTP test tool's JSON of each MX's session lines;
			// heldout17.md) is a line of the transcript
			if commandStage(p) == "" && !strings.EqualFold(p, "QUIT") {
				return s
			}
		} else {
			n++
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p)
	}
	if n < 2 {
		return s
	}
	// the library's own line after it repeats the reply's first line
	// ("Bad response received for command. ..., response: 554-Transaction
	// failed"): that is the same reply, not a second one
	rest := strings.Replace(s[i+j+2:], parts[0], "", 1)
	return s[:i] + b.String() + rest
}
