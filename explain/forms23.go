package explain

import "strings"

// Forms of held-out batch 23 (helper final23).

// wrappedInAddress reports a reply line wrapped inside an address: the line
// before ends in the start of a local part ("... Local mailbox olya.blind")
// and this one starts with the rest of it, the at-sign and the domain, and
// goes on with words ("yuk@mail.example is unavailable: account is
// disabled"). A line that starts with an address and a colon is a
// recipient's heading, not the rest of a reply: w, the first word, has no
// colon here.
func wrappedInAddress(prev, t, w string) bool {
	if len(w) == len(t) || !localPartTail(prev) {
		return false
	}
	at := strings.IndexByte(w, '@')
	if at <= 0 || strings.Count(w, "@") != 1 || strings.ContainsAny(w, ":/=<>()[]\"") {
		return false
	}
	dom := strings.TrimRight(w[at+1:], ".,;")
	dot := strings.LastIndexByte(dom, '.')
	if dot <= 0 || len(dom)-dot-1 < 2 {
		return false
	}
	for _, r := range w[:at] + dom {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._+-", r)) {
			return false
		}
	}
	return true
}

// localPartTail reports a line that ends in a word that can start a local
// part: letters, digits, dots, hyphens, underscores or pluses, no at-sign,
// and no sentence end after it.
func localPartTail(prev string) bool {
	prev = strings.TrimRight(prev, " \t")
	i := strings.LastIndexAny(prev, " \t")
	last := prev[i+1:]
	if i < 0 || last == "" || last[len(last)-1] == '.' {
		return false
	}
	for _, r := range last {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._+-", r)) {
			return false
		}
	}
	return true
}

// codePlusRun reports a reply that a W3C extended log (the IIS SMTP service,
// MailEnable's SMTP activity log) wrote with '+' for its spaces and without
// an enhanced code: a field that starts with a reply code, '+' and a word
// ("504+User+Account+has+been+disabled+by+the+mail+administrator"). The
// reply is then read with its spaces back (w3cPlusReply, which also wants
// three '+' in the field).
func codePlusRun(s string) bool {
	return plusRunAt(s) >= 0
}

// plusRunAt is where the reply code of a '+'-written reply starts (see
// codePlusRun), or -1.
func plusRunAt(s string) int {
	for i := strings.IndexByte(s, '+'); i >= 3 && i+1 < len(s); {
		if isReplyCode(s[i-3:i]) && (i == 3 || s[i-4] == ' ' || s[i-4] == '\t') && isLetter(s[i+1]) {
			return i - 3
		}
		j := strings.IndexByte(s[i+1:], '+')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return -1
}

// w3cCommandReply gives a one-line W3C or MailEnable log entry back as its
// reply and the command it answers: "2022-11-30 06:12:40 192.0.2.15 SMTP-IN
// 198.51.100.44 310 AUTH c2FsZXM= 535+User+account+disabled ..." is
// "535+User+account+disabled ... (in reply to AUTH command)": the date, the
// addresses, the session number (one numbered 310 looks like a reply code)
// and the command's argument are not the reply. The command must stand at
// most two fields before the reply; otherwise the line is left as it is.
func w3cCommandReply(s string) string {
	if strings.IndexByte(s, '\n') >= 0 {
		return s
	}
	at := plusRunAt(s)
	if at <= 0 {
		return s
	}
	f := strings.Fields(s[:at])
	for k := len(f) - 1; k >= 0 && k >= len(f)-2; k-- {
		if cmd, ok := w3cCommand(f[k]); ok {
			return s[at:] + " (in reply to " + cmd + " command)"
		}
	}
	return s
}

// w3cCommand names the stage of a W3C or MailEnable log's command field in
// the words a reply's stage is read from ("in reply to RCPT TO command").
func w3cCommand(f string) (string, bool) {
	switch strings.ToUpper(f) {
	case "AUTH", "DATA", "EHLO", "HELO", "STARTTLS":
		return strings.ToUpper(f), true
	case "MAIL":
		return "MAIL FROM", true
	case "RCPT":
		return "RCPT TO", true
	case "BDAT":
		return "DATA", true
	}
	return "", false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// logCommandStage is the stage a one-line session log names by the command
// field just before the reply: a W3C extended log or MailEnable's activity
// log writes "... SMTP-IN <ip> <session> AUTH <argument> 504 User Account
// has been disabled ...", where AUTH is the command the reply answers.
// Only the command words that take at most one argument field are read, and
// only as the last or the second last field of the context.
func logCommandStage(ctx string) string {
	f := strings.Fields(ctx)
	if len(f) < 2 {
		return ""
	}
	for k := len(f) - 1; k >= 0 && k >= len(f)-2; k-- {
		switch strings.ToUpper(f[k]) {
		case "AUTH":
			return "AUTH"
		case "STARTTLS":
			if k == len(f)-1 {
				return "STARTTLS"
			}
		}
	}
	return ""
}

// foldWrapsInAddress reports a line of standard input that continues the
// pending reply inside an address (wrappedInAddress): the Scanner keeps it
// with the reply, as Parse joins it.
func foldWrapsInAddress(fold []string, t string) bool {
	if len(fold) == 0 {
		return false
	}
	t = strings.TrimSpace(t)
	w := t
	if i := strings.IndexAny(t, " \t"); i > 0 {
		w = t[:i]
	}
	return wrappedInAddress(fold[len(fold)-1], t, w)
}
