package explain

import (
	"slices"
	"strings"
)

// Rules and forms of helper codeless20 (issue 10, session 15): the codeless
// gate's refusals, fourth pass, from the refusals left in the first runs of
// batches 12-19 and held-out batch 20-codeless's first run
// (docs/heldout/heldout20-codeless.md). Each kind is tested in new wording
// in codeless20_kinds_test.go (with the texts that must still be refused)
// and through the command in cmd/smtpgw/explain_codeless20_test.go.
//
// The gate (weakDeliveryOutcome, rules_codeless18.go) joins a failure word
// to a word of mail. What it still refused had one of the two said in a way
// it did not read:
//
//   - a refusal said as a verb it did not list ("permanently refuses to
//     send", "Impossible to send", "alert email skipped", "Mismatching
//     sender", "FATAL"), or negated ("could not issue ... to transport
//     'mail'", "does not like recipient", "didn't accept mail", "is not
//     welcome", "not authorised", "Not sending"; codeless20Negation), or
//     a missing transport ("SMTP not configured");
//   - a retry scheduled for the message ("planning to retry 1771470 seconds
//     later", "Resend at 14:32", "requeuing message"): transient;
//   - "no" before a mailbox or a recipient ("RCPT-TO no mailbox");
//   - a word of mail it did not list: an outbox, the MTA, a smarthost;
//   - a daemon's upper-case delivery status inside its log line
//     ("DEFERRED[defer]", ZoneMTA; codeless20StatusToken);
//   - a localized text: a word of mail and a refusal or failure in the same
//     language (codeless20Localized), not only the fixed phrases of
//     outcome.go.
//
// The gate must keep refusing what is no delivery outcome: the kinds test
// holds a set of such texts (banners, settings, newsletters' boilerplate,
// other applications' errors), measured before and after in the commit.
var codeless20Rules = []rule{}

// codeless20FailureWord reports the failure words batch 20-codeless added to
// codelessFailureWord, with their class.
func codeless20FailureWord(x string) (Class, bool) {
	switch x {
	case "refuses", "refuse", "refusing", "forbidden", "unauthorized", "unauthorised":
		return ClassPermanent, true
	case "impossible", "skipped", "fatal", "mismatch", "mismatching", "mismatched":
		return ClassUnknown, true
	case "delayed":
		return ClassTransient, true // "Delivery to the recipient is delayed"
	}
	return ClassUnknown, false
}

// codeless20MailWord reports the words of mail batch 20-codeless added to
// codelessMailWords: the client's outbox, the MTA and its relay hosts.
func codeless20MailWord(x string) bool {
	switch x {
	case "outbox", "mta", "smarthost", "relayhost", "mailq", "msmtp":
		return true
	}
	return false
}

// codeless20TransportWord reports a word that names the mail transport an
// application sends through: a missing one ("SMTP not configured") stops
// its mail; a feature that is not configured ("Email notifications are not
// configured") says nothing about a delivery.
func codeless20TransportWord(x string) bool {
	switch x {
	case "smtp", "smtpd", "mailer", "sendmail", "smarthost", "relayhost", "mta", "msmtp":
		return true
	}
	return false
}

// codeless20Negation reports a negated verb of sending or accepting at w[i]
// ("could not issue", "does not like recipient", "didn't accept", "is not
// welcome", "not authorised", "Not sending"); "do not" and "please not" are
// requests ("Do not send mail to this address"), no outcome. "not
// configured" and "not set" count only with a transport word in the text.
func codeless20Negation(w []string, i int) bool {
	x := w[i]
	switch x {
	case "not":
		if i > 0 && (w[i-1] == "do" || w[i-1] == "please") {
			return false
		}
	case "didn't", "doesn't", "wasn't", "won't", "isn't", "never", "haven't", "hasn't", "hadn't", "weren't", "aren't":
	default:
		return false
	}
	if i+1 < len(w) && (w[i+1] == "been" || w[i+1] == "be") {
		i++ // "haven't been sent", "will not be delivered"
	}
	if i+1 >= len(w) {
		return false
	}
	switch w[i+1] {
	case "accept", "accepted", "like", "welcome", "authorised", "authorized", "send", "sending", "sent", "deliver", "delivered", "issue", "issued",
		"relay", "relayed", "forward", "forwarded", "transmit", "transmitted", "submit", "submitted", "dispatch", "dispatched", "route", "routed",
		// an application's gate verbs for an alert or notification (concept20)
		"trigger", "triggered", "emit", "emitted":
		return true
	case "configured", "set":
		for _, y := range w {
			if codeless20TransportWord(y) {
				return true
			}
		}
	}
	return false
}

