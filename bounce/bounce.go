// Package bounce reads bounce messages: RFC 3464 delivery status
// notifications and the plain-text reports of the common MTAs, mail
// providers and gateways. Each format family is one file that registers a
// detector and a parser (see registry.go); Parse runs them and returns every
// recipient the message reports on, with what the report says about it
// (action, status, remote MTA, the remote reply, the SMTP stage, the date).
//
// The package does not decide what a reply means: Recipient.Explain hands the
// reply to package explain, the one place that does.
//
// Messages that are not bounces are said so with their own Kind: success
// DSNs, ARF feedback reports (RFC 5965), auto-replies (RFC 3834) and
// challenge-response messages.
package bounce

import (
	"errors"
	"io"
	"time"

	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/internal/lazy"
)

// Limits on hostile input. MaxMessage bytes of a message are read, the rest
// is ignored; MaxPart bytes of each MIME part; MaxDepth levels of nested
// multiparts and MaxParts parts are looked at; MaxRecipients recipients are
// returned.
const (
	MaxMessage    = 10 << 20
	MaxPart       = 1 << 20
	MaxDepth      = 8
	MaxParts      = 200
	MaxRecipients = 1000
)

// ErrNotBounce is returned by Parse when the message is none of the kinds
// below: no failed, delayed or delivered recipient, no feedback report, no
// auto-reply.
var ErrNotBounce = errors.New("no failed recipient, delivery report, feedback report or auto-reply found in the message")

// Kind is what a message is.
type Kind string

// Kinds of message.
const (
	KindBounce    Kind = "bounce"     // failed and/or delayed recipients
	KindSuccess   Kind = "success"    // a success DSN: delivered, relayed or expanded recipients only
	KindFeedback  Kind = "feedback"   // an ARF feedback report (RFC 5965)
	KindAutoReply Kind = "auto-reply" // a vacation or out-of-office notice (RFC 3834)
	KindChallenge Kind = "challenge"  // a challenge-response message asking the sender to confirm
)

// Result is what Parse found in one message.
type Result struct {
	Kind   Kind   `json:"kind"`
	Format string `json:"format"` // the format family: "rfc3464", "postfix", "exim", "qmail", "gmail", ...
	// Gateway names the mail security gateway or hosted filter that wrote
	// the report ("Mimecast", "Proofpoint", "Cisco Secure Email (IronPort)",
	// ...), recognised by the header fields it adds and its host names;
	// empty for other reports.
	Gateway string `json:"gateway,omitempty"`

	From      string    `json:"from,omitempty"`    // header From: of the report
	Subject   string    `json:"subject,omitempty"` // decoded
	Date      time.Time `json:"date,omitzero"`     // header Date: of the report
	MessageID string    `json:"message_id,omitempty"`

	ReportingMTA      string `json:"reporting_mta,omitempty"`
	Sender            string `json:"sender,omitempty"`              // envelope sender of the returned message (X-Postfix-Sender, Return-Path)
	OriginalMessageID string `json:"original_message_id,omitempty"` // X-Original-Message-ID or the returned message's Message-ID
	// OriginalFrom and OriginalDKIM are the From: field and the
	// DKIM-Signature fields of the returned message's header, when the
	// bounce carries it (message/rfc822, text/rfc822-headers, or quoted).
	OriginalFrom string   `json:"original_from,omitempty"`
	OriginalDKIM []string `json:"original_dkim_signatures,omitempty"`

	// Recipients are every recipient the message reports on, in the order
	// given; in a KindBounce result at least one is failed or delayed.
	Recipients []Recipient `json:"recipients,omitempty"`
	Feedback   *Feedback   `json:"feedback,omitempty"` // KindFeedback only
}

// Problems returns the failed and delayed recipients.
func (r *Result) Problems() []Recipient {
	var out []Recipient
	for _, rc := range r.Recipients {
		if rc.Action == ActionFailed || rc.Action == ActionDelayed {
			out = append(out, rc)
		}
	}
	return out
}

// DSN actions (RFC 3464 §2.3.3).
const (
	ActionFailed    = "failed"
	ActionDelayed   = "delayed"
	ActionDelivered = "delivered"
	ActionRelayed   = "relayed"
	ActionExpanded  = "expanded"
)

