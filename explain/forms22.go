package explain

import (
	"bytes"
	"strings"
)

// Whole pastes (held-out batch 22-forms): a log excerpt of one message from
// its first deferral to its end, a reply wrapped after a capitalised word.

// queueOutcome reads the outcome line Postfix's queue manager writes when a
// message's time in the queue ran out ("4QBx1y2Z3w: from=<a@b.example>,
// status=expired, returned to sender", maximal_queue_lifetime in
// postconf(5)): it carries no reply, but it is the message's final state,
// a failure as Exim's "** a@b: retry timeout exceeded" is (logforms.go).
// key and v are the status field's key and value as parse cut them.
func (li *lineInfo) queueOutcome(key, v string) {
	if li.reply || key != " status=" || li.action != "failed" {
		return
	}
	lv := lowerASCII(strings.TrimSpace(v))
	if !strings.HasPrefix(lv, "expired") {
		return
	}
	li.reply, li.refusal, li.text, li.replyLine = true, true, strings.TrimSpace(v), strings.TrimSpace(v)
}

// finalAfterDeferrals reports a paste of log lines whose deciding line k
// states a final failure ("status=bounced", "status=expired", Exim's "**")
// after lines that only deferred the message ("status=deferred", Exim's
// "=="): the message failed, whatever the first line said. (A report's
// recipients in groups are chosen before the lines are read:
// chooseRecipient, forms_msg16.go.)
func finalAfterDeferrals(cs []candidate, k int) bool {
	if !strings.EqualFold(cs[k].action, "failed") {
		return false
	}
	deferred := false
	for _, c := range cs[:k] {
		switch {
		case c.action == "":
		case strings.EqualFold(c.action, "delayed"):
			deferred = true
		default:
			return false
		}
	}
	return deferred
}

// capitalisedWordEnd reports a reply line cut after a capitalised word
// ("553 5.7.1 <a@b.example>: Sender" then "address rejected: not owned by
// user" on the next line, as a dialog's text is copied from a screenshot,
// or Postfix's "Recipient" / "Client" / "Helo" before the words of its
// check): the sentence goes on in the next line.
func capitalisedWordEnd(t string) bool {
	t = strings.TrimSpace(t)
	w := t[strings.LastIndexAny(t, " \t")+1:]
	if len(w) < 2 || w == t || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// queueOutcomeLine reports the log line of a message's end that carries no
// reply code and no bracket, so that the scanner's quick look (mayCarry)
// passes over it: Postfix's queue manager's line for a message whose queue
// lifetime ran out ("status=expired, returned to sender"). In a mail log it
// is the message's outcome, the only line that states it. (Sendmail's "DSN:"
// line is not: its stat= line before it states the failure, and a log
// summary would count the message twice; sendmailDSNLine reads it in a
// paste only.)
func queueOutcomeLine(t []byte) bool {
	// Every line the Scanner skips asks this (most lines of a log): search
	// for "xpired", whose 'x' is rare in log lines, then look back for
	// " status=e". bytes.Contains of " status=expired" stopped at every
	// space: 4.7% of the log path's instructions (callgrind, session 17).
	const before = " status=e"
	for i := 0; i < len(t); {
		j := bytes.Index(t[i:], []byte("xpired"))
		if j < 0 {
			return false
		}
		j += i
		if j >= len(before) && string(t[j-len(before):j]) == before {
			return true
		}
		i = j + 1
	}
	return false
}

// sendmailDSNLine reads sendmail's log line for the delivery status
// notification it creates ("<qid>: <dsn qid>: DSN: <reason>"): the reason of
// a returned message is its failure ("Cannot send message for 5 days",
// "User unknown", "Service unavailable"); a warning ("DSN: Warning: could not
// send message for past 4 hours") is a delay; a return receipt is no failure.
func (li *lineInfo) sendmailDSNLine(t string, strict bool) bool {
	i := strings.Index(t, ": DSN: ")
	if i <= 0 || li.reply || strict { // (a log read line by line has the stat= line: queueOutcomeLine)
		return false
	}
	// the queue id before it: letters and digits, as sendmail makes them
	j := strings.LastIndexByte(t[:i], ' ')
	id := t[j+1 : i]
	if len(id) < 8 || strings.IndexFunc(id, func(r rune) bool { return !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) >= 0 {
		return false
	}
	text := strings.TrimSpace(t[i+len(": DSN: "):])
	lt := lowerASCII(text)
	switch {
	case text == "", strings.HasPrefix(lt, "return receipt"), strings.HasPrefix(lt, "relayed"), strings.HasPrefix(lt, "delivered"), strings.HasPrefix(lt, "expanded"):
		return false
	case strings.HasPrefix(lt, "warning:"):
		li.action = "delayed"
		text = strings.TrimSpace(text[len("warning:"):])
	default:
		li.action = "failed"
	}
	li.reply, li.refusal, li.text, li.replyLine = true, true, text, text
	return true
}

// commaEnd reports a reply line cut after a comma ("421 4.7.0 Try again
// later," then "closing connection. (EHLO)", as a narrow dialog breaks it):
// the sentence goes on in the next line.
func commaEnd(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) > 1 && t[len(t)-1] == ',' && t[len(t)-2] != ','
}

// shellToolStart reports the command line of a mail test tool behind a
// shell prompt, the first line users paste of a session ("$ telnet
// mx.example 25", "user@host:~$ openssl s_client -starttls smtp ...",
// "[root@mx ~]# swaks --to ...", "PS C:\> Send-MailMessage ..."): what
// follows is the tool's session, one paste (toolSessionStart, forms11.go).
func shellToolStart[T ~string | ~[]byte](t T) bool {
	if len(t) < 6 {
		return false
	}
	// the prompt: up to its "$ ", "# ", "% " or "> " in the first 60 bytes,
	// with no space before it outside brackets (PowerShell's "PS C:\>" has
	// one after "PS")
	end := -1
	depth := 0
	for i := 0; i+1 < len(t) && i < 60; i++ {
		c := t[i]
		switch {
		case c == '[':
			depth++
		case c == ']':
			depth--
		case (c == '$' || c == '#' || c == '%' || c == '>' && i > 0) && t[i+1] == ' ': // (a '>' first is a quote)
			end = i + 2
		case c == ' ' && depth <= 0 && !(i == 2 && t[0] == 'P' && t[1] == 'S'):
			i = 60 // (a word and a space: no prompt)
			continue
		}
		if end >= 0 {
			break
		}
	}
	if end < 0 {
		return false
	}
	rest := t[end:]
	for len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:]
	}
	if hasPrefixOf(rest, "sudo ") {
		rest = rest[len("sudo "):]
	}
	for _, tool := range shellTools {
		if hasPrefixOf(rest, tool) && (len(rest) == len(tool) || rest[len(tool)] == ' ') {
			return true
		}
	}
	return false
}

