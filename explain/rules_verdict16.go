package explain

import "strings"

// Rules of session 11's held-out batches heldout16-verdict* (issue 10): kinds
// found on their first runs, each tested in new wording in verdict16_kinds_test.go.
//
// Batch 16-verdict (codeless one-word verdicts and short statuses of
// security gateways, message traces, mail logs and sending services) showed
// these kinds, fixed here at their level:
//
//   - the codeless gate, status records: a field that is a status by its
//     name ("Status: queued", "Delivery Status: Delivered", a filter's
//     "Action: Deleted", Mimecast's "Act=Rej"), a text that is one status
//     value alone ("Deferred", "DELIVERY_DELAY") and a table row about a
//     recipient whose last cell is a status ("Outbound | a@b.example | ... |
//     deferred") state a delivery's outcome without an address or a known
//     service (outcomeStatus, rules_esp14.go; statusFieldKey,
//     statusValueClass, statusRecordValue below);
//   - a record's own status that says the message was delivered ("Delivered
//     to Gmail inbox", "DeliveryAction: DeliveredAsSpam", Mimecast's
//     "Act=Acc") decides over words of its other fields (a TLS version, a
//     spam score): the message was delivered (classify.go);
//   - the words of RFC 3463's registry titles without their code ("No
//     answer from host", "Unable to route"): the title names the cause as the
//     code would (registryTitleRules);
//   - a CEF header's product version ("CEF:0|Kaspersky|KSMG|2.0.1|...") is
//     no enhanced status code (parse.go, cefHeaderAt);
//   - vocabulary of filters' verdicts and services' statuses: a spam filter
//     bypassed or a delivery to the junk folder (delivered), an attachment
//     filter's action, a recipient's complaint as an event, a filter's
//     category policy (marketing mail), a scan that did not conclude, an
//     anti-fraud (phishing) verdict, URL threats, an address that "recently
//     bounced" (rules_mta7.go), bounce kinds said as constants
//     ("TRANSIENT_BOUNCE", "PERMANENT_BOUNCE"; classify.go).
var verdict16Rules = []rule{
	// a filter that let a message through although it looked like spam, or
	// delivered it to the junk folder: a delivery (as srv15b.delivered-banner)
	{ID: "verdict16.spam-bypassed", Any: []string{"bypassed spam", "spam bypassed", "bypassed the spam filter", "spam filter bypassed", "spam filtering bypassed",
		"not scanned for spam", "not spam scanned", "spam scanning skipped", "delivered as spam", "deliveredasspam", "delivered to junk", "delivered to the junk",
		"deliveredtojunk", "delivered to spam folder", "delivered to the spam folder"},
		Not:   []string{"quarantine", "rejected", "blocked", "not delivered", "undeliver", "failed", "could not"},
		Codes: []int{0, 250}, // no reply code, or a success: a refusal's reply that mentions it is a refusal
		Cat:   Success, Pri: conceptPri + 8,
		Summary: "The message was delivered: the spam filter let it through (bypassed by a setting or allow list) or delivered it to the junk folder.",
		Fix:     []string{"Nothing to do for the delivery; if it landed in the junk folder, look at the sender's authentication and reputation."}},
	// an attachment filter's action (Exchange's FilterActions Reject, Strip,
	// SilentDelete; a gateway's "Attachment Filter" reason): a policy on
	// file types, not a virus verdict
	{ID: "verdict16.attachment-filter", Any: []string{"attachment filter", "attachment filtering", "attachmentfilter", "attachment-filter", "attachment blocking policy"},
		Not: []string{"virus", "malware", "infected", "trojan", "ransomware", "malicious"},
		Cat: Policy, Pri: conceptPri + 8, Actor: ActorRecipientAdmin,
		Summary: "The receiver's attachment filter refused or deleted the message because of an attachment's name or type (a policy on file types, not a virus verdict).",
		Fix:     []string{"Send the file in another format or by a link, or ask the recipient's administrator to allow the file type."}},
	// a filter action that deletes without a notice (SilentDelete)
	{ID: "verdict16.silent-delete", Any: []string{"silentdelete", "silent delete", "silently deleted", "deleted silently"},
		Not: []string{"spam", "virus", "malware", "infected", "phish"},
		Cat: Policy, Pri: conceptPri, Actor: ActorRecipientAdmin,
		Summary: "The receiver's filter deleted the message without a notice to the sender (a silent delete under its policy)."},
	// a recipient's complaint as an event's type or status ("complained",
	// SendGrid's "spamreport"): the platform's policy, as dash15.recipient-complaint
	{ID: "verdict16.complaint-event", Any: []string{"complained", "spamreport", "spam report event", "complaint event"},
		Not: []string{"bounce", "not complained", "never complained", "no complaint"},
		Cat: Policy, Pri: conceptPri,
		Summary: "The recipient complained (marked the message as spam): the sending platform suppresses the address; the message itself was delivered.",
		Fix:     []string{"Stop sending to the address; check that the recipient opted in and that unsubscribing is easy."}},
	// a filter's category policy: mail held because of its category
	// (marketing, newsletters, social media), not a spam verdict
	{ID: "verdict16.category-policy", Any: []string{"email categorization", "email categorisation", "categorized as marketing", "categorised as marketing",
		"category (marketing)", "category: marketing", "marketing category"},
		Not: []string{"virus", "malware", "phish", "fraud"},
		Cat: Policy, Pri: conceptPri + 10, Actor: ActorRecipientAdmin,
		Summary: "The receiver's filter held the message because of its category (marketing, newsletters, social media): a policy of the recipient's organisation, not a spam verdict.",
		Fix:     []string{"Ask the recipient to release the message and to allow the sender, or their administrator to change the category policy."}},
	// a scan that did not conclude (a sandbox that timed out, an inconclusive
	// result): held by the filter's policy, as srv15b.unscannable
	{ID: "verdict16.scan-inconclusive", Any: []string{"scan inconclusive", "scan was inconclusive", "inconclusive scan", "scan result inconclusive", "sandbox timeout", "sandbox_timeout", "sandbox timed out"},
		Not: []string{"unavailable", "try again", "later", "temporar"},
		Cat: Policy, Pri: conceptPri + 8, Actor: ActorRecipientAdmin,
		Summary: "The filter's scan (its sandbox) did not reach a verdict, and its policy holds what it could not clear; no threat was found.",
		Fix:     []string{"Ask the recipient's administrator to release the message, or send the file by another way."}},
	// an anti-fraud verdict (Barracuda's "Anti-Fraud": a phishing scheme)
	{ID: "verdict16.anti-fraud", Any: []string{"anti-fraud", "antifraud", "anti fraud"},
		Not: []string{"sender", "spf", "dkim", "dmarc"},
		Cat: SpamContent, Pri: conceptPri,
		Summary: "The filter's anti-fraud check took the message for phishing (an attempt to obtain credentials or payments) and blocked it."},
	// a filter's category of promotional mail ("Infomail", Hornetsecurity;
	// Bitdefender's INFOMAIL): held back by the organisation's setting
	{ID: "verdict16b.infomail", Any: []string{"infomail", "info mail", "info-mail"},
		Not: []string{"virus", "malware", "phish", "spam"},
		Cat: Policy, Pri: conceptPri + 8, Actor: ActorRecipientAdmin,
		Summary: "The filter classified the message as promotional mail (infomail), which the recipient's organisation holds back or files by its setting: a policy, not a spam verdict.",
		Fix:     []string{"Ask the recipient to release the message or allow the sender; send marketing only to recipients who asked for it."}},
	// an advanced-threat verdict named by its category ("AdvThreat", "ATP")
	{ID: "verdict16b.adv-threat", Any: []string{"advthreat", "adv threat", "advanced threat detected", "classification: atp", "category: atp"},
		Not: []string{"scan inconclusive", "timed out", "unavailable", "exempt"},
		Cat: Virus, Pri: conceptPri,
		Summary: "The filter's advanced threat protection (a sandbox or a threat engine) found the message or an attachment malicious and held it."},
	// URL threats found by a sandbox ("Analyzed Advanced Threats (URLs)")
	{ID: "verdict16.url-threats", Any: []string{"threats (urls)", "threat (url)", "url threat", "url threats", "threats (url)"},
		Cat: SpamContent, Pri: conceptPri,
		Summary: "The filter found links to malicious or phishing sites in the message and held or refused it."},
}

