package explain

import "strings"

// Log lines of Windows mail servers (held-out batch 11-winmta): a line
// reader for each form whose reply no other form finds in a log read line
// by line (explain -, a log file). Given as an argument, Parse found their
// replies by searching the line; a log is read strictly, and these forms
// put the reply where the strict reader does not look.

// hMailServerLine reads hMailServer's SMTP log lines, tab-separated fields
// with the message quoted last (a forum paste often turns the tabs into
// spaces):
//
//	"SMTPD"	4424	71	"2024-03-11 09:14:07.512"	"203.0.113.40"	"SENT: 550 Account is not active."
//	"SMTPC"	5120	88	"2024-05-06 14:21:40.118"	"198.51.100.25"	"RECEIVED: 554 5.7.1 ..."
//
// SMTPD is hMailServer's server side: "SENT:" is its reply to the client.
// SMTPC is its client side: "RECEIVED:" is the remote server's reply. (The
// other direction is the commands: "RECEIVED: MAIL FROM:<a>" of SMTPD, "SENT:
// RCPT TO:<b>" of SMTPC, read as a transcript's commands.)
func (li *lineInfo) hMailServerLine(t, low string) bool {
	var dir string
	switch {
	case strings.HasPrefix(low, `"smtpd"`):
		dir = "sent: "
	case strings.HasPrefix(low, `"smtpc"`):
		dir = "received: "
	default:
		return false
	}
	if len(t) < 2 || t[len(t)-1] != '"' {
		return false
	}
	j := strings.LastIndexByte(t[:len(t)-1], '"')
	if j < len(`"smtpd"`) {
		return false
	}
	msg, lmsg := t[j+1:len(t)-1], low[j+1:len(t)-1]
	if !strings.HasPrefix(lmsg, dir) {
		return false
	}
	li.fromReply(msg[len(dir):], false)
	if !li.reply {
		return false
	}
	li.bare = false
	li.lead = t[:j+1+len(dir)]
	// the address field before the message: the client (SMTPD) or the
	// remote server (SMTPC)
	if k := strings.LastIndexByte(t[:j], '"'); k > 0 {
		if b := strings.LastIndexByte(t[:k], '"'); b >= 0 {
			if addr := t[b+1 : k]; addr != "" && !strings.ContainsAny(addr, " \t") {
				if dir == "sent: " {
					li.client = addr
				} else {
					li.host = addr
				}
			}
		}
	}
	return true
}

// kerioMailLine reads Kerio Connect's mail log line for a delivery:
//
//	[30/Nov/2024 17:57:15] Sent: Queue-ID: 438dd9ea-00000000, Recipient: <w@c.example>, Result: delivered, Status: 2.0.0
//
// Result is the outcome (delivered, delayed, failed), Status the enhanced
// code of the SMTP response, sometimes with its text.
func (li *lineInfo) kerioMailLine(t, low string) bool {
	i := strings.Index(low, "sent: queue-id: ")
	if i < 0 {
		return false
	}
	k := strings.Index(low[i:], ", result: ")
	if k < 0 {
		return false
	}
	k += i + len(", result: ")
	result := low[k:]
	if e := strings.IndexByte(result, ','); e >= 0 {
		result = result[:e]
	}
	s := strings.Index(low[k:], ", status: ")
	if s < 0 {
		return false
	}
	v := strings.TrimSpace(t[k+s+len(", status: "):])
	e, ok := leadingEnhanced(v)
	if !ok {
		return false
	}
	if r := strings.Index(low[i:], ", recipient: <"); r >= 0 {
		rest := t[i+r+len(", recipient: <"):]
		if end := strings.IndexByte(rest, '>'); end >= 0 {
			li.rcpt = rest[:end]
		}
	}
	switch strings.TrimSpace(result) {
	case "delivered":
		li.action = "delivered"
	case "delayed", "deferred":
		li.action = "delayed"
	case "failed", "bounced", "undeliverable":
		li.action = "failed"
	}
	li.reply, li.enh, li.status = true, e, e
	li.text = strings.TrimSpace(v[len(e):])
	li.replyLine = v
	return true
}

