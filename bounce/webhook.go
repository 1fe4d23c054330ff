package bounce

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"time"
)

// The ESPs do not mail bounces back to the sender: SendGrid, Mailgun,
// Postmark and SparkPost keep the bounce and report it as a JSON event
// (webhook or API); Amazon SES publishes its bounce and complaint
// notifications as JSON too (SNS, or event publishing). Parse reads one such
// JSON document (an event, an array or batch of events, an SNS envelope)
// as it reads a bounce message: bounces and deferrals are failed and
// delayed recipients, deliveries a success, complaints a feedback report.
// Format names the service: "ses", "sendgrid", "mailgun", "postmark",
// "sparkpost". The service's own classification (SES bounce subtype,
// SendGrid bounce classification, Postmark bounce type, SparkPost bounce
// class, Mailgun reason) is kept as each recipient's Hint.

// JSONFormats lists the formats of the JSON notifications Parse reads.
func JSONFormats() []string { return []string{"ses", "sendgrid", "mailgun", "postmark", "sparkpost"} }

// maxJSONEvents bounds the events read from one document.
const maxJSONEvents = MaxRecipients

func looksJSON(raw []byte) bool {
	t := bytes.TrimLeft(raw, " \t\r\n\xef\xbb\xbf")
	return len(t) > 0 && (t[0] == '{' || t[0] == '[')
}

type obj = map[string]any

// parseWebhook returns the result of a JSON notification, nil when raw is
// not one of the known kinds.
func parseWebhook(raw []byte) *Result {
	var v any
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		return nil
	}
	var events []obj
	switch x := v.(type) {
	case obj:
		events = []obj{x}
	case []any:
		for _, e := range x {
			if o, ok := e.(obj); ok && len(events) < maxJSONEvents {
				events = append(events, o)
			}
		}
	}
	res := &Result{}
	for _, e := range events {
		// an SNS envelope carries the SES notification as a JSON string
		if msg, ok := e["Message"].(string); ok && str(e, "Type") == "Notification" {
			var inner obj
			if json.Unmarshal([]byte(msg), &inner) == nil {
				e = inner
			}
		}
		switch {
		case str(e, "notificationType") != "" || str(e, "eventType") != "":
			readSES(e, res)
		case e["event-data"] != nil:
			if ed, ok := e["event-data"].(obj); ok {
				readMailgun(ed, res)
			}
		case str(e, "event") != "" && e["delivery-status"] != nil:
			readMailgun(e, res)
		case str(e, "RecordType") != "" || str(e, "Email") != "" && str(e, "BouncedAt") != "":
			readPostmark(e, res)
		case e["msys"] != nil:
			if ms, ok := e["msys"].(obj); ok {
				for _, k := range []string{"message_event", "track_event", "unsubscribe_event"} {
					if me, ok := ms[k].(obj); ok {
						readSparkPost(me, res)
					}
				}
			}
		case str(e, "event") != "" && str(e, "email") != "":
			readSendGrid(e, res)
		}
		if len(res.Recipients) >= MaxRecipients {
			res.Recipients = res.Recipients[:MaxRecipients]
			break
		}
	}
	switch {
	case len(res.Problems()) > 0:
		res.Kind = KindBounce
	case len(res.Recipients) > 0:
		res.Kind = KindSuccess
	case res.Feedback != nil:
		res.Kind = KindFeedback
	default:
		return nil
	}
	for i := range res.Recipients {
		rc := &res.Recipients[i]
		if rc.Diagnostic != "" {
			rp := rc.Reply()
			if rc.Status == "" && validStatus(rp.Enhanced) {
				rc.Status = rp.Enhanced
			}
			if rc.Stage == "" {
				rc.Stage = rp.Stage
			}
		}
	}
	return res
}

func str(o obj, k string) string {
	switch v := o[k].(type) {
	case string:
		return strings.TrimSpace(v)
	case json.Number:
		return v.String()
	case bool:
		return strconv.FormatBool(v)
	}
	return ""
}

func sub(o obj, k string) obj {
	v, _ := o[k].(obj)
	return v
}

// unixTime reads seconds since the epoch ("1513299569", 1521233195.37).
func unixTime(s string) time.Time {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f <= 0 || f > 1e11 {
		return time.Time{}
	}
	return time.Unix(int64(f), 0).UTC()
}

