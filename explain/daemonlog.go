package explain

import "bytes"

// mailDaemonLine reports a line of a mail daemon's own log: a syslog or
// journal line whose program (the tag before the first ": ") is an MTA or
// one of the mail system's filters and agents, or a line of Exim's main
// log (a date and time followed by an Exim message id or one of Exim's
// own line forms). Such a daemon reports each delivery outcome and refusal
// with a reply code or a status (the log forms of parseLineInfo read them);
// its other lines (connections, TLS, queue, message-id) say nothing about
// an outcome even where their words resemble delivery wording
// ("Anonymous TLS connection established", "lost connection after
// CONNECT", "message-id=<...>"), and a filter's line repeats what the MTA
// reports with a code.
func mailDaemonLine(t []byte) bool {
	lim := min(len(t), 256)
	if c := bytes.Index(t[:lim], []byte(": ")); c > 0 {
		tag := t[:c]
		if sp := bytes.LastIndexByte(tag, ' '); sp >= 0 {
			tag = tag[sp+1:]
		}
		if k := bytes.IndexByte(tag, '['); k > 0 {
			tag = tag[:k]
		}
		for _, d := range mailDaemons {
			if hasFoldPrefix(tag, d) {
				return true
			}
		}
	}
	return eximMainLogLine(t)
}

// mailDaemons are the syslog program names of MTAs and of the filters and
// agents that log beside them in a mail log.
var mailDaemons = []string{"postfix", "sendmail", "sm-mta", "sm-msp", "exim", "smtpd", "opensmtpd", "qmail", "courier",
	"haraka", "dovecot", "amavis", "opendkim", "opendmarc", "postgrey", "policyd", "spamd", "rspamd", "clamd", "clamsmtp",
	"milter", "spamass", "mimedefang", "cyrus", "lmtp", "zimbra", "mta"}

// eximMainLogLine: "2026-11-28 19:35:30 " (optionally with fractions, a
// zone and "[pid] "), then an Exim message id ("1xXOCd-0003x0-10",
// 6-6-2 or 6-11-4 base-62 groups) or an Exim line form without one
// ("H=...", "U=...", "SMTP connection from", "TLS error", "Start queue
// run").
func eximMainLogLine(t []byte) bool {
	if len(t) < 21 || !isDigit(t[0]) || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':' {
		return false
	}
	rest := t[19:]
	for len(rest) > 0 && rest[0] != ' ' { // fractions, zone
		rest = rest[1:]
	}
	rest = bytes.TrimLeft(rest, " ")
	if len(rest) > 0 && rest[0] == '+' || len(rest) > 0 && rest[0] == '-' {
		if sp := bytes.IndexByte(rest, ' '); sp > 0 {
			rest = bytes.TrimLeft(rest[sp:], " ")
		}
	}
	if len(rest) > 0 && rest[0] == '[' {
		if e := bytes.IndexByte(rest, ']'); e > 0 {
			rest = bytes.TrimLeft(rest[e+1:], " ")
		}
	}
	word := rest
	if sp := bytes.IndexByte(word, ' '); sp >= 0 {
		word = word[:sp]
	}
	if isEximMessageID(word) {
		return true
	}
	if eq := bytes.IndexByte(word, '='); eq > 0 && eq <= 4 {
		return true // H=, U=, cwd=
	}
	for _, p := range []string{"SMTP ", "TLS ", "Start queue run", "End queue run", "exim ", "no host name found", "no IP address found", "unexpected disconnection"} {
		if bytes.HasPrefix(rest, []byte(p)) {
			return true
		}
	}
	return false
}

// isEximMessageID: 6-6-2 (before Exim 4.97) or 6-11-4 base-62 groups.
func isEximMessageID(w []byte) bool {
	parts := bytes.Split(w, []byte("-"))
	if len(parts) != 3 || len(parts[0]) != 6 {
		return false
	}
	if !(len(parts[1]) == 6 && len(parts[2]) == 2 || len(parts[1]) == 11 && len(parts[2]) == 4) {
		return false
	}
	for _, p := range parts {
		for _, c := range p {
			if !isDigit(c) && !isAlpha(c) {
				return false
			}
		}
	}
	return true
}
