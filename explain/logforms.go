package explain

import "strings"

// Log lines written by a receiving server about a client (Postfix smtpd
// SASL failures, Exim's reception-side rejections and authenticator
// failures), and Exim delivery failures without a remote reply.

// postfixSASL reads Postfix smtpd's
//
//	warning: host[ip]: SASL LOGIN authentication failed: REASON, sasl_username=USER
//
// The line carries no code: Postfix answered the AUTH command with
// "535 5.7.8 Error: authentication failed: REASON" (smtpd_sasl_glue.c), so
// that is the reply the line stands for.
func (li *lineInfo) postfixSASL(t, low string) bool {
	i := strings.Index(low, " authentication failed: ")
	if i < 0 {
		return false
	}
	j := strings.LastIndex(low[:i], "sasl ")
	if j < 0 || (j > 0 && low[j-1] != ' ') || strings.Contains(low, " said: ") {
		return false
	}
	mech := strings.TrimSpace(t[j+len("sasl ") : i])
	if mech == "" || strings.ContainsAny(mech, " \t") {
		return false
	}
	reason := strings.TrimSpace(t[i+len(" authentication failed: "):])
	if k := indexFold(reason, "sasl_username="); k >= 0 {
		li.user = strings.TrimSpace(strings.TrimRight(reason[k+len("sasl_username="):], ","))
		reason = strings.TrimRight(strings.TrimSpace(reason[:k]), ",")
	}
	if k := strings.Index(low[:j], "warning: "); k >= 0 {
		c := strings.TrimSpace(t[k+len("warning: ") : j])
		li.client = strings.TrimSuffix(c, ":")
	}
	li.reply, li.code, li.enh, li.sep = true, 535, "5.7.8", ' '
	li.text = "Error: authentication failed"
	if reason != "" {
		li.text += ": " + reason
	}
	li.replyLine = "535 5.7.8 " + li.text
	li.stage = "AUTH"
	li.note = "Postfix logs this line when a client's SASL " + mech + " authentication fails. The line carries no code: Postfix sent the client \"" + li.replyLine + "\", so the code shown is the one Postfix sends for this log line."
	return true
}

// eximAuthenticator reads Exim's
//
//	LOGIN authenticator failed for (helo) [ip]: 535 Incorrect authentication data (set_id=USER)
func (li *lineInfo) eximAuthenticator(t, low string) bool {
	i := strings.Index(low, " authenticator failed for ")
	if i < 0 {
		return false
	}
	rest := t[i+len(" authenticator failed for "):]
	k := findCode(rest, false)
	if k < 0 {
		return false
	}
	li.client = strings.TrimSuffix(strings.TrimSpace(rest[:k]), ":")
	v := rest[k:]
	if s := indexFold(v, " (set_id="); s >= 0 {
		li.user = strings.TrimSuffix(strings.TrimSpace(v[s+len(" (set_id="):]), ")")
		v = v[:s]
	}
	li.fromReply(v, false)
	li.bare = false
	li.stage = "AUTH"
	return li.reply
}