// registryTitleRules (built with the rule table, rules_wording.go) read the registry title of an enhanced status code said
// without the code ("Permanent Failure: No answer from host", a sent-mail
// list's "Unable to route"): the title names the cause the code would. Only
// titles of a specific cause (not "Other ..." nor a success), only in text
// without a code, and weak: any rule that reads the text itself decides.
func registryTitleRules() []rule {
	var out []rule
	for _, d := range enhancedDetailTable {
		info := d.info
		title, _, _ := strings.Cut(info.Meaning, " (")
		title = strings.ToLower(title)
		switch {
		case info.Category == Unknown, info.Category == Success,
			strings.HasPrefix(title, "other "), strings.HasPrefix(title, "duplicate "),
			strings.Count(title, " ") == 0,
			d.subject == 7 && d.detail == 13: // "User account disabled": an authentication's (X.7.13), not the mailbox's
			continue
		}
		code := "X." + itoa(d.subject) + "." + itoa(d.detail)
		out = append(out, rule{ID: "verdict16.title-" + itoa(d.subject) + "-" + itoa(d.detail), Any: []string{title}, Codes: []int{0},
			Cat: info.Category, Weak: true, Refs: []string{info.Ref},
			Summary: "The text is the registry's title of enhanced status code " + code + ": " + info.Meaning + "."})
	}
	return out
}

