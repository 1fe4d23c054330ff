package bounce

import (
	"sort"
	"strings"

	"github.com/smtpgw/smtpgw/internal/lazy"
)

// A family is one bounce format: a detector that recognises its reports
// (From:, Subject:, X-Mailer:, the text's fixed sentences, the structure)
// and a parser that reads the failed and delayed recipients from the text.
// RFC 3464 delivery-status parts are read for every message by rfc3464.go;
// a family parser adds what the text says (and is all there is when the
// report has no DSN part).
type family struct {
	name string
	// order: lower runs first. Providers and gateways (10-30) run before
	// the MTAs they are built on (50), the catch-all last (90).
	order  int
	detect func(m *msg) bool
	parse  func(m *msg) []Recipient
}

var families []family

func register(f family) { families = append(families, f) }

func sortedFamilies() []family {
	out := append([]family(nil), families...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].order != out[j].order {
			return out[i].order < out[j].order
		}
		return out[i].name < out[j].name
	})
	return out
}

// familiesInOrder is sortedFamilies computed once (every family registers
// in an init function, before the first Parse).
var familiesInOrder = lazy.Value[[]family]{New: sortedFamilies}

func analyse(m *msg) (*Result, error) {
	res := &Result{From: m.from, Subject: m.subject, Date: m.date, MessageID: m.messageID, Gateway: gatewayName(m)}
	if m.hasOrig {
		res.OriginalMessageID = strings.Trim(strings.TrimSpace(m.orig.Get("Message-Id")), "<>")
		if rp := cleanAddr(m.orig.Get("Return-Path")); rp != "" {
			res.Sender = rp
		}
		res.OriginalFrom = strings.TrimSpace(m.orig.Get("From"))
		res.OriginalDKIM = m.orig.Values("Dkim-Signature")
	}
	if v := m.get("X-Original-Message-ID"); v != "" {
		res.OriginalMessageID = strings.Trim(v, "<> ")
	}

	if fb := parseARF(m); fb != nil {
		res.Kind, res.Format, res.Feedback = KindFeedback, "arf", fb
		if res.Sender == "" {
			res.Sender = fb.OriginalMailFrom
		}
		return res, nil
	}

	dsn, ds := parseDSN(m)
	if ds.reportingMTA != "" {
		res.ReportingMTA = ds.reportingMTA
	}
	if ds.sender != "" {
		res.Sender = ds.sender
	}
	format := ""
	var text []Recipient
	for _, f := range familiesInOrder.Get() {
		if !f.detect(m) {
			continue
		}
		if format == "" {
			format = f.name
		}
		if rs := f.parse(m); len(rs) > 0 {
			text, format = rs, f.name
			break
		}
	}
	if format == "" && len(dsn) > 0 {
		format = "rfc3464"
	}
	recips := merge(dsn, text)
	if len(recips) > MaxRecipients {
		recips = recips[:MaxRecipients]
	}
	for i := range recips {
		complete(&recips[i], res, m)
	}
	res.Recipients, res.Format = recips, format

	switch {
	case len(res.Problems()) > 0:
		res.Kind = KindBounce
	case len(recips) > 0:
		res.Kind = KindSuccess
	case isChallenge(m): // a challenge is an auto-reply too: the more specific first
		res.Kind, res.Format = KindChallenge, "challenge-response"
	case isAutoReply(m):
		res.Kind, res.Format = KindAutoReply, "auto-reply"
	default:
		return nil, ErrNotBounce
	}
	return res, nil
}