// eximRejection reads the line Exim writes to its main and reject logs when
// an ACL refuses a command (smtp_in.c, smtp_handle_acl_fail):
//
//	H=(helo) [ip] F=<sender> rejected RCPT <rcpt>: TEXT
//	H=(helo) [ip] F=<sender> temporarily rejected RCPT <rcpt>: TEXT
//	H=(helo) [ip] rejected MAIL <sender>: TEXT
//	H=(helo) [ip] rejected EHLO or HELO helo: TEXT
//	H=[ip] rejected connection in "connect" ACL: TEXT
//	H=(helo) [ip] F=<sender> rejected after DATA: TEXT
//	H=(helo) [ip] rejected DATA: TEXT                  (the predata ACL)
//
// Exim logs the text it sent but not the code. "rejected" is a permanent
// (5xx) refusal: 550 for these ACLs unless the ACL's message set another
// code; "temporarily rejected" a temporary one, 451 unless set otherwise.
// The Reply keeps Code 0 (the line does not say which) and carries the
// class in Action.
func (li *lineInfo) eximRejection(t, low string) bool {
	i := strings.Index(low, " rejected ")
	if i < 0 {
		return false
	}
	head, lhead := t[:i], low[:i]
	if !strings.Contains(head, "H=") && !strings.Contains(head, "U=") {
		return false
	}
	temporary := strings.HasSuffix(lhead, " temporarily")
	what := t[i+len(" rejected "):]
	lwhat := low[i+len(" rejected "):]
	text := ""
	if j := strings.Index(what, ": "); j >= 0 {
		text = strings.TrimSpace(what[j+2:])
		what, lwhat = what[:j], lwhat[:j]
	}
	arg := func(verb string) string { return strings.TrimSpace(what[len(verb):]) }
	defCode := "550"
	switch {
	case strings.HasPrefix(lwhat, "rcpt "):
		li.stage = "RCPT TO"
		li.rcpt = strings.Trim(firstWord(arg("rcpt ")), "<>")
	case strings.HasPrefix(lwhat, "mail "):
		li.stage = "MAIL FROM"
		li.sender = firstWord(arg("mail "))
		if li.sender != "<>" {
			li.sender = strings.Trim(li.sender, "<>")
		}
	case strings.HasPrefix(lwhat, "ehlo or helo"):
		li.stage = "EHLO"
	case strings.HasPrefix(lwhat, "connection"):
		li.stage = "CONNECT"
	case lwhat == "data":
		li.stage = "DATA"
	case strings.HasPrefix(lwhat, "after data"), strings.HasPrefix(lwhat, "during mime"):
		li.stage = "END OF DATA"
	case strings.HasPrefix(lwhat, "auth "):
		li.stage, defCode = "AUTH", "503"
	case strings.HasPrefix(lwhat, "starttls"):
		li.stage = "STARTTLS"
	case strings.HasPrefix(lwhat, "vrfy"):
		li.stage = "VRFY"
	case strings.HasPrefix(lwhat, "expn"):
		li.stage = "EXPN"
	case strings.HasPrefix(lwhat, "etrn"):
		li.stage, defCode = "ETRN", "458"
	default:
		return false
	}
	if k := strings.Index(head, "H="); k >= 0 {
		li.client = eximHost(head[k+2:])
	} else if k := strings.Index(head, "U="); k >= 0 {
		li.client = firstWord(head[k+2:])
	}
	if k := strings.Index(head, " F=<"); k >= 0 {
		if e := strings.IndexByte(head[k+4:], '>'); e >= 0 {
			li.sender = head[k+4 : k+4+e]
			if li.sender == "" {
				li.sender = "<>"
			}
		}
	}
	li.reply, li.refusal, li.text = true, true, text
	li.replyLine = text
	if temporary {
		li.action = "delayed"
		li.note = "Exim logs a refusal without its reply code: \"temporarily rejected\" is a temporary refusal (4xx; Exim answers 451 unless the ACL's message sets another code), and the client retries. The code is left empty because the line does not say it."
	} else {
		li.action = "failed"
		li.note = "Exim logs a refusal without its reply code: \"rejected\" is a permanent refusal (5xx; Exim answers " + defCode + " here unless the ACL's message sets another code). The code is left empty because the line does not say it."
	}
	return true
}

// eximHost reads "(helo) [ip]:port", "name (helo) [ip]" or "[ip]" up to the
// closing bracket (and port).
func eximHost(s string) string {
	e := strings.IndexByte(s, ']')
	if e < 0 {
		return firstWord(s)
	}
	e++
	if e < len(s) && s[e] == ':' {
		e++
		for e < len(s) && isDigit(s[e]) {
			e++
		}
	}
	return strings.TrimSpace(s[:e])
}

// eximDeliveryFailure reads an Exim delivery line without a remote reply:
//
//	** a@b.example: Unrouteable address
//	** a@b.example R=dnslookup T=remote_smtp: retry timeout exceeded
//	== a@b.example R=local_user T=local_file defer (-1): Tainted '...' not permitted
//
// The failure is Exim's own (routing, local transport, retry limits): no
// code, the class from the marker (** failed, == deferred). A local
// delivery is logged without a code too, "=>" (and "->" for another
// address of the same delivery; batch 19-lda b), with the router and
// transport:
//
//	=> |/usr/local/bin/ticket-in <support@lab.example> R=aliases T=address_pipe
//	=> kim <kim@lab.example> R=localuser T=local_delivery
//
// it is a delivery (held-out batch 19-lda).
func (li *lineInfo) eximDeliveryFailure(t string) {
	if strings.HasPrefix(t, "** ") || strings.HasPrefix(t, "== ") {
		t = " " + t
	}
	if li.eximLocalDelivery(t) {
		return
	}
	for _, m := range []string{" ** ", " == "} {
		i := strings.Index(t, m)
		if i < 0 {
			continue
		}
		rest := t[i+len(m):]
		j := strings.Index(rest, ": ")
		if j < 0 {
			return
		}
		addr := strings.Trim(strings.TrimSuffix(firstWord(rest[:j+1]), ":"), "<>")
		if !strings.Contains(addr, "@") {
			return
		}
		text := strings.TrimSpace(rest[j+2:])
		if text == "" {
			return
		}
		li.rcpt = addr
		if m == " ** " {
			li.action = "failed"
		} else {
			li.action = "delayed"
		}
		if k := strings.Index(rest[:j], " H="); k >= 0 {
			li.host = hostPart(rest[k+3 : j])
		}
		li.reply, li.refusal, li.text, li.replyLine = true, true, text, text
		return
	}
}