// statusFieldKey reports a folded field name that names a delivery's
// outcome by itself: a status ("status", "deliverystatus",
// "sysemailstatus"), a state ("state", "mailstate"), the action a filter or
// a trace records ("action", "lastaction", "dsnaction", Mimecast's "act"), a
// disposition, a filter's classification or verdict.
func statusFieldKey(k string) bool {
	if len(k) > 24 || k == "transaction" {
		return false
	}
	switch k {
	case "act", "classification", "verdict",
		// Exchange's message tracking event (Get-MessageTrackingLog's
		// EventId: DEFER, FAIL, DELIVER; held-out batch 19-codeless b)
		"eventid":
		return true
	}
	for _, suf := range [...]string{"status", "state", "action", "disposition"} {
		if strings.HasSuffix(k, suf) {
			return true
		}
	}
	return false
}

// statusRecordAlone reports a text short enough to be one status record
// ("Status: queued", "Delivery Status: Delivered\nFailure Reason: Not
// applicable", "Act=Rej|RejType=..."), not a JSON body whose "status" may
// be a request's or a job's.
func statusRecordAlone(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) <= 240 && t != "" && t[0] != '{' && t[0] != '['
}

// statusValueClass is the class a status field's value states
// (outcomeValue), also when it says where, when or by whom ("Delivered to
// Gmail inbox", "Rejected at pre-acceptance level"), for a delivery the
// spam filter passed ("delivered (not scanned for spam)", "DeliveredAsSpam":
// a delivery to the junk folder is a delivery), a filter's action
// ("Deleted", "Discard", "Allowed") and Mimecast's abbreviations (Acc, Rej,
// Hld).
func statusValueClass(key, v string) Class {
	v = strings.TrimSuffix(v, " queue") // a queue's name: "Deferred Queue", "Hold Queue"
	if key == "eventid" {
		return trackingEventClass(v)
	}
	if c := outcomeValue(v); c != ClassUnknown {
		return c
	}
	if c := codeless21StatusLabel(v); c != ClassUnknown {
		return c // a localized status label ("Zugestellt", "被拒"; rules_codeless21.go)
	}
	if statusFieldKey(key) {
		if c := statusWord(key, v); c != ClassUnknown {
			return c
		}
	}
	if rest, ok := strings.CutPrefix(v, "delivered"); ok && (strings.HasPrefix(rest, " (") || rest == "asspam" || rest == "tojunk" || rest == " as spam") {
		return ClassSuccess
	}
	// an outcome word and where, when or by whom ("Delivered to Gmail
	// inbox", "Rejected at pre-acceptance level", "Deferred until 10:40")
	if first, rest, ok := strings.Cut(v, " "); ok {
		prep, _, _ := strings.Cut(rest, " ")
		switch prep {
		case "to", "at", "by", "until", "after", "for", "on", "in", "from":
			if c := outcomeValue(first); c != ClassUnknown {
				return c
			}
		}
	}
	switch key {
	case "act":
		switch v {
		case "acc":
			return ClassSuccess
		case "rej":
			return ClassPermanent
		case "hld":
			return ClassTransient
		}
	case "action", "lastaction", "deliveryaction":
		switch v {
		case "deleted", "delete", "discarded", "discard", "silentdelete":
			return ClassPermanent
		case "deliver", "allowed", "passed":
			return ClassSuccess
		}
	}
	return ClassUnknown
}

// statusWord is the class a value states in a field that is a status by
// its name (statusFieldKey) but not as an event's type (Resend's
// "email.sent" is only accepted for sending): sent, relayed, allowed
// (success), a filter's verdict "clean" (only as a verdict or a
// classification: an engine's own "Anti-Virus status: Clean" says nothing
// of the others), ready or scheduled (waiting to be sent), an error, a send
// ignored, a block; and the labels of send results in Korean, Japanese and
// Chinese (NAVER Cloud's 발송 실패, 送信失敗, 发送失败; held-out batch 16-verdict b).
func statusWord(key, v string) Class {
	switch v {
	case "sent", "relayed", "allow", "allowed",
		"발송 성공", "전송 성공", "送信成功", "配信成功", "发送成功", "投递成功":
		return ClassSuccess
	case "clean":
		if key == "verdict" || key == "classification" {
			return ClassSuccess
		}
	case "ready", "scheduled", "waiting", "on hold":
		return ClassTransient
	case "error", "ignored", "block", "blocked",
		"발송 실패", "전송 실패", "일부 실패", "送信失敗", "配信失敗", "一部失敗", "发送失败", "投递失败", "部分失败":
		return ClassPermanent
	}
	return ClassUnknown
}