// codeless20Option reports a failure word that names a client's option, not
// an outcome: "Delayed send", "delayed delivery" (Outlook's option to hold a
// message for a while).
func codeless20Option(w []string, i int) bool {
	if w[i] != "delayed" || i+1 >= len(w) {
		return false
	}
	switch w[i+1] {
	case "send", "sending", "sends", "delivery":
		return true
	}
	return false
}

// codeless20Retry reports a retry scheduled for the message at w[i]: the
// requeuing itself ("requeuing message for sending"), or a retry or resend
// with its time ("retry 1771470 seconds later", "Resend at 14:32", "retry
// in 5 minutes"). A retry without its time is a setting ("SMTP retry
// interval") or an offer ("Click to resend").
func codeless20Retry(w []string, i int) bool {
	switch w[i] {
	case "requeuing", "requeueing", "resending":
		return true
	case "retry", "resend":
		return i+1 < len(w) && (w[i+1] == "at" || w[i+1] == "in" || w[i+1] == "later" || allDigits(w[i+1]))
	}
	return false
}

// codeless20NoSubject reports "no" before a mailbox or a recipient ("RCPT-TO
// no mailbox", "no such recipient"): a recipient that is not there.
func codeless20NoSubject(w []string, i int) bool {
	if w[i] != "no" || i+1 >= len(w) {
		return false
	}
	switch w[i+1] {
	case "mailbox", "recipient", "recipients", "rcpt", "mx", "such":
		return true
	}
	return false
}

// codeless20StatusToken reports a delivery status an MTA writes in upper
// case inside its log line ("DEFERRED[defer]", "... BOUNCED ..."), as a
// whole word: the line states the delivery's outcome.
func codeless20StatusToken(s string) (Class, string, bool) {
	for _, st := range [...]struct {
		w string
		c Class
	}{{"DEFERRED", ClassTransient}, {"BOUNCED", ClassPermanent}} {
		for from := 0; ; {
			i := strings.Index(s[from:], st.w)
			if i < 0 {
				break
			}
			i += from
			end := i + len(st.w)
			if (i == 0 || !isAlpha(s[i-1])) && (end == len(s) || !isAlpha(s[end])) {
				return st.c, strings.ToLower(st.w), true
			}
			from = end
		}
	}
	return ClassUnknown, "", false
}

// codeless20Lang is one language's words of mail and words of a failed or
// refused delivery, for texts the English words do not read. A failure
// word counts only with a word of mail of its language, unless it names
// the sending itself (self).
type codeless20Lang struct {
	mail []string
	fail []codeless20LangFail
}

type codeless20LangFail struct {
	w    string
	c    Class
	self bool
}

