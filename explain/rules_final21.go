package explain

import "strings"

// Batch 21's parser kinds (docs/heldout/heldout21.md, the kinds heldout20.md
// left): a transcript's closing disconnect after the refusal that caused it,
// a log's hand-off to a content filter before the line that bounces, an
// error object whose words stand before the reply it carries, an HTTP
// status whose details carry another status's phrase.

var final21Rules = []rule{
	// a fake bounce's "This account has been discontinued" (heldout20's
	// first run; Yahoo's old "This account has been disabled or
	// discontinued [#102]" reads the same): the mailbox is closed
	{ID: "final21.account-discontinued", Any: []string{"account has been discontinued", "account was discontinued", "account is discontinued", "mailbox has been discontinued"},
		Cat: MailboxDisabled, Pri: 12,
		Summary: "The recipient's account has been discontinued: the mailbox is closed and accepts no mail.",
		Fix:     []string{"Remove the address from your lists, or ask the recipient for a current address by another channel."}},
	// Exim's "Unrouteable mail domain" (its bounce and log wording when no
	// router finds the domain: heldout21's first run) is the domain that
	// does not resolve to a mail server
	{ID: "final21.unrouteable-mail-domain", Any: []string{"unrouteable mail domain", "unroutable mail domain"},
		Not: []string{"sender", "verif"},
		Cat: HostUnknown, Actor: ActorSender, Pri: 12,
		Summary: "The sending server could not route the recipient's domain: it does not resolve to a mail server (no usable MX or address record), often a misspelt domain.",
		Fix: []string{"Check the recipient domain for typos and look up its mail servers: `dig MX domain`.",
			"If the domain should resolve, check the DNS resolver the sending server uses."}},
	// a delay warning worded "Could not send mail for past N hours"
	// (MailGates; heldout21's first run), as sendmail's "could not send
	// message for past": still queued, the notice alone says not why
	{ID: "final21.delay-warning-mail", Any: []string{"could not send mail for past"},
		Cat: Unknown, Actor: ActorNone, Weak: true,
		Summary: "A delay warning: the message has not been delivered yet and the sending server keeps retrying; the warning alone does not say why.",
		Fix:     []string{"Nothing to resend: the server retries by itself until the queue lifetime runs out.", "Read the notice's details, or the mail log, for the reply that deferred it."}},
}

// closingDisconnect reports a server's closing reply that only ends a
// session a refusal before it spoiled: "421 4.7.0 mx.example Error: too many
// errors" (Postfix's smtpd_hard_error_limit), "421 closing connection",
// "421 Too many bad commands; closing connection". The refusal that made
// the server give up is the cause; the closing reply is context.
func closingDisconnect(c candidate) bool {
	if c.code != 421 {
		return false
	}
	low := lowerASCII(c.joinedText())
	for _, w := range []string{"too many errors", "too many bad commands", "too many invalid commands", "too many unrecognized commands",
		"too many failed", "too many rejected recipients", "too many invalid recipients", "too many unknown recipients",
		"closing connection", "closing transmission channel", "connection closed", "disconnecting", "goodbye", "bye"} {
		if strings.Contains(low, w) {
			return !strings.Contains(low, "try again later") || strings.Contains(low, "too many")
		}
	}
	return false
}

// earlierRefusal reports a failed reply before the closing one whose code
// is a refusal of its own (not another closing reply).
func earlierRefusal(before []candidate) bool {
	for j := len(before) - 1; j >= 0; j-- {
		if before[j].failed() && before[j].code != 0 && !closingDisconnect(before[j]) {
			return true
		}
	}
	return false
}

// handedOff reports candidates before the decided one that are a
// successful hand-off of the message (a log line "status=sent" whose
// reply is the next hop's "250 ... queued as"): the hop that failed later
// tells what happened to the message.
func handedOff(before []candidate) bool {
	for _, c := range before {
		if c.code/100 == 2 && (strings.EqualFold(c.action, "delivered") || strings.EqualFold(c.action, "sent") || strings.EqualFold(c.action, "relayed")) {
			return true
		}
	}
	return false
}

