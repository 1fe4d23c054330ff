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

// families are the bounce formats, by name; analyse tries them in order
// (familiesInOrder). A new family's file adds its entry here (staticcheck
// reports its detect and parse functions unused until it does). The list is
// static data: it was filled by a register call in an init function of each
// family's file, 32 functions spread over the package's code, run at the
// start of every smtpgw command.
var families = []family{
	{name: "courier", order: 50, detect: detectCourier, parse: parseCourier},
	{name: "dma", order: 50, detect: detectDMA, parse: parseDMA},
	{name: "domino", order: 50, detect: detectDomino, parse: parseDomino},
	{name: "exchange", order: 50, detect: detectExchange, parse: parseExchange},
	{name: "exim", order: 50, detect: detectExim, parse: parseExim},
	{name: "gateway", order: 20, detect: detectGateway, parse: parseGateway},
	{name: "generic", order: 99, detect: looksLikeBounce, parse: parseCatchAll},
	{name: "gmail", order: 10, detect: detectGmail, parse: parseGmail},
	{name: "gmx", order: 30, detect: detectGMX, parse: parseGMX},
	{name: "google-groups", order: 5, detect: detectGoogleGroups, parse: parseGoogleGroups},
	{name: "haraka", order: 40, detect: detectHaraka, parse: parseHaraka},
	{name: "icloud", order: 30, detect: detectICloud, parse: parseProviderPostfix},
	{name: "imail", order: 40, detect: detectIMail, parse: parseIMail},
	{name: "james", order: 40, detect: detectJames, parse: parseJames},
	{name: "japan", order: 15, detect: detectJapan, parse: parseJapan},
	{name: "kerio", order: 40, detect: detectKerio, parse: parseKerio},
	{name: "mailenable", order: 40, detect: detectMailEnable, parse: parseMailEnable},
	{name: "mailru", order: 30, detect: detectMailRu, parse: parseMailRu},
	{name: "mdaemon", order: 40, detect: detectMDaemon, parse: parseMDaemon},
	{name: "messaging-server", order: 50, detect: detectOracle, parse: parseOracle},
	{name: "opensmtpd", order: 50, detect: detectOpenSMTPD, parse: parseOpenSMTPD},
	{name: "postfix", order: 50, detect: detectPostfix, parse: parsePostfix},
	{name: "powermta", order: 40, detect: detectPowerMTA, parse: parsePowerMTA},
	{name: "qmail", order: 50, detect: detectQmail, parse: parseQmail},
	{name: "rfc3464", order: 95, detect: detectDSN, parse: parseNothing},
	{name: "sendmail", order: 50, detect: detectSendmail, parse: parseSendmail},
	{name: "ses", order: 30, detect: detectSES, parse: parseSES},
	{name: "x400", order: 50, detect: detectX400, parse: parseX400},
	{name: "yahoo", order: 10, detect: detectYahoo, parse: parseYahoo},
	{name: "yandex", order: 30, detect: detectYandex, parse: parseYandex},
	{name: "zimbra", order: 40, detect: detectZimbra, parse: parsePostfix},
	{name: "zoho", order: 30, detect: detectZoho, parse: parseZoho},
}

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

// familiesInOrder is sortedFamilies computed once.
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
