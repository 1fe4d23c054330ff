package explain

import "strings"

// Forms of session 19's parser helper (parse24; held-out batches 24-parse):
//
//   - a log record or event written as JSON whose reply is spread over its
//     members: the code in a number ("smtp_code":550, maddy's structured
//     log; Mailgun's "delivery-status": {"code": 550, "message": ...}), the
//     enhanced status in another ("smtp_enchcode":"5.1.1",
//     "enhanced-code"), the server's words in a third ("smtp_msg",
//     "message", "description"). jsonReplyMembers lays them out as the
//     reply line they stand for;
//   - the names of a record's classifying members ("reason", "bounce_type",
//     "status", "event", "type") reach the rules as label words ("reason:
//     HARDBOUNCE"), as the same fields read in a log line or a table do;
//     other member names stay blanked (withoutJSONKeys);
//   - sendmail's own line for a recipient or the message ("550 5.1.1
//     <a@b>... User unknown", "501 5.6.0 Data format error"), the words of
//     the exit status it derived from the remote's reply, gives way to the
//     remote's reply of the same class that it restates ("<<< 550 relay
//     not permitted", "(reason: 553 5.1.8 ... Domain of sender address
//     ... does not exist)"): the remote's words tell the cause
//     (sendmailOwnLine);
//   - qmail-remote's phrase before the remote's reply names the stage:
//     "Connected to X but sender was rejected." (MAIL FROM), "... but greeting failed." (the greeting),
//     "... but my name was rejected." (HELO), "X failed on DATA command."
//     (DATA), "X failed after I sent the message." (end of data); and its
//     "Giving up on X." ends the attempt at that host after a refusal (a
//     permanent failure at once), not the queue lifetime: in qmail-send's
//     log, whose words are joined by '_', it is no identifier to be read as
//     words (withoutQmailLogLines);
//   - a swaks transcript pasted with every line indented (a tab-indented
//     block of a tutorial or a Markdown list): its server lines ("<-  250",
//     "<** 550 ...", "<~* 535 ...") are lines of their own, as its client
//     lines were (swaksClientLine), not the folded continuation of the
//     line before (swaksServerLine).

// jsonReplyMembers adds to a JSON object that carries a reply in separate
// members (above) the reply line they stand for, after the record. s is
// returned as it is when no code member is found, when the object quotes
// a reply with its code in a string already, or when no member carries the
// server's words.
func jsonReplyMembers(s string) string {
	open := strings.IndexByte(s, '{')
	end := strings.LastIndexByte(s, '}')
	if open < 0 || end < open || findCode(s, false) >= 0 {
		return s
	}
	obj := s[open : end+1]
	code, generic, enh := 0, false, ""
	var texts [len(jsonReplyTextNames)]string
	for m := (jsonMembers{s: obj}); ; {
		raw, v, ok := m.next()
		if !ok {
			break
		}
		name := jsonKeyName(raw)
		val, n := jsonScalar(v)
		m.skip(n)
		switch {
		case name == "" || val == "":
		case jsonSMTPCodeName(name):
			if c := jsonStatusValue(val); c >= 200 && c < 600 && len(val) == 3 {
				code, generic = c, false
			}
		case name == "code" || name == "status" || name == "errorcode":
			if c := jsonStatusValue(val); c >= 200 && c < 600 && len(val) == 3 && code == 0 {
				code, generic = c, true
			} else if enh == "" && isEnhancedAt(val, 0) {
				enh = val
			}
		case jsonEnhancedName(name):
			if enh == "" && isEnhancedAt(val, 0) {
				enh = val
			}
		default:
			for j, t := range jsonReplyTextNames {
				if name == t && texts[j] == "" {
					texts[j] = val
				}
			}
		}
	}
	if code == 0 {
		return s
	}
	if generic && enh == "" && httpLikeStatus(code) {
		return s // an API's own status ("code": 500, "status": 429): rules_esp12.go reads it
	}
	text := ""
	for _, t := range texts {
		if t != "" {
			text = t
			break
		}
	}
	if text == "" {
		return s // (a code without the server's words: the record's own words are read as they were)
	}
	if enh != "" && strings.HasPrefix(text, enh) {
		enh = "" // the words start with it ("message": "5.1.1 The email account ...")
	}
	line := itoa(code)
	if enh != "" {
		line += " " + enh
	}
	if text != "" {
		line += " " + text
	}
	// (the record stays before it: its other members are read as they
	// were, the bounce type of Mailgun's "delivery-status" among them; the
	// status member's value, now the reply's, is not a second reply)
	rec := s
	if enh != "" {
		rec = s[:open] + strings.Replace(obj, "\""+enh+"\"", "\"\"", 1) + s[end+1:]
	}
	out := strings.TrimRight(rec, " \t\r\n") + "\n" + line
	return out
}

