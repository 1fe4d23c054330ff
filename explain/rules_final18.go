package explain

import (
	"encoding/csv"
	"strings"
)

// Rules of helper final18 (issue 10, session 13): kinds from the wrong
// verdicts of batches 12 to 17's first runs and the kinds heldout17.md left
// open; see docs/heldout/heldout18.md. Each is tested in new wording in
// final18_kinds_test.go.
//
//   - A sending MTA that says it cannot find a mail server (an MX) for the
//     recipient's domain ("450 Can't find an MX server for x.example",
//     ZoneMTA's DNS deferral): the domain's mail servers are not found, as
//     "could not find MX" already says (mta.host-not-found), not a bare
//     450.
var final18Rules = []rule{
	// ---- kinds of heldout18's first run (docs/heldout/heldout18.md) ----
	{ID: "final18.web-login-required", Any: []string{"log in via your web browser", "sign in via your web browser", "login via your web browser", "log in through your web browser", "sign in through your web browser", "weblogin required", "webloginrequired"},
		Cat: AuthFailed, Pri: 12,
		Summary: "The provider refused the login (SMTP AUTH) until the account signs in through a web browser once (Gmail's 5.7.14 \"Please log in via your web browser\"): a security check of the account, not a wrong reply code.",
		Fix: []string{"Sign in to the account in a web browser from the sending machine's network and complete the security check, then retry.",
			"Use an app password or OAuth2 where the provider requires it for SMTP."}},
	{ID: "final18.antispam-system", Any: []string{"by antispam system", "by antispam filter", "by antispam engine", "by the antispam system", "by the antispam filter", "antispam system, id", "antispam system,"},
		Not: []string{"ip", "blacklist", "blocklist", "reputation", "rbl"},
		Cat: SpamContent, Pri: 10,
		Summary: "The receiver's anti-spam system refused the message as spam (its content or its spam score).",
		Fix: []string{"Review the message's content and links against common spam triggers, and its authentication (SPF, DKIM, DMARC: `smtpgw check domain`).",
			"Send the refusal with its id to the receiver's postmaster if the message is legitimate."}},
	{ID: "final18.protocol-deviation", Any: []string{"protocol deviation"},
		Cat:     Syntax,
		Summary: "The server refused a command as a deviation from the SMTP protocol (a command out of sequence or malformed).",
		Fix:     []string{"Check the client's SMTP dialogue (a debug log): the order of EHLO, MAIL FROM, RCPT TO and DATA and the syntax of each command."}},
	{ID: "final18.header-count", All: []string{"header"}, Any: []string{"should have one or no", "must have one or no", "should have only one", "must have only one", "should have exactly one", "must have exactly one"},
		Cat: RFCNoncompliant, Pri: 8,
		Summary: "The message carries a header field more often than RFC 5322 allows (two Subject or From fields): the receiver refused it as malformed.",
		Fix:     []string{"Fix the sending application or library so that it writes each of From, Date, Subject, To and Message-ID once."}},
	{ID: "final18.server-refused-connection", Any: []string{"refused the connection", "connection to the smtp server", "connection to the outgoing server", "connection to the outgoing mail server"},
		Not:     []string{"authentication", "password", "certificate", "tls", "ssl"},
		Cat:     Network,
		Summary: "The mail client could not connect to its SMTP server: the server did not answer or refused the connection.",
		Fix:     []string{"Check the outgoing server's name and port in the client's settings, and that the network (a firewall, the provider's port 25 block) lets the connection through."}},
	{ID: "final18.filter-rule", Any: []string{"matches up to the filter rule", "matches the filter rule", "matched the filter rule", "matched a filter rule", "matches a filter rule"},
		Cat: Policy, Pri: 8,
		Summary: "A filter rule of the receiving system matched the message and refused it (a rule on the sender, the subject, the content or an attachment).",
		Fix:     []string{"Ask the recipient or their administrator which filter rule refused the message, or change what it matched (the subject, an attachment, a link)."}},
	{ID: "final18.bandwidth-limit", Any: []string{"command or bandwidth limit", "bandwidth limits", "bandwidth limit exceeded", "exceeded bandwidth"},
		Cat: RateLimited, Pri: 20,
		Summary: "The account went over the server's limit on commands or on transferred data for a period: it is throttled until the period ends.",
		Fix:     []string{"Wait for the limit's period to end and send or fetch less at a time (fewer parallel connections, smaller batches)."}},
	{ID: "final18.cannot-find-mx", Any: []string{"find an mx server", "find a mx server", "find any mx server", "find an mx host", "find any mx host", "find an mx record", "find any mx record",
		"find a mail server for", "find any mail server for", "find the mail server for", "find a mail exchanger for",
		// (the words after "not" are not read as a claim: the negation is part of the phrase)
		"not find an mx", "not find any mx", "not find a mail server for", "not find any mail server for", "not find a mail exchanger for"},
		Not:     []string{"sender", "from domain", "your domain", "helo", "reverse"},
		Cat:     HostUnknown,
		Summary: "The sending server could not find a mail server (MX) for the recipient's domain: the domain does not exist or publishes no mail server, or its DNS did not answer.",
		Fix: []string{"Check the domain part of the recipient address for typos.",
			"Look up the domain's mail servers (`dig MX domain`): with none and no address record it receives no mail; if the lookup fails now and then, the sending MTA retries a temporary reply by itself."}},
}