// errorObjectMessage is the value of an error object's message field among
// the lines before its status field ("message: 'Email address is not
// verified. ...',", "errorMessage: \"...\"", "\"detail\": \"...\""), "" when
// there is none.
func errorObjectMessage(lines []string) string {
	for _, ln := range lines {
		t := strings.TrimLeft(strings.TrimSpace(ln), "{[\"'")
		i := strings.IndexByte(t, ':')
		if i <= 0 || i > 20 {
			continue
		}
		name := lowerASCII(strings.Trim(t[:i], "\"' "))
		switch name {
		case "message", "errormessage", "error_message", "detail", "details", "reason", "description", "error_description":
		default:
			continue
		}
		v := strings.TrimSpace(t[i+1:])
		v = strings.TrimRight(v, ",")
		v = strings.Trim(v, "\"' ")
		if strings.ContainsFunc(v, isAlnumRune) {
			return v
		}
	}
	return ""
}

// httpStatusValueField reports a code at s[i:] followed by a comma that is the
// value of an error object's status field ("{ status: 401, details:
// 'Forbidden' }"): a client-error status with a reason phrase after an
// HTTP lead. (451 stays out: an SMTP code in an event's "status": 451.)
func httpStatusValueField(s string, i int) bool {
	code := int(s[i]-'0')*100 + int(s[i+1]-'0')*10 + int(s[i+2]-'0')
	if code/100 != 4 || code == 451 || httpReason(code) == "" {
		return false
	}
	lead := strings.TrimRight(lowerASCII(s[:i]), " :=\"'")
	return strings.HasSuffix(lead, "status") || strings.HasSuffix(lead, "statuscode") || strings.HasSuffix(lead, "status_code")
}

// httpGenericWords reports the words of an HTTP answer that say no more
// than a status does: reason phrases ("Forbidden", "Not Found"), an error
// object's field names and its type's identifier ("MailgunAPIError"),
// numbers. A weak rule's one generic word among them does not overrule the
// status.
func httpGenericWords(text string) bool {
	low := lowerASCII(text)
	seen := false
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
		if w[0] >= '0' && w[0] <= '9' {
			continue
		}
		if strings.HasSuffix(w, "error") || strings.HasSuffix(w, "exception") {
			continue
		}
		switch w {
		case "status", "statuscode", "code", "details", "detail", "type", "message", "error", "errors", "name", "title", "http", "https",
			"api", "response", "request", "failed", "with", "got", "returned", "the", "a",
			"forbidden", "unauthorized", "bad", "not", "found", "gone", "conflict", "too", "many", "requests", "payment", "required",
			"method", "allowed", "acceptable", "timeout", "length", "content", "large", "unsupported", "media", "unprocessable", "entity":
			seen = true
			continue
		}
		return false
	}
	return seen
}

// numberedNoticeLines rewrites the numbered lines of a fake bounce that a
// mass-mailing worm attaches its copy to ("Occured_Errors:\n# 331:
// This_account_has_been_disabled_[#105].\n# 282: mailbox_unavailable"):
// the numbers are line numbers, not reply codes (a reply code stands where
// a reply code stands: at the start of a reply, before its text), and the
// words are joined by underscores. Each such line becomes its words; the
// input is returned as it is when it has none.
func numberedNoticeLines(s string) string {
	lines := strings.Split(s, "\n")
	n, joined := 0, false
	for i, ln := range lines {
		t := strings.TrimSpace(ln)
		if len(t) < 8 || (t[0] != '#' && t[0] != '%') || t[1] != ' ' || !isDigit(t[2]) || !isDigit(t[3]) || !isDigit(t[4]) || t[5] != ':' || t[6] != ' ' {
			continue
		}
		rest := strings.TrimSpace(t[7:])
		if findEnhanced(rest) >= 0 {
			return s // an enhanced code after it: a report's reply after all
		}
		if strings.IndexByte(rest, '_') >= 0 {
			joined = true
		}
		lines[i] = strings.ReplaceAll(rest, "_", " ")
		n++
	}
	if n < 2 || !joined {
		return s
	}
	for i, ln := range lines {
		if t := strings.TrimSpace(ln); t != "" && !strings.ContainsRune(t, ' ') && strings.IndexByte(t, '_') >= 0 {
			lines[i] = strings.ReplaceAll(t, "_", " ") // "Occured_Errors:", "192.0.2.34_failed_after_I_sent_the_message."
		}
	}
	return strings.Join(lines, "\n")
}