// jsonReplyTextNames are the members that carry a server's words, in the
// order they are preferred (folded: jsonKeyName).
var jsonReplyTextNames = [...]string{"smtpmsg", "smtpmessage", "smtptext", "smtpresponse", "smtpreply", "response", "reply",
	"diagnosticcode", "diagnostic", "content", "message", "description", "errormessage", "details", "detail", "reason", "error", "msg"}

// jsonSMTPCodeName reports a member name (folded) that holds an SMTP reply
// code without doubt.
func jsonSMTPCodeName(name string) bool {
	switch name {
	case "smtpcode", "smtpstatuscode", "smtpreplycode", "smtpresponsecode", "replycode", "responsecode", "smtperrorcode", "bouncecode":
		return true
	}
	return false
}

// jsonEnhancedName reports a member name (folded) that holds an enhanced
// status code.
func jsonEnhancedName(name string) bool {
	switch name {
	case "smtpenchcode", "smtpenhancedcode", "enhancedcode", "enhancedstatuscode", "enhancedstatus", "smtpstatus", "dsn", "dsnstatus", "statuscode":
		return true
	}
	return false
}

// httpLikeStatus reports a code that a bare "code" or "status" member of
// an API's answer more likely holds as an HTTP status than as an SMTP
// reply (RFC 9110's client and server errors, 2xx and 3xx).
func httpLikeStatus(c int) bool {
	return c < 400 || c <= 431 || c == 451 || c >= 500 && c <= 511
}

// jsonScalar reads the JSON value v starts with: a string's contents
// (escapes kept as they are) or a number; "" for an object, an array, true,
// false and null. n is how many bytes of v it took.
func jsonScalar(v string) (val string, n int) {
	if v == "" {
		return "", 0
	}
	if v[0] == '"' {
		for j := 1; j < len(v); j++ {
			switch v[j] {
			case '\\':
				j++
			case '"':
				return strings.TrimSpace(v[1:j]), j + 1
			}
		}
		return "", len(v)
	}
	j := 0
	for j < len(v) && (isDigit(v[j]) || v[j] == '.' || v[j] == '-') {
		j++
	}
	return v[:j], j
}

// sendmailOwnLine reports a candidate that is sendmail's own line for a
// recipient or the message: the text of the exit status it derived from
// the remote's reply (sysexits.h, as sendmail's giveresponse words it:
// "User unknown", "Data format error", "Service unavailable"), after the
// address and "... " or alone ("550 5.1.1 <a@b>... User unknown", "501
// 5.6.0 Data format error").
func (c candidate) sendmailOwnLine() bool {
	t := c.text
	if c.code == 0 || t == "" || len(t) > 360 {
		return false
	}
	if k := strings.Index(t, "... "); k > 0 && strings.IndexByte(t[:k], ' ') < 0 && (strings.IndexByte(t[:k], '@') >= 0 || t[0] == '<') {
		t = t[k+4:]
	}
	t = strings.TrimRight(strings.TrimSpace(t), ".")
	for _, w := range sendmailExitTexts {
		if strings.EqualFold(t, w) {
			return true
		}
	}
	return false
}

// sendmailExitTexts are sendmail's words for the exit statuses of
// sysexits.h (its errstring table), which it writes as its own reply line
// for a recipient or message after the remote's refusal.
var sendmailExitTexts = [...]string{"User unknown", "Host unknown", "Data format error", "Service unavailable", "Remote protocol error",
	"Insufficient permission", "Local configuration error", "Bad usage", "Internal error", "Cannot open input", "Operating system error",
	"Can't create output", "I/O error", "Critical OS file missing"}

// remoteBeforeOwnLine is the index of the remote server's reply that
// sendmail's own line cs[i] restates (the last earlier failure of the same
// class whose words are the server's and do not only follow from an
// earlier refusal), or -1.
func remoteBeforeOwnLine(cs []candidate, i int) int {
	if !cs[i].sendmailOwnLine() {
		return -1
	}
	for j := i - 1; j >= 0; j-- {
		if cs[j].failed() && cs[j].class() == cs[i].class() && cs[j].joinedText() != "" && !cs[j].sendmailOwnLine() &&
			!cs[j].consequenceOf(cs[:j]) && !consequence(cs, j) { // (a refusal that follows from an earlier one: that one)
			return j
		}
	}
	return -1
}