// Recipient is what a report says about one recipient.
type Recipient struct {
	Recipient         string    `json:"recipient"`
	OriginalRecipient string    `json:"original_recipient,omitempty"`
	Action            string    `json:"action"`               // failed, delayed, delivered, relayed, expanded
	Status            string    `json:"status,omitempty"`     // enhanced status code (DSN Status: or from the reply)
	RemoteMTA         string    `json:"remote_mta,omitempty"` // the host that gave the reply
	Diagnostic        string    `json:"diagnostic,omitempty"` // the remote reply or the report's reason, as given
	Stage             string    `json:"stage,omitempty"`      // "RCPT TO", "MAIL FROM", "END OF DATA", ... when the report says
	Date              time.Time `json:"date,omitzero"`        // Last-Attempt-Date, Arrival-Date, else the report's Date
	ReportingMTA      string    `json:"reporting_mta,omitempty"`
	// Hint is the reporting system's own classification of the failure,
	// in its own words (PowerMTA's X-PowerMTA-BounceCategory "bad-mailbox",
	// an ESP's bounce type); Explain reads it when the reply alone says
	// nothing explain recognises.
	Hint string `json:"reporter_category,omitempty"`
}

// Feedback is an ARF feedback report (RFC 5965 §3.1, §3.2).
type Feedback struct {
	Type             string    `json:"feedback_type"` // abuse, fraud, virus, not-spam, auth-failure, other
	SourceIP         string    `json:"source_ip,omitempty"`
	OriginalMailFrom string    `json:"original_mail_from,omitempty"`
	OriginalRcptTo   []string  `json:"original_rcpt_to,omitempty"`
	ReportedDomain   string    `json:"reported_domain,omitempty"`
	UserAgent        string    `json:"user_agent,omitempty"`
	ArrivalDate      time.Time `json:"arrival_date,omitzero"`
}

// Parse reads one message (at most MaxMessage bytes) and says what it is.
// The Result is non-nil when err is nil.
func Parse(r io.Reader) (*Result, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxMessage))
	if err != nil {
		return nil, err
	}
	return ParseBytes(raw)
}

// ParseBytes is Parse for a message already in memory; it reads at most
// MaxMessage bytes of raw.
func ParseBytes(raw []byte) (*Result, error) {
	if len(raw) > MaxMessage {
		raw = raw[:MaxMessage]
	}
	if looksJSON(raw) {
		if res := parseWebhook(raw); res != nil {
			return res, nil
		}
	}
	return parseNested(raw, 0)
}

// maxForwarded is how many times a bounce may have been forwarded as an
// attachment ("FW: Undeliverable: ...") and still be read.
const maxForwarded = 3

// parseNested reads a message; when it is no report itself but carries a
// whole message as an attachment (a bounce forwarded by a colleague or a
// helpdesk), the attached message is read instead. A real bounce's
// returned message is never read this way: the bounce answers first.
func parseNested(raw []byte, depth int) (*Result, error) {
	m := load(raw)
	res, err := analyse(m)
	if errors.Is(err, ErrNotBounce) && m.attached != nil && depth < maxForwarded {
		if inner, ierr := parseNested(m.attached, depth+1); ierr == nil {
			return inner, nil
		}
	}
	return res, err
}

// Reply is the recipient's reply as package explain reads it: the
// diagnostic parsed, with the recipient, action, status, stage and remote
// MTA of the report filled in where the reply itself does not carry them.
func (rc Recipient) Reply() explain.Reply {
	rp, err := explain.Parse(rc.Diagnostic)
	if err != nil {
		rp = explain.Reply{Input: rc.Diagnostic, Text: collapseSpace(rc.Diagnostic)}
	}
	if rp.Input == "" {
		rp.Input = rc.Diagnostic
	}
	if rp.Input == "" {
		rp.Input = rc.Status // no diagnostic: the status code is what is explained
	}
	if rp.Enhanced == "" || rp.Code == 0 && validStatus(rc.Status) && rc.Status[0] != rp.Enhanced[0] {
		if validStatus(rc.Status) {
			rp.Enhanced = rc.Status
		}
	}
	if rc.Recipient != "" {
		rp.Recipient = rc.Recipient
	}
	if rc.OriginalRecipient != "" && !equalFold(rc.OriginalRecipient, rp.Recipient) {
		rp.OriginalRecipient = rc.OriginalRecipient
	}
	if rp.Stage == "" {
		rp.Stage = rc.Stage
	}
	if rp.RemoteHost == "" {
		rp.RemoteHost = rc.RemoteMTA
	}
	rp.Action = rc.Action
	return rp
}