// mdaemonSessionLine reads a reply in MDaemon's (and SecurityGateway's)
// session log, a weekday and a timestamp, then the direction of the line:
//
//	Wed 2024-07-17 10:26:05: <-- 451-The server has reached its limit for processing requests from your host.
//	Wed 2024-07-17 10:26:05: --> 550 5.1.1 <kim@lab.example>... User unknown
//
// "<--" is what the other side sent, "-->" what MDaemon sent: a reply is the
// one that starts with a code (the other direction carries the commands).
func (li *lineInfo) mdaemonSessionLine(t string) bool {
	// "Wed 2024-07-17 10:26:05: " (optionally with milliseconds)
	if len(t) < len("Wed 2024-07-17 10:26:05: <-- 250") || t[3] != ' ' || !isAlpha(t[0]) || !isAlpha(t[1]) || !isAlpha(t[2]) {
		return false
	}
	d := t[4:]
	if !(isDigit(d[0]) && isDigit(d[1]) && isDigit(d[2]) && isDigit(d[3]) && d[4] == '-' && isDigit(d[5]) && d[7] == '-' && d[10] == ' ' && isDigit(d[11]) && d[13] == ':') {
		return false
	}
	i := strings.Index(d[11:], ": ")
	if i < 0 {
		return false
	}
	rest := d[11+i+2:]
	if !strings.HasPrefix(rest, "<-- ") && !strings.HasPrefix(rest, "--> ") {
		return false
	}
	v := rest[len("<-- "):]
	return li.loggedReply(t, v)
}

// openSMTPDDelivery reads OpenSMTPD's delivery log line whose status has no
// reply code (a failure string of its own, held-out batch 11-winmta b):
//
//	smtpd[75295]: 5df87c9b982c840d mta delivery evpid=... from=<a> to=<b> rcpt=<-> source="..." relay="..." delay=4h result="TempFail" stat="Network error on destination MXs"
//
// and of its local deliveries, whose fields are not quoted (smtpd/mda.c;
// held-out batch 17-lda b):
//
//	smtpd[4410]: 7a1b... mda delivery evpid=... from=<a> to=<b> user=kim delay=2s result=TempFail stat=Maildir path too long
//
// result is the outcome (Ok, TempFail, PermFail, Loop). A stat that starts
// with a reply code is read by the general search for a code in the line.
func (li *lineInfo) openSMTPDDelivery(t, low string) bool {
	i := strings.Index(low, " delivery evpid=")
	if i < 4 || low[i-4:i] != " mta" && low[i-4:i] != " mda" {
		return false
	}
	r := strings.Index(low[i:], " result=")
	s := strings.Index(low[i:], " stat=")
	if r < 0 || s < 0 {
		return false
	}
	result := strings.TrimPrefix(low[i+r+len(" result="):], `"`)
	if e := strings.IndexAny(result, `" `); e >= 0 {
		result = result[:e]
	}
	stat := strings.TrimPrefix(t[i+s+len(" stat="):], `"`)
	stat = strings.TrimSpace(strings.TrimSuffix(stat, `"`))
	if stat == "" || len(stat) >= 3 && isReplyCodeAt(stat, 0) {
		return false
	}
	if _, ok := leadingEnhanced(stat); ok {
		return false
	}
	switch result {
	case "tempfail":
		li.action = "delayed"
	case "permfail", "loop":
		li.action = "failed"
	default:
		return false // "Ok" and anything else: no failure to explain
	}
	if v := fieldValue(t, low, "to=<"); v != "" {
		if e := strings.IndexByte(v, '>'); e >= 0 {
			v = v[:e]
		}
		li.rcpt = v
	}
	li.reply, li.refusal = true, true
	li.text, li.replyLine = stat, stat
	li.note = "OpenSMTPD logs its own failure string (result=\"" + result + "\") without a reply code: no server answered with one, or the failure happened before a reply (DNS, connection)."
	return true
}

// loggedReply reads v, the end of the log line t after a protocol log's
// direction marker, as the server's reply when it starts with a reply code;
// the rest of the line before it is the reply's lead (Windows MTAs' and
// Axigen's protocol logs).
func (li *lineInfo) loggedReply(t, v string) bool {
	if len(v) < 3 || !isReplyCodeAt(v, 0) {
		return false
	}
	li.fromReply(v, false)
	if !li.reply {
		return false
	}
	li.bare = false
	li.lead = t[:len(t)-len(v)]
	return true
}
