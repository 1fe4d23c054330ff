package explain

import (
	"bytes"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

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
func mailDaemonLine[T ~string | ~[]byte](t T) bool {
	d, _ := daemonMessage(t)
	return d
}

// daemonMessage is mailDaemonLine, and where the daemon's message starts
// after its syslog tag (len(t) for Exim's main log, whose lines carry no
// client command).
func daemonMessage[T ~string | ~[]byte](t T) (bool, int) {
	// the usual layouts first: BSD syslog ("Nov 28 19:27:24 host tag[pid]: ")
	// and ISO time stamps ("2026-11-28T19:27:24.123+00:00 host tag[pid]: "):
	// the tag is the word after the host
	if syslogStamped(t) {
		i := 16
		if t[10] == 'T' {
			i = indexByte(t[:min(len(t), 64)], ' ') + 1
		}
		if i > 0 && i < len(t) {
			if h := indexByte(t[i:], ' '); h > 0 {
				tag := t[i+h+1:]
				if len(tag) > 0 {
					for _, d := range daemonsByLetter.Get()[tag[0]|0x20] {
						if hasFoldPrefix(tag, d) {
							c := indexByte(tag, ':')
							if c < 0 {
								return true, len(t)
							}
							return true, min(i+h+1+c+2, len(t))
						}
					}
				}
			}
		}
	}
	lim := min(len(t), 256)
	c := indexColonSpace(t[:lim])
	if c > 0 {
		tag := t[:c]
		for j := len(tag) - 1; j >= 0; j-- {
			if tag[j] == ' ' {
				tag = tag[j+1:]
				break
			}
		}
		if len(tag) > 0 {
			for _, d := range daemonsByLetter.Get()[tag[0]|0x20] {
				if hasFoldPrefix(tag, d) {
					return true, c + 2
				}
			}
		}
	}
	return eximMainLogLine(t), len(t)
}

// syslogStamped reports a line that starts with a syslog time stamp: BSD
// ("Nov 28 19:27:24 ") or ISO ("2026-11-28T19:27:24").
func syslogStamped[T ~string | ~[]byte](t T) bool {
	return len(t) > 20 && (t[3] == ' ' && t[9] == ':' && t[12] == ':' && t[15] == ' ' || t[4] == '-' && t[10] == 'T' && t[13] == ':')
}

// stampedDaemonLine is mailDaemonLine for a line as a log holds it: a
// syslog line (a time stamp, a host, a mail daemon's tag) or Exim's main
// log, not any text whose first word before ": " names a daemon (an
// application's "SendMail: failed to ...").
func stampedDaemonLine(t string) bool {
	return syslogStamped(t) && mailDaemonLine(t) || eximMainLogLine(t)
}

// indexColonSpace is the index of the first ": " in t, or -1.
func indexColonSpace[T ~string | ~[]byte](t T) int {
	switch v := any(t).(type) {
	case string:
		return strings.Index(v, ": ")
	case []byte:
		return bytes.Index(v, colonSpace)
	}
	return -1
}

var colonSpace = []byte(": ")

// daemonsByLetter are the mailDaemons by their first letter, built on
// first use (a call in a package variable's initialiser runs at every
// start; see internal/lazy).
var daemonsByLetter = lazy.Value[*[256][]string]{New: func() *[256][]string {
	var m [256][]string
	for _, d := range mailDaemons {
		m[d[0]] = append(m[d[0]], d)
	}
	return &m
}}

// mayBeCommandLine is mayBeCommand, cheaper on a mail daemon's log: there a
// client command can only stand in a verbose session log, whose message
// starts with '>' (Postfix's smtp_chat.c: "> host[ip]:25: RCPT TO:<...>").
func mayBeCommandLine[T ~string | ~[]byte](t T, daemon bool, msg int) bool {
	if daemon {
		return msg < len(t) && t[msg] == '>' && mayBeCommand(t[msg:])
	}
	return mayBeCommand(t)
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
func eximMainLogLine[T ~string | ~[]byte](t T) bool {
	if len(t) < 21 || !isDigit(t[0]) || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':' {
		return false
	}
	rest := t[19:]
	for len(rest) > 0 && rest[0] != ' ' { // fractions
		rest = rest[1:]
	}
	rest = trimSpaces(rest)
	if len(rest) > 0 && (rest[0] == '+' || rest[0] == '-') { // a zone
		if sp := indexByte(rest, ' '); sp > 0 {
			rest = trimSpaces(rest[sp:])
		}
	}
	if len(rest) > 0 && rest[0] == '[' { // [pid]
		if e := indexByte(rest, ']'); e > 0 {
			rest = trimSpaces(rest[e+1:])
		}
	}
	word := rest
	if sp := indexByte(word, ' '); sp >= 0 {
		word = word[:sp]
	}
	if isEximMessageID(word) {
		return true
	}
	if eq := indexByte(word, '='); eq > 0 && eq <= 4 {
		return true // H=, U=, cwd=
	}
	for _, p := range []string{"SMTP ", "TLS ", "Start queue run", "End queue run", "exim ", "no host name found", "no IP address found", "unexpected disconnection"} {
		if len(rest) >= len(p) && string(rest[:len(p)]) == p {
			return true
		}
	}
	return false
}

func trimSpaces[T ~string | ~[]byte](t T) T {
	for len(t) > 0 && t[0] == ' ' {
		t = t[1:]
	}
	return t
}

// isEximMessageID: 6-6-2 (before Exim 4.97) or 6-11-4 base-62 groups.
func isEximMessageID[T ~string | ~[]byte](w T) bool {
	// groups of 6, then 6 or 11, then 2 or 4 base-62 characters
	n, start, lens := 0, 0, [3]int{}
	for i := 0; i <= len(w); i++ {
		if i < len(w) && w[i] != '-' {
			if !isDigit(w[i]) && !isAlpha(w[i]) {
				return false
			}
			continue
		}
		if n == 3 {
			return false
		}
		lens[n] = i - start
		n++
		start = i + 1
	}
	return n == 3 && lens[0] == 6 && (lens[1] == 6 && lens[2] == 2 || lens[1] == 11 && lens[2] == 4)
}