func isoTime(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05Z0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

func hintOf(s string) string {
	return strings.ReplaceAll(lowerASCII(strings.TrimSpace(s)), " ", "-")
}

// Amazon SES notifications: notificationType (SNS) or eventType (event
// publishing) Bounce, Complaint, Delivery, DeliveryDelay.
func readSES(e obj, res *Result) {
	setFormat(res, "ses")
	kind := str(e, "notificationType")
	if kind == "" {
		kind = str(e, "eventType")
	}
	if m := sub(e, "mail"); m != nil {
		if res.Sender == "" {
			res.Sender = str(m, "source")
		}
		if res.OriginalMessageID == "" {
			res.OriginalMessageID = str(m, "messageId")
		}
	}
	switch kind {
	case "Bounce":
		b := sub(e, "bounce")
		if b == nil {
			return
		}
		action := ActionFailed
		if str(b, "bounceType") == "Transient" {
			action = ActionDelayed
		}
		rmta := mtaName(str(b, "reportingMTA"))
		if res.ReportingMTA == "" {
			res.ReportingMTA = rmta
		}
		when := isoTime(str(b, "timestamp"))
		rs, _ := b["bouncedRecipients"].([]any)
		for _, x := range rs {
			r, ok := x.(obj)
			if !ok || !isAddr(cleanAddr(str(r, "emailAddress"))) {
				continue
			}
			a := action
			if act := lowerASCII(str(r, "action")); act == ActionDelayed || act == ActionFailed {
				a = act
			}
			st := str(r, "status")
			if !validStatus(st) {
				st = ""
			}
			res.Recipients = append(res.Recipients, Recipient{Recipient: cleanAddr(str(r, "emailAddress")), Action: a, Status: st,
				Diagnostic: diagnosticText(str(r, "diagnosticCode")), Date: when, ReportingMTA: rmta, Hint: hintOf(str(b, "bounceSubType"))})
		}
	case "Complaint":
		c := sub(e, "complaint")
		if c == nil {
			return
		}
		fb := &Feedback{Type: str(c, "complaintFeedbackType"), UserAgent: str(c, "userAgent"), ArrivalDate: isoTime(str(c, "arrivalDate")), OriginalMailFrom: res.Sender}
		if fb.Type == "" {
			fb.Type = "abuse"
		}
		rs, _ := c["complainedRecipients"].([]any)
		for _, x := range rs {
			if r, ok := x.(obj); ok {
				fb.OriginalRcptTo = append(fb.OriginalRcptTo, str(r, "emailAddress"))
			}
		}
		setFeedback(res, fb)
	case "Delivery":
		d := sub(e, "delivery")
		if d == nil {
			return
		}
		rs, _ := d["recipients"].([]any)
		for _, x := range rs {
			if a, ok := x.(string); ok && isAddr(cleanAddr(a)) {
				res.Recipients = append(res.Recipients, Recipient{Recipient: cleanAddr(a), Action: ActionDelivered, Diagnostic: str(d, "smtpResponse"),
					RemoteMTA: str(d, "remoteMtaIp"), Date: isoTime(str(d, "timestamp"))})
			}
		}
	case "DeliveryDelay":
		d := sub(e, "deliveryDelay")
		if d == nil {
			return
		}
		rs, _ := d["delayedRecipients"].([]any)
		for _, x := range rs {
			if r, ok := x.(obj); ok && isAddr(cleanAddr(str(r, "emailAddress"))) {
				res.Recipients = append(res.Recipients, Recipient{Recipient: cleanAddr(str(r, "emailAddress")), Action: ActionDelayed,
					Status: validOr(str(r, "status")), Diagnostic: diagnosticText(str(r, "diagnosticCode")), Date: isoTime(str(d, "timestamp")), Hint: hintOf(str(d, "delayType"))})
			}
		}
	}
}

func validOr(s string) string {
	if validStatus(s) {
		return s
	}
	return ""
}

func setFormat(res *Result, f string) {
	if res.Format == "" {
		res.Format = f
	}
}

func setFeedback(res *Result, fb *Feedback) {
	if res.Feedback == nil {
		res.Feedback = fb
	}
}

// SendGrid Event Webhook: events bounce (type bounce or blocked), dropped,
// deferred, delivered, spamreport.
func readSendGrid(e obj, res *Result) {
	setFormat(res, "sendgrid")
	a := cleanAddr(str(e, "email"))
	if !isAddr(a) {
		return
	}
	when := unixTime(str(e, "timestamp"))
	reason := str(e, "reason")
	if reason == "" {
		reason = str(e, "response")
	}
	hint := hintOf(str(e, "bounce_classification"))
	if hint == "" && str(e, "type") == "blocked" {
		hint = "blocked"
	}
	switch str(e, "event") {
	case "bounce", "dropped":
		res.Recipients = append(res.Recipients, Recipient{Recipient: a, Action: ActionFailed, Status: validOr(str(e, "status")), Diagnostic: reason, Date: when, Hint: hint})
	case "deferred":
		res.Recipients = append(res.Recipients, Recipient{Recipient: a, Action: ActionDelayed, Diagnostic: reason, Date: when, Hint: hint})
	case "delivered":
		res.Recipients = append(res.Recipients, Recipient{Recipient: a, Action: ActionDelivered, Diagnostic: reason, Date: when})
	case "spamreport":
		setFeedback(res, &Feedback{Type: "abuse", OriginalRcptTo: []string{a}, ArrivalDate: when, UserAgent: "SendGrid"})
	}
}

// Mailgun webhook event-data: event failed (severity permanent or
// temporary), delivered, complained.
func readMailgun(e obj, res *Result) {
	setFormat(res, "mailgun")
	a := cleanAddr(str(e, "recipient"))
	when := unixTime(str(e, "timestamp"))
	if m := sub(sub(e, "message"), "headers"); m != nil && res.OriginalMessageID == "" {
		res.OriginalMessageID = strings.Trim(str(m, "message-id"), "<>")
	}
	if env := sub(e, "envelope"); env != nil && res.Sender == "" {
		res.Sender = str(env, "sender")
	}
	ds := sub(e, "delivery-status")
	diag, host, status := "", "", ""
	if ds != nil {
		msg := str(ds, "message")
		if msg == "" {
			msg = str(ds, "description")
		}
		code := str(ds, "code")
		status = validOr(str(ds, "enhanced-code"))
		switch {
		case code != "" && code != "0" && !startsWithReplyCode(msg):
			diag = strings.TrimSpace(code + " " + status + " " + msg)
		default:
			diag = msg
		}
		host = str(ds, "mx-host")
	}
	switch str(e, "event") {
	case "failed", "rejected":
		if !isAddr(a) {
			return
		}
		action := ActionFailed
		if str(e, "severity") == "temporary" {
			action = ActionDelayed
		}
		if diag == "" {
			diag = str(sub(e, "reject"), "reason")
		}
		res.Recipients = append(res.Recipients, Recipient{Recipient: a, Action: action, Status: status, Diagnostic: diag, RemoteMTA: host, Date: when, Hint: hintOf(str(e, "reason"))})
	case "delivered":
		if isAddr(a) {
			res.Recipients = append(res.Recipients, Recipient{Recipient: a, Action: ActionDelivered, Diagnostic: diag, RemoteMTA: host, Date: when})
		}
	case "complained":
		setFeedback(res, &Feedback{Type: "abuse", OriginalRcptTo: []string{a}, ArrivalDate: when, UserAgent: "Mailgun"})
	}
}

// Postmark bounce webhook (RecordType Bounce; Type HardBounce, SoftBounce,
// Transient, DnsError, SpamNotification, Blocked, ...), SpamComplaint and
// Delivery.
func readPostmark(e obj, res *Result) {
	setFormat(res, "postmark")
	when := isoTime(str(e, "BouncedAt"))
	if res.OriginalMessageID == "" {
		res.OriginalMessageID = str(e, "MessageID")
	}
	if res.Sender == "" {
		res.Sender = str(e, "From")
	}
	switch rt, typ := str(e, "RecordType"), str(e, "Type"); {
	case rt == "SpamComplaint" || typ == "SpamComplaint":
		setFeedback(res, &Feedback{Type: "abuse", OriginalRcptTo: []string{str(e, "Email")}, ArrivalDate: when, UserAgent: "Postmark"})
	case rt == "Delivery":
		if a := cleanAddr(str(e, "Recipient")); isAddr(a) {
			res.Recipients = append(res.Recipients, Recipient{Recipient: a, Action: ActionDelivered, Diagnostic: str(e, "Details"), Date: isoTime(str(e, "DeliveredAt"))})
		}
	default:
		a := cleanAddr(str(e, "Email"))
		if !isAddr(a) {
			return
		}
		action := ActionFailed
		switch typ {
		case "SoftBounce", "Transient", "AutoResponder":
			action = ActionDelayed
		}
		diag := diagnosticText(str(e, "Details"))
		if diag == "" || len(diag) < 12 && !startsWithReplyCode(diag) {
			diag = str(e, "Description")
		}
		res.Recipients = append(res.Recipients, Recipient{Recipient: a, Action: action, Diagnostic: diag, Date: when, Hint: hintOf(typ)})
	}
}

// SparkPost events (msys.message_event): bounce, out_of_band, delay,
// delivery, spam_complaint; bounce_class is SparkPost's classification.
func readSparkPost(e obj, res *Result) {
	setFormat(res, "sparkpost")
	a := cleanAddr(str(e, "rcpt_to"))
	when := unixTime(str(e, "timestamp"))
	if res.Sender == "" {
		res.Sender = str(e, "msg_from")
	}
	diag := str(e, "raw_reason")
	if diag == "" {
		diag = str(e, "reason")
	}
	hint := ""
	if c := str(e, "bounce_class"); c != "" {
		hint = "sparkpost-" + c
	}
	switch str(e, "type") {
	case "bounce", "out_of_band", "policy_rejection", "generation_rejection":
		if isAddr(a) {
			res.Recipients = append(res.Recipients, Recipient{Recipient: a, Action: ActionFailed, Diagnostic: diag, Date: when, Hint: hint})
		}
	case "delay":
		if isAddr(a) {
			res.Recipients = append(res.Recipients, Recipient{Recipient: a, Action: ActionDelayed, Diagnostic: diag, Date: when, Hint: hint})
		}
	case "delivery":
		if isAddr(a) {
			res.Recipients = append(res.Recipients, Recipient{Recipient: a, Action: ActionDelivered, Date: when})
		}
	case "spam_complaint":
		t := str(e, "fbtype")
		if t == "" {
			t = "abuse"
		}
		setFeedback(res, &Feedback{Type: t, OriginalRcptTo: []string{a}, ArrivalDate: when, UserAgent: str(e, "report_by")})
	}
}