// powerMTARecord lays out a PowerMTA accounting record (a CSV line: type,
// timeLogged, timeQueued, orig, rcpt, orcpt, dsnAction, dsnStatus, dsnDiag,
// dsnMta, bounceCat, ...): the diagnostic field ("smtp;550 5.1.1 ...") is
// the reply, on a line of its own, the status field's words after it and
// the bounce category on a line of its own; the record's other fields (the
// hosts, addresses, the receiver's ESMTP capabilities "8BITMIME,...") are
// no words of the reply (heldout17.md: the capability list read as an
// 8-bit complaint). Any other input is returned as it is.
func powerMTARecord(s string) string {
	if len(s) < 3 || s[1] != ',' && !(len(s) > 3 && s[2] == ',') || strings.Contains(s, "\n") {
		return s
	}
	rd := csv.NewReader(strings.NewReader(s))
	rd.LazyQuotes = true
	rd.FieldsPerRecord = -1
	f, err := rd.Read()
	if err != nil || len(f) < 10 || !powerMTAType(f[0]) || !startsWithDate(f[1]) {
		return s
	}
	diag := -1
	for i, v := range f {
		if strings.HasPrefix(strings.ToLower(v), "smtp;") {
			diag = i
			break
		}
	}
	if diag < 2 {
		return s
	}
	lines := []string{strings.TrimSpace(f[diag][len("smtp;"):])}
	// the bounce category right after the reply, before the status field:
	// a status line of its own ("5.0.0 (undefined status)") reads as a
	// second reply, and the category after it was that reply's context,
	// not the diagnostic's (batch 26-tail b: "smtp;550 5.7.1 Message
	// rejected,...,spam-related" read as the bare 5.7.1's policy)
	for _, v := range f[diag+1:] {
		for _, c := range momentumCategories {
			if strings.EqualFold(v, c) {
				lines = append(lines, "bounce category: "+v)
			}
		}
	}
	if st := f[diag-1]; strings.Contains(st, " (") && len(st) > 5 && isDigit(st[0]) && st[1] == '.' {
		lines = append(lines, st) // "5.1.1 (bad destination mailbox address)"
	}
	return strings.Join(lines, "\n")
}

// powerMTAType reports a PowerMTA accounting record's type field: d
// (delivered), b (bounced), t (transient), tq, rb and rs (remote bounce,
// remote status).
func powerMTAType(t string) bool {
	switch t {
	case "d", "b", "t", "tq", "rb", "rs":
		return true
	}
	return false
}

// startsWithDate reports a field that starts with a date "YYYY-MM-DD".
func startsWithDate(v string) bool {
	return len(v) >= 10 && isDigit(v[0]) && isDigit(v[1]) && isDigit(v[2]) && isDigit(v[3]) && v[4] == '-' && isDigit(v[5]) && isDigit(v[6]) && v[7] == '-' && isDigit(v[8]) && isDigit(v[9])
}

// exchange2003NDR lays out Exchange 2000/2003's non-delivery report ("Your
// message did not reach some or all of the intended recipients ... did not
// reach the following recipient(s): ... <reason> ... <mx.lab.example
// #5.4.0>"): its last line, the reporting host and the status (with the
// server's reply after "smtp;" when one came), is the report's reply, and
//   - when no server reply came, the report's own sentence of the reason
//     ("The destination server for this recipient could not be found in
//     Domain Name Service (DNS).") is its text;
//   - the report says the message came back (Action: failed), so a
//     temporary reply it quotes ("smtp;450 5.2.3 ...") ended in a bounce.
//
// (heldout12's first run: the body's reason was not read, and a quoted 450
// made a returned message temporary.) Any other input is returned as it is.
func exchange2003NDR(s string) string {
	if indexFold(s, "did not reach the following recipient") < 0 {
		return s
	}
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	last := strings.TrimSpace(lines[len(lines)-1])
	if len(last) < 8 || last[0] != '<' || last[len(last)-1] != '>' {
		return s
	}
	inner := last[1 : len(last)-1]
	k := strings.Index(inner, " #")
	if k <= 0 || k+4 > len(inner) || !isDigit(inner[k+2]) || inner[k+3] != '.' {
		return s
	}
	rest := inner[k+2:]
	if indexFold(rest, "smtp;") < 0 {
		if why := exchange2003Reason(lines[:len(lines)-1]); why != "" {
			rest += " " + why
		}
	}
	lines[len(lines)-1] = "Action: failed\nRemote Server returned '<#" + rest + ">'"
	return strings.Join(lines, "\n")
}

// exchange2003Reason is the first sentence of the reason an Exchange 2003
// report gives in its body: the first line after the "did not reach" heading
// that is not the recipient's or the date's line.
func exchange2003Reason(lines []string) string {
	seen := false
	for _, ln := range lines {
		t := strings.TrimSpace(ln)
		switch {
		case indexFold(t, "did not reach the following recipient") >= 0:
			seen = true
			continue
		case !seen || t == "" || strings.HasPrefix(t, "on ") || strings.Contains(t, "@") && !strings.Contains(t, ". "):
			continue
		}
		if i := strings.Index(t, ". "); i > 0 {
			t = t[:i+1]
		}
		return t
	}
	return ""
}