// statusRecordValue is the class of a text that is one status value alone
// ("Deferred", "TRANSIENT_BOUNCE": bare, no fields), or of a table row
// about a recipient whose last cell is one ("Inbound | a@b.example | c@d.example
// | Subject | rejected"), with the value; ClassUnknown when it is neither.
func statusRecordValue(s string, aboutRecipient, bare bool) (Class, string) {
	t := strings.TrimSpace(s)
	if bare {
		if c, v := codeless21DashedStatus(t); c != ClassUnknown {
			return c, v // "DELIVERED — <what it means>" (rules_codeless21.go)
		}
		if c, v := codeless22HeadingStatus(t); c != ClassUnknown {
			return c, v // "Diferido: <what it means>" (rules_codeless22.go)
		}
		if c, v := codeless23HeadingStatus(t); c != ClassUnknown {
			return c, v // "Pending: <what it means>" (rules_codeless23.go)
		}
		if c, v := codeless26LocalizedStatusField(t); c != ClassUnknown {
			return c, v // "Estado de entrega: rebotado" (rules_codeless26.go)
		}
	}
	if bare && len(t) <= 40 && strings.IndexByte(t, '\n') < 0 {
		if c := statusValueClass("status", lowerASCII(t)); c != ClassUnknown {
			return c, t
		}
		// an enumeration's constant that names the status and its value
		// ("AWSSESDsnActionDelayed", "DeliveryStatusFailed")
		if w := strings.Fields(splitIdentifier(t)); len(w) >= 2 && statusFieldKey(w[len(w)-2]) {
			if c := statusValueClass("status", w[len(w)-1]); c != ClassUnknown {
				return c, t
			}
		}
	}
	if !aboutRecipient || len(t) > maxExplainText {
		return ClassUnknown, ""
	}
	for _, line := range strings.Split(t, "\n") {
		sep := "|"
		if strings.Count(line, sep) < 2 {
			sep = ","
		}
		cells := strings.Split(line, sep)
		if len(cells) < 3 || strings.IndexByte(line, '@') < 0 {
			continue
		}
		last := strings.TrimSpace(cells[len(cells)-1])
		if last == "" || len(last) > 40 {
			continue
		}
		if c := statusValueClass("status", lowerASCII(last)); c != ClassUnknown {
			return c, last
		}
	}
	return ClassUnknown, ""
}

// withoutCEFLabels blanks the labels of a CEF event's custom fields
// ("cs1Label=MessageId", "cn2Label=Score"): they name the field that
// follows, as a JSON member's name does, and are not words of the event
// ("MessageId" is no complaint about a missing Message-ID header).
func withoutCEFLabels(s string) string {
	if !strings.Contains(s, "CEF:") || !strings.Contains(s, "Label=") {
		return s
	}
	b := []byte(s)
	for off := 0; ; {
		k := strings.Index(s[off:], "Label=")
		if k < 0 {
			break
		}
		k += off
		start := k
		for start > 0 && s[start-1] != ' ' && s[start-1] != '|' {
			start--
		}
		end := k + len("Label=")
		for end < len(s) && s[end] != ' ' && s[end] != '|' {
			end++
		}
		for i := start; i < end; i++ {
			b[i] = ' '
		}
		off = end
	}
	return string(b)
}

// trackingEventClass is the class of an Exchange message tracking event
// (Get-MessageTrackingLog's EventId, message trace's events): a delivery or
// a hand-off to the next hop is a success, a deferral temporary, a failure
// or a drop permanent; other events (RECEIVE, DSN, EXPAND, ...) state no
// outcome of their own.
func trackingEventClass(v string) Class {
	switch v {
	case "deliver", "send":
		return ClassSuccess
	case "defer":
		return ClassTransient
	case "fail", "drop":
		return ClassPermanent
	}
	return ClassUnknown
}

// enhancedSummaryStatus is the class of Exchange Online's enhanced summary
// report's recipient status, "addr##Receive, Fail": the recipient's events
// in order, the last one its outcome (held-out batch 19-codeless b); the
// event with it.
func enhancedSummaryStatus(s string) (Class, string) {
	i := strings.Index(s, "##")
	if i <= 0 || strings.LastIndexByte(s[:i], '@') < 0 {
		return ClassUnknown, ""
	}
	line, _, _ := strings.Cut(s[i+2:], "\n")
	line, _, _ = strings.Cut(line, ";")
	events := strings.Split(line, ",")
	last := strings.TrimSpace(events[len(events)-1])
	return trackingEventClass(lowerASCII(last)), last
}