var codeless20Langs = [...]codeless20Lang{
	// es
	{[]string{"correo", "mensaje", "e-mail", "email", "destinatario", "remitente", "buzón"},
		[]codeless20LangFail{{"rechazad", ClassPermanent, false}, {"devuelt", ClassPermanent, false}, {"no pudimos enviar", ClassUnknown, true},
			{"no hemos podido enviar", ClassUnknown, true}, {"no se ha podido enviar", ClassUnknown, true}, {"no se pudo entregar", ClassPermanent, true},
			{"no entregado", ClassPermanent, false}, {"no fue entregado", ClassPermanent, false}, {"no enviado", ClassUnknown, false}, {"no fue enviado", ClassUnknown, false}}},
	// de
	{[]string{"e-mail", "email", "nachricht", "mail", "empfänger", "absender", "postfach"},
		[]codeless20LangFail{{"abgelehnt", ClassPermanent, false}, {"zurückgewiesen", ClassPermanent, false}, {"nicht übermittelt", ClassPermanent, false},
			{"nicht zugestellt", ClassPermanent, false}, {"darf nicht senden", ClassPermanent, true}, {"darf keine e-mails senden", ClassPermanent, true},
			{"nicht gesendet", ClassUnknown, false}, {"nicht versendet", ClassUnknown, false}}},
	// fr
	{[]string{"message", "courriel", "e-mail", "mail", "destinataire", "expéditeur"},
		[]codeless20LangFail{{"rejeté", ClassPermanent, false}, {"refusé", ClassPermanent, false}, {"nous n'avons pas pu envoyer", ClassUnknown, true},
			{"pendant l'envoi", ClassUnknown, false}, {"lors de l'envoi", ClassUnknown, false},
			{"n'a pas été remis", ClassPermanent, false}, {"non remis", ClassPermanent, false}, {"n'a pas été envoyé", ClassUnknown, false}, {"non envoyé", ClassUnknown, false},
			{"n'a pas pu être envoyé", ClassUnknown, true}}},
	// it
	{[]string{"messaggio", "email", "e-mail", "posta", "destinatario", "mittente"},
		[]codeless20LangFail{{"rifiutat", ClassPermanent, false}, {"respint", ClassPermanent, false}, {"non siamo riusciti a inviare", ClassUnknown, true},
			{"non è stato consegnato", ClassPermanent, false}, {"non consegnat", ClassPermanent, false}, {"non recapitat", ClassPermanent, false},
			{"consegna del messaggio non è riuscita", ClassPermanent, false}, {"non è stato inviato", ClassUnknown, false},
			{"non è stato recapitat", ClassPermanent, false}, {"non è stata recapitat", ClassPermanent, false}, {"non è stata consegnat", ClassPermanent, false}}},
	// pt
	{[]string{"mensagem", "e-mail", "email", "correio", "destinatário", "remetente"},
		[]codeless20LangFail{{"rejeitad", ClassPermanent, false}, {"recusad", ClassPermanent, false}, {"não conseguimos enviar", ClassUnknown, true},
			{"não foi entregue", ClassPermanent, false}, {"não entregue", ClassPermanent, false}, {"não foi enviad", ClassUnknown, false}}},
	// ja
	{[]string{"メール", "メッセージ", "アドレス", "宛先", "差出人", "送信者"},
		[]codeless20LangFail{{"拒否されました", ClassPermanent, false}, {"拒否されています", ClassPermanent, false}, {"受信拒否", ClassPermanent, false},
			{"送信中", ClassTransient, false}, {"配信中", ClassTransient, false}}},
	// zh
	{[]string{"邮件", "郵件", "收件人", "发件人", "寄件者", "信件"},
		[]codeless20LangFail{{"被拒绝", ClassPermanent, false}, {"被拒絕", ClassPermanent, false}, {"拒收", ClassPermanent, false}, {"被退回", ClassPermanent, false},
			// a delivery service's states: returned by the other side, being sent (held-out batch 21-codeless)
			{"被对方退回", ClassPermanent, true}, {"被對方退回", ClassPermanent, true}, {"发送中", ClassTransient, false}, {"投递中", ClassTransient, false}, {"發送中", ClassTransient, false}, {"傳送中", ClassTransient, false}}},
	// ko
	{[]string{"메일", "메시지", "수신자", "발신자"},
		[]codeless20LangFail{{"거부되었습니다", ClassPermanent, false}, {"거부됨", ClassPermanent, false}, {"발송 중", ClassTransient, false}, {"전송 중", ClassTransient, false}}},
	// ru
	{[]string{"письмо", "сообщение", "почт", "получател", "отправител"},
		[]codeless20LangFail{{"отклонен", ClassPermanent, false}, {"отклонён", ClassPermanent, false}, {"не доставлен", ClassPermanent, false},
			{"не отправлен", ClassUnknown, false}}},
}

// codeless20Localized reports a localized text whose words join a failure or
// a refusal to a word of mail in the same language, with the class the
// failure word gives.
func codeless20Localized(s string) (bool, Class, string) {
	if len(s) > maxExplainText {
		s = s[:maxExplainText]
	}
	l := strings.ToLower(s)
	for _, lang := range codeless20Langs {
		mail := false
		for _, m := range lang.mail {
			if strings.Contains(l, m) {
				mail = true
				break
			}
		}
		for _, f := range lang.fail {
			if (mail || f.self) && strings.Contains(l, f.w) {
				return true, f.c, f.w
			}
		}
	}
	return false, ClassUnknown, ""
}

// codeless20PermanentFlag reads a JSON member that states the failure's
// class as a boolean ("permanent": false for a soft bounce, true for a hard
// one; AI Inbx's email.bounced, "is_permanent", "isPermanent"): the
// service's own class, over the words of the event's type ("bounced").
func codeless20PermanentFlag(s string) (Class, string) {
	for _, key := range [...]string{`"permanent"`, `"is_permanent"`, `"isPermanent"`} {
		i := strings.Index(s, key)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(s[i+len(key):], " ")
		if !strings.HasPrefix(rest, ":") {
			continue
		}
		rest = strings.TrimLeft(rest[1:], " ")
		switch {
		case strings.HasPrefix(rest, "true"):
			return ClassPermanent, key[1:len(key)-1] + "=true"
		case strings.HasPrefix(rest, "false"):
			return ClassTransient, key[1:len(key)-1] + "=false"
		}
	}
	return ClassUnknown, ""
}