// qmailRemoteStage is the stage qmail-remote's phrase in the words before
// the reply names (above), or maddy's log of a refused command ("smtp: RCPT
// error {...}", its reply in the record's members: jsonReplyMembers); ""
// when there is none.
func qmailRemoteStage(ctx string) string {
	if len(ctx) < 16 {
		return ""
	}
	// ("X does not like recipient." is RCPT TO, which a reply with a code
	// and no stage is read as already (atRcpt); named, the stage would
	// also turn the spam wording some servers answer RCPT with into a
	// verdict on the sender, which the corpus' qmail bounces do not bear)
	if k := strings.Index(ctx, " error {"); k > 0 {
		// maddy's log of a refused command, its fields after it
		// ("smtp: RCPT error {...}", "remote: MAIL FROM error {...}")
		switch h := ctx[:k]; {
		case strings.HasSuffix(h, "MAIL FROM"):
			return "MAIL FROM"
		case strings.HasSuffix(h, "RCPT"), strings.HasSuffix(h, "RCPT TO"):
			return "RCPT TO"
		case strings.HasSuffix(h, "DATA"):
			return "DATA"
		}
	}
	switch {
	case strings.Contains(ctx, " but sender was rejected"):
		return "MAIL FROM"
	case strings.Contains(ctx, " but greeting failed"):
		return "CONNECT"
	case strings.Contains(ctx, " but my name was rejected"):
		return "HELO"
	case strings.Contains(ctx, " failed on DATA command"):
		return "DATA"
	case strings.Contains(ctx, " failed after I sent the message"):
		return "END OF DATA"
	}
	return ""
}

// withoutQmailLogLines is s without the lines of qmail-send's log of a
// delivery ("delivery 7: failure: 192.0.2.8_does_not_like_recipient./...
// Giving_up_on_192.0.2.8./"): their '_' are spaces, which the parser reads
// (qmailDelivery), not the joins of an identifier.
func withoutQmailLogLines(s string) string {
	if strings.IndexByte(s, '_') < 0 || !strings.Contains(s, "failure: ") && !strings.Contains(s, "deferral: ") {
		return s
	}
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, ln := range lines {
		if !qmailDeliveryLine(ln) {
			out = append(out, ln)
		}
	}
	return strings.Join(out, "\n")
}

// jsonLabelName is how a classifying member's name reaches the rules
// (withoutJSONKeys): the words of the name, "" for any other member.
func jsonLabelName(folded string) string {
	switch folded {
	case "reason", "status", "event", "type", "state", "result", "category", "severity", "label", "outcome":
		return folded
	case "bouncetype":
		return "bounce type"
	case "bouncesubtype":
		return "bounce subtype"
	case "bounceclass":
		return "bounce class"
	case "bouncereason":
		return "bounce reason"
	case "eventtype":
		return "event type"
	case "errortype":
		return "error type"
	case "rejectreason":
		return "reject reason"
	}
	return ""
}

// swaksServerLine reports an indented line of swaks's output that the
// server sent: "<-", "<~" (after STARTTLS) or an error's "<**", "<~*",
// then a space. swaks writes them at the line's start; indented, the whole
// transcript was (splitLines would fold the line into the one before).
func swaksServerLine(ln string) bool {
	t := strings.TrimLeft(ln, " \t")
	if len(t) == len(ln) || len(t) < 4 || t[0] != '<' {
		return false
	}
	for _, p := range [...]string{"<- ", "<~ ", "<** ", "<~* "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// libraryMessageLine puts the reply a library quotes after its words 'with
// message "' (Symfony Mailer's and SwiftMailer's "Expected response code
// "250" but got code "550", with message "550 ...") on a line of its own
// when a code stands before it on the same line: an application's own
// label of the code ("Send Mail Fail. Error Code: 550 Message: Expected
// ...", a Monolog record) would otherwise be read as the reply, its words
// cut at the library's (held-out 13-engine's Monolog row).
func libraryMessageLine(s string) string {
	const frame = `with message "`
	k := indexFold(s, frame)
	if k < 0 {
		return s
	}
	c := k + len(frame)
	if !isReplyCodeAt(s, c) || c+3 >= len(s) || s[c+3] != ' ' {
		return s
	}
	pre := s[strings.LastIndexByte(s[:k], '\n')+1 : k]
	if e := indexFold(pre, "expected response code"); e >= 0 {
		pre = pre[:e] // (the codes the library expected and got are its own words)
	}
	if first := findCode(pre, false); first < 0 {
		return s // (no code before it on its line: the reply is read as it is)
	}
	return s[:c] + "\n" + s[c:]
}