// Explain is explain.Explain of the recipient's Reply: the category, class,
// provider and remediation of what happened to it.
//
// When the reply alone is not recognised (category unknown) and the report
// classified the failure itself (Hint), the reply is explained with the
// hint's wording in front, as the reporter meant it.
func (rc Recipient) Explain() explain.Explanation {
	rp := rc.Reply()
	e := explain.Explain(rp)
	if e.Category != explain.Unknown || rc.Hint == "" {
		return e
	}
	g, ok := hintGloss.Get()[rc.Hint]
	if !ok {
		return e
	}
	hinted := rp
	hinted.Text = g + " (" + rp.Text + ")"
	hinted.Lines = nil
	he := explain.Explain(hinted)
	if he.Category == explain.Unknown {
		return e
	}
	he.Input, he.Text = e.Input, e.Text
	he.Note = appendNote(he.Note, "classified by the report's own category \""+rc.Hint+"\"")
	return he
}

func appendNote(note, s string) string {
	if note == "" {
		return s
	}
	return note + "; " + s
}

// hintGloss gives the English wording explain's rules read for the
// failure classes reporting systems name themselves: PowerMTA's bounce
// categories, Amazon SES bounce subtypes and the ESPs' bounce types.
var hintGloss = lazy.Value[map[string]string]{New: func() map[string]string {
	return map[string]string{
		// PowerMTA (X-PowerMTA-BounceCategory)
		"bad-mailbox":         "mailbox does not exist: user unknown",
		"bad-domain":          "domain does not exist: host unknown",
		"inactive-mailbox":    "mailbox disabled: account inactive",
		"quota-issues":        "mailbox full: quota exceeded",
		"spam-related":        "message rejected as spam",
		"policy-related":      "message rejected by policy",
		"virus-related":       "virus detected in the message",
		"content-related":     "message content rejected as spam",
		"relaying-issues":     "relay access denied",
		"routing-errors":      "no route to host: host unknown",
		"no-answer-from-host": "connection timed out: no answer from host",
		"bad-connection":      "connection refused",
		"message-expired":     "message expired in the queue: delivery time expired",
		"invalid-sender":      "sender address rejected: invalid sender",
		"protocol-errors":     "protocol error: syntax error",
		"bad-configuration":   "mail server configuration error",
		// Amazon SES bounce subtypes and the ESPs' bounce types
		"nosuchuser":                   "mailbox does not exist: user unknown",
		"noemail":                      "mailbox does not exist: user unknown",
		"mailboxfull":                  "mailbox full: quota exceeded",
		"messagetoolarge":              "message too large: message size exceeds limit",
		"contentrejected":              "message content rejected as spam",
		"attachmentrejected":           "message content rejected: attachment not allowed",
		"suppressed":                   "recipient is on the suppression list: address previously bounced",
		"onaccountsuppressionlist":     "recipient is on the suppression list: address previously bounced",
		"hardbounce":                   "mailbox does not exist: user unknown",
		"spamnotification":             "message rejected as spam",
		"spamcomplaint":                "message rejected as spam",
		"blocked":                      "message blocked by policy",
		"dnserror":                     "domain does not exist: host unknown",
		"badmailbox":                   "mailbox does not exist: user unknown",
		"bademailaddress":              "mailbox does not exist: user unknown",
		"softbounce":                   "mailbox temporarily unavailable, try again later",
		"suppress-bounce":              "recipient is on the suppression list: address previously bounced",
		"greylisted":                   "greylisted, try again later",
		"esp-block":                    "message blocked by policy",
		"invalid-address":              "mailbox does not exist: user unknown",
		"mailbox-unavailable":          "mailbox unavailable: mailbox disabled",
		"reputation":                   "rejected because of the sending IP's reputation",
		"content":                      "message content rejected as spam",
		"frequency-or-volume-too-high": "too many messages, rate limited",
		// SparkPost bounce classes
		"sparkpost-10": "mailbox does not exist: user unknown",
		"sparkpost-21": "domain does not exist: host unknown",
		"sparkpost-22": "mailbox full: quota exceeded",
		"sparkpost-23": "message too large: message size exceeds limit",
		"sparkpost-24": "connection timed out",
		"sparkpost-50": "message blocked by policy",
		"sparkpost-51": "rejected as spam: sending IP blocked",
		"sparkpost-52": "message content rejected as spam",
		"sparkpost-53": "message content rejected: attachment not allowed",
		"sparkpost-54": "relay access denied",
	}
}}

// Formats lists the ids of the registered format families, in the order
// their detectors run.
func Formats() []string {
	out := make([]string, 0, len(families))
	for _, f := range sortedFamilies() {
		out = append(out, f.name)
	}
	return out
}