// shellTools are the commands whose session or error a user pastes with its
// command line: SMTP test clients and mail submission tools.
var shellTools = [...]string{"telnet", "nc", "ncat", "netcat", "openssl", "swaks", "curl", "posttls-finger",
	"Send-MailMessage", "msmtp", "sendmail", "smtp-cli", "mailx"}

// headerFieldLine reports a message's header field among the lines of a list
// ("Subject: Your mailbox is full", the headers Exim's reject log writes
// after its line, a returned message's headers pasted under a log): its
// words are the message's, not a delivery's outcome (messageHeaderName,
// forms_msg16.go), so it is no line of delivery wording.
func headerFieldLine(t string) bool {
	name, _, ok := headerField(t)
	return ok && messageHeaderName(name)
}

// quotedReplyOpen reports a reply that a quote mark opens right before its
// code and that no quote mark closes yet (Outlook's "Server Response: '550
// 5.7.1" with the reply's words and its closing quote on the lines a dialog
// broke it into): the reply goes on in the next line, as foldQuoteOpen
// (forms11.go) reads Exchange's "returned '...".
func quotedReplyOpen(j string) bool {
	for i := 0; i+4 <= len(j); i++ {
		if j[i] == '\'' && isReplyCodeAt(j, i+1) && (i+4 == len(j) || j[i+4] == ' ' || j[i+4] == '-') {
			return strings.IndexByte(j[i+1:], '\'') < 0
		}
	}
	return false
}

// laterDelivery moves the decision off a log line's deferral that a later
// line of the same paste shows delivered to the same recipient ("status=
// deferred (... Greylisted ...)", then "status=sent (250 ...)" for the same
// to=<...>): the deferral is over. Another recipient's failure still
// decides; with none, the delivery does. k is decisive's choice.
func laterDelivery(cs []candidate, k int) int {
	if k < 0 || !supersededDeferral(cs, k) {
		return k
	}
	for i := k - 1; i >= 0; i-- {
		if cs[i].failed() && !supersededDeferral(cs, i) {
			return i
		}
	}
	for j := len(cs) - 1; j > k; j-- {
		if strings.EqualFold(cs[j].action, "delivered") && strings.EqualFold(cs[j].rcpt, cs[k].rcpt) {
			return j
		}
	}
	return k
}

// supersededDeferral reports a log line's deferral (its action "delayed",
// its recipient named) that a later line delivered to the same recipient.
func supersededDeferral(cs []candidate, i int) bool {
	if !strings.EqualFold(cs[i].action, "delayed") || cs[i].rcpt == "" {
		return false
	}
	for j := i + 1; j < len(cs); j++ {
		if strings.EqualFold(cs[j].action, "delivered") && strings.EqualFold(cs[j].rcpt, cs[i].rcpt) {
			return true
		}
	}
	return false
}

// deliveredAfterDeferrals reports a paste whose deciding line k delivered
// the message after lines that only deferred it: the message's outcome is
// the delivery, whatever the first line said.
func deliveredAfterDeferrals(cs []candidate, k int) bool {
	if !strings.EqualFold(cs[k].action, "delivered") {
		return false
	}
	deferred := false
	for _, c := range cs[:k] {
		switch {
		case c.action == "":
		case strings.EqualFold(c.action, "delayed") && strings.EqualFold(c.rcpt, cs[k].rcpt):
			deferred = true
		case strings.EqualFold(c.action, "delivered"):
		default:
			return false
		}
	}
	return deferred
}

// otherLineDelivered reports a paste whose outcome so far (action, the
// first line's) is a delivery that a line before the deciding failure k
// states: sendmail's "to=<a@b.example>, ..., stat=Sent (...)" then
// "to=<c@b.example>, ..., dsn=5.1.1, stat=User unknown". The delivery was
// another line's; the failure decides its own class.
func otherLineDelivered(cs []candidate, k int, action string) bool {
	switch lowerASCII(action) {
	case "delivered", "relayed", "expanded":
	default:
		return false
	}
	if strings.EqualFold(cs[k].action, action) {
		return false
	}
	for _, c := range cs[:k] {
		if strings.EqualFold(c.action, action) {
			return true
		}
	}
	return false
}