// complete fills what a recipient's report leaves out from its reply (the
// stage, the remote host and the status explain finds in the diagnostic)
// and from the whole report (the reporting MTA, the date).
func complete(rc *Recipient, res *Result, m *msg) {
	rc.Recipient = cleanAddr(rc.Recipient)
	rc.OriginalRecipient = cleanAddr(rc.OriginalRecipient)
	if equalFold(rc.OriginalRecipient, rc.Recipient) {
		rc.OriginalRecipient = ""
	}
	rc.Diagnostic = strings.TrimSpace(rc.Diagnostic)
	if rc.Action == "" {
		rc.Action = ActionFailed
	}
	if rc.ReportingMTA == "" {
		rc.ReportingMTA = res.ReportingMTA
	}
	if rc.Date.IsZero() {
		rc.Date = m.date
	}
	if rc.Diagnostic != "" {
		rp := rc.Reply()
		if rc.Status == "" && validStatus(rp.Enhanced) {
			rc.Status = rp.Enhanced
		}
		if rc.RemoteMTA == "" {
			rc.RemoteMTA = rp.RemoteHost
		}
		if rc.Stage == "" {
			rc.Stage = rp.Stage
		}
	}
}

// merge prefers the DSN's per-recipient data and fills in what the text
// adds (the stage, the remote host, the full reply when the DSN has only a
// Status). Without a DSN part the text's recipients are the answer.
func merge(dsn, text []Recipient) []Recipient {
	if len(dsn) == 0 {
		var out []Recipient
		seen := map[string]bool{}
		for _, r := range text {
			k := lowerASCII(cleanAddr(r.Recipient)) + "\x00" + r.Action + "\x00" + collapseSpace(r.Diagnostic)
			if seen[k] || cleanAddr(r.Recipient) == "" {
				continue
			}
			seen[k] = true
			out = append(out, r)
		}
		return out
	}
	byRcpt := make(map[string]Recipient, len(text))
	for _, t := range text {
		k := lowerASCII(cleanAddr(t.Recipient))
		if _, dup := byRcpt[k]; !dup {
			byRcpt[k] = t
		}
	}
	for i := range dsn {
		d := &dsn[i]
		t, ok := byRcpt[lowerASCII(cleanAddr(d.Recipient))]
		if !ok {
			t, ok = byRcpt[lowerASCII(cleanAddr(d.OriginalRecipient))]
		}
		if !ok {
			continue
		}
		dr, tr := d.Reply(), t.Reply()
		if d.Stage == "" {
			d.Stage = tr.Stage
		}
		if d.RemoteMTA == "" {
			d.RemoteMTA = tr.RemoteHost
		}
		if d.OriginalRecipient == "" {
			d.OriginalRecipient = t.OriginalRecipient
		}
		if d.Hint == "" {
			d.Hint = t.Hint
		}
		if t.Diagnostic != "" && (d.Diagnostic == "" || dr.Code == 0 && tr.Code != 0) {
			d.Diagnostic = t.Diagnostic
			if d.Stage == "" {
				d.Stage = tr.Stage
			}
		}
	}
	return dsn
}

// looksLikeBounce: the message comes from a mailer daemon or postmaster, or
// its subject or text says a delivery failed.
func looksLikeBounce(m *msg) bool {
	if m.fromHas("mailer-daemon", "postmaster", "mail delivery", "mail administrator", "maildelivery", "mail system", "mailadmin") {
		return true
	}
	if m.subjectHas(bounceSubjects...) {
		return true
	}
	return m.get("X-Failed-Recipients") != "" || m.has(failurePhrases...)
}

var bounceSubjects = []string{"undeliver", "undelivered", "delivery status notification", "delivery failure", "failure notice",
	"returned mail", "mail delivery failed", "delivery failed", "non remis", "nondeliverable", "non-deliverable",
	"could not send message", "mail system error", "delivery notification", "warning: could not", "delayed mail",
	"unzustellbar", "nicht zustellbar", "no entregado", "不達", "エラー", "未送达", "退信", "не доставлено", "недоставлен"}

var failurePhrases = []string{"could not be delivered", "couldn't be delivered", "wasn't delivered", "was not delivered",
	"undeliverable", "delivery has failed", "permanent error", "permanent fatal errors", "unable to deliver",
	"delivery to the following recipient", "failed to deliver", "could not deliver", "not able to deliver",
	"message could not be sent", "delivery failed"}