// eximLocalDelivery reads Exim's "=> to <orig> R=router T=transport" line of
// a delivery that has no remote reply (a local mailbox, file or pipe).
func (li *lineInfo) eximLocalDelivery(t string) bool {
	if strings.HasPrefix(t, "=> ") || strings.HasPrefix(t, "-> ") {
		t = " " + t
	}
	i := strings.Index(t, " => ")
	if i < 0 {
		i = strings.Index(t, " -> ")
	}
	if i >= 0 {
		rest := t[i+len(" => "):]
		r, tr := strings.Index(rest, " R="), strings.Index(rest, " T=")
		if r < 0 || tr < r || strings.Contains(rest, " C=\"") {
			return false // not Exim's delivery line, or one with the remote reply (parsed as a reply)
		}
		to := firstWord(rest)
		if a, b := strings.IndexByte(rest[:r], '<'), strings.IndexByte(rest[:r], '>'); a >= 0 && b > a {
			to = rest[a+1 : b]
		}
		li.rcpt = to
		li.action = "delivered"
		li.reply, li.delivery, li.text, li.replyLine = true, true, strings.TrimSpace(rest), strings.TrimSpace(rest)
		return true
	}
	return false
}

// eximRemoteDelivery reads the recipient and the outcome of Exim's delivery
// line whose remote reply (C="250 ...", at k) was read as the reply: "=> a@b
// R=router T=transport H=host [ip] C=\"250 OK id=...\"", and "-> a@b ..." for
// another address of the same delivery. A paste of Exim's log that deferred a
// recipient ("== a@b ... defer (-44) ...: 451 ...") and delivered it later is
// then the delivery, as a Postfix log's "status=deferred" then "status=sent"
// for the same to=<...> is (laterDelivery, forms22.go) (helper kinds23).
func (li *lineInfo) eximRemoteDelivery(t string, k int) {
	if li.code < 200 || li.code > 299 || k < 3 || t[k-3:k] != "C=\"" {
		return
	}
	head := t[:k]
	i := strings.Index(head, " => ")
	if i < 0 {
		i = strings.Index(head, " -> ")
	}
	if i < 0 {
		return
	}
	rest := head[i+len(" => "):]
	r, tr := strings.Index(rest, " R="), strings.Index(rest, " T=")
	if r < 0 || tr < r {
		return
	}
	to := firstWord(rest)
	if a, b := strings.IndexByte(rest[:r], '<'), strings.IndexByte(rest[:r], '>'); a >= 0 && b > a && !strings.Contains(to, "@") {
		to = rest[a+1 : b]
	}
	if !strings.Contains(to, "@") {
		return
	}
	li.rcpt = strings.Trim(to, "<>")
	li.action = "delivered"
}

// postfixAnvil reads Postfix smtpd's client limit warnings (anvil):
//
//	warning: Connection concurrency limit exceeded: 2 from localhost[127.0.0.1] for service 127.0.0.1:10027
//	warning: Connection rate limit exceeded: 54 from host.example[192.0.2.1] for service smtp
//
// Both stand for the greeting Postfix sent instead of 220:
// "421 4.7.0 <myhostname> Error: too many connections from <ip>".
func (li *lineInfo) postfixAnvil(t, low string) bool {
	var i int
	var limit, param string
	switch {
	case strings.Contains(low, "connection concurrency limit exceeded: "):
		i = strings.Index(low, "connection concurrency limit exceeded: ") + len("connection concurrency limit exceeded: ")
		limit, param = "concurrency", "smtpd_client_connection_count_limit"
	case strings.Contains(low, "connection rate limit exceeded: "):
		i = strings.Index(low, "connection rate limit exceeded: ") + len("connection rate limit exceeded: ")
		limit, param = "rate", "smtpd_client_connection_rate_limit"
	default:
		return false
	}
	rest := t[i:]
	f := strings.Index(rest, " from ")
	if f < 0 {
		return false
	}
	client := firstWord(rest[f+len(" from "):])
	ip := ""
	if a, b := strings.IndexByte(client, '['), strings.IndexByte(client, ']'); a >= 0 && b > a {
		ip = client[a+1 : b]
	}
	li.client = client
	li.reply, li.code, li.enh, li.sep = true, 421, "4.7.0", ' '
	li.text = "Error: too many connections"
	if ip != "" {
		li.text += " from " + ip
	}
	li.replyLine = "421 4.7.0 " + li.text
	li.stage = "CONNECT"
	li.note = "Postfix logs this line when a client exceeds the connection " + limit + " limit (" + param + "); the line has no code: Postfix greeted the client with \"421 4.7.0 <myhostname> " + li.text + "\" and closed the connection, so the code shown is the one Postfix sends for this log line."
	return true
}