// codeless20QueueEntry reports a queue listing's entry alone (mailq,
// postqueue -p, sendmail -bp): a queue id with its status character, the
// size, the arrival time, the sender and the recipients, and no reason
// line. The message is waiting in the queue, not delivered: a delay whose
// cause the listing does not say (held, too young, load too high).
func codeless20QueueEntry(s string) bool {
	f := strings.Fields(s)
	if eximQueueEntry(f) || eximQueueSummary(f) {
		return true
	}
	if len(f) < 8 || len(f) > 40 {
		return false
	}
	id := strings.TrimRight(f[0], "*!X-")
	if len(id) < 5 || len(id) > 20 || !allAlnum(id) || !allDigits(f[1]) {
		return false
	}
	if !slices.Contains([]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}, f[2]) ||
		!slices.Contains([]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}, f[3]) ||
		!allDigits(f[4]) || strings.Count(f[5], ":") < 1 || !allDigits(strings.ReplaceAll(f[5], ":", "")) {
		return false
	}
	// the sender, then the recipients: addresses only (a reason line in
	// parentheses is read by the rules)
	for _, a := range f[6:] {
		if !strings.Contains(a, "@") && a != "<>" && !strings.EqualFold(a, "MAILER-DAEMON") {
			return false
		}
	}
	return true
}

func allAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) {
			return false
		}
	}
	return s != ""
}

// eximQueueEntry reports exim -bp's entry alone: the message's age ("2h",
// "25m"), its size ("52K", "812"), its id (12EwGE-0005jD-00), the sender in
// angle brackets, and the recipients, those already delivered marked "D"
// (or "+D"), with no reason: a message still waiting for the others
// (held-out batch 20-codeless b). Exim's "*** frozen ***" is read by the
// rules (codeless19).
func eximQueueEntry(f []string) bool {
	if len(f) < 5 || len(f) > 40 || !eximAge(f[0]) || !eximSize(f[1]) || !eximMessageID(f[2]) ||
		!strings.HasPrefix(f[3], "<") || !strings.HasSuffix(f[3], ">") {
		return false
	}
	pending := false
	for i := 4; i < len(f); i++ {
		switch {
		case f[i] == "D" || f[i] == "+D":
			i++ // a delivered recipient
		case strings.Contains(f[i], "@"):
			pending = true
		default:
			return false
		}
	}
	return pending
}

// eximAge is exim -bp's age of a message: a number and a unit (m, h, d, w).
func eximAge(t string) bool {
	return len(t) >= 2 && strings.IndexByte("smhdw", t[len(t)-1]) >= 0 && allDigits(t[:len(t)-1])
}

// eximSize is exim -bp's size: a number, with a decimal and K or M when large.
func eximSize(t string) bool {
	t = strings.TrimRight(t, "KM")
	return t != "" && allDigits(strings.Replace(t, ".", "", 1))
}

// eximMessageID is an Exim message id: three parts of letters and digits
// joined by dashes (6-6-2 in Exim 4.9x, 6-11-4 from 4.97).
func eximMessageID(t string) bool {
	p := strings.Split(t, "-")
	return len(p) == 3 && len(p[0]) == 6 && (len(p[1]) == 6 || len(p[1]) == 11) && (len(p[2]) == 2 || len(p[2]) == 4) &&
		allAlnum(p[0]) && allAlnum(p[1]) && allAlnum(p[2])
}

// eximQueueSummary reports exiqsumm's table (Count, Volume, Oldest, Newest,
// Domain, a line of dashes, a row per domain): messages waiting in the
// queue for those domains.
func eximQueueSummary(f []string) bool {
	return len(f) >= 15 && len(f) <= 400 && f[0] == "Count" && f[1] == "Volume" && f[2] == "Oldest" && f[3] == "Newest" && f[4] == "Domain" &&
		strings.HasPrefix(f[5], "---") && allDigits(f[10])
}

// codeless20ErrorQueue reports mail placed in an application's error queue
// ("There are 10 emails in the error queue", "the email was placed on the
// Error Queue"; Jira and its add-ons): mail the application does not retry
// until an administrator resends it, a permanent failure of those
// messages. A queue that is only named ("Mail Error Queue: 1 item") says
// no more than a failure.
func codeless20ErrorQueue(s string) bool {
	l := lowerASCII(s)
	for _, p := range [...]string{"in the error queue", "on the error queue", "to the error queue", "into the error queue"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// codeless20OutboxWaiting reports a client's outbox whose message waits
// ("Outbox: Queued", Gmail for Android; "2 messages pending in the Outbox";
// held-out batch 20-codeless b): not sent yet, and tried again, transient.
// An outbox that is only named ("Outbox is empty") is no outcome.
func codeless20OutboxWaiting(w []string) bool {
	outbox, waiting := false, false
	for _, x := range w {
		switch x {
		case "outbox":
			outbox = true
		case "queued", "pending", "waiting", "unsent", "stuck":
			waiting = true
		}
	}
	return outbox && waiting
}
