package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/bounce"
	"github.com/smtpgw/smtpgw/explain"
)

// BounceRecipient is one JSON line of `explain --bounce --json`: the
// explanation of a failed or delayed recipient (the explain schema,
// unchanged) plus what the bounce said about it.
type BounceRecipient struct {
	explain.Explanation
	Kind         bounce.Kind `json:"kind"`
	Format       string      `json:"format"`
	Gateway      string      `json:"gateway,omitempty"`
	Hint         string      `json:"reporter_category,omitempty"`
	Action       string      `json:"action"`
	Status       string      `json:"status,omitempty"`
	Diagnostic   string      `json:"diagnostic,omitempty"`
	Date         *time.Time  `json:"date,omitempty"`
	ReportingMTA string      `json:"reporting_mta,omitempty"`
}

// BounceRecipients explains the failed and delayed recipients of a bounce.
func BounceRecipients(res *bounce.Result) []BounceRecipient {
	var out []BounceRecipient
	for _, rc := range res.Problems() {
		e := rc.Explain()
		if e.Sender == "" {
			e.Sender = res.Sender
		}
		br := BounceRecipient{Explanation: e, Kind: res.Kind, Format: res.Format, Gateway: res.Gateway, Hint: rc.Hint, Action: rc.Action, Status: rc.Status,
			Diagnostic: rc.Diagnostic, ReportingMTA: rc.ReportingMTA}
		if !rc.Date.IsZero() {
			d := rc.Date
			br.Date = &d
		}
		out = append(out, br)
	}
	return out
}

// WriteBounceJSON writes a bounce as JSON Lines: one line per failed or
// delayed recipient; any other kind of message as one line, the Result.
func WriteBounceJSON(w io.Writer, res *bounce.Result) error {
	if res.Kind != bounce.KindBounce {
		return WriteJSONLine(w, res)
	}
	for _, br := range BounceRecipients(res) {
		if err := WriteJSONLine(w, br); err != nil {
			return err
		}
	}
	return nil
}

// WriteBounce renders a bounce for people: a headline saying what the
// message is, then one explanation card per failed or delayed recipient.
// Other kinds of message get a short description.
func WriteBounce(w io.Writer, res *bounce.Result, o TextOptions) error {
	st := o.styles(w)
	var b strings.Builder
	b.WriteString(st.Title.Render(BounceHeadline(res)) + "\n")
	meta := func(name, v string) {
		if v != "" {
			b.WriteString(st.Label.Render(fmt.Sprintf("%-14s", name)) + v + "\n")
		}
	}
	meta("Subject", res.Subject)
	meta("Reporting MTA", res.ReportingMTA)
	meta("Gateway", res.Gateway)
	if !res.Date.IsZero() {
		meta("Date", res.Date.Format("2006-01-02 15:04:05 MST"))
	}
	meta("Sender", res.Sender)
	meta("Message-ID", res.OriginalMessageID)
	switch res.Kind {
	case bounce.KindFeedback:
		fb := res.Feedback
		meta("Feedback type", fb.Type)
		meta("Source IP", fb.SourceIP)
		meta("Original from", fb.OriginalMailFrom)
		meta("Original to", strings.Join(fb.OriginalRcptTo, ", "))
		meta("Reported by", fb.UserAgent)
		meta("Domain", fb.ReportedDomain)
	case bounce.KindSuccess:
		for _, rc := range res.Recipients {
			meta(rc.Action, rc.Recipient+" "+rc.RemoteMTA)
		}
	}
	for _, rc := range res.Recipients {
		if res.Kind == bounce.KindBounce && rc.Action != bounce.ActionFailed && rc.Action != bounce.ActionDelayed {
			meta(rc.Action, rc.Recipient)
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	brs := BounceRecipients(res)
	for _, br := range brs {
		if _, err := io.WriteString(w, "\n"+ExplanationCard(st, br.Explanation)+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// BounceHeadline says in one line what a message is.
func BounceHeadline(res *bounce.Result) string {
	switch res.Kind {
	case bounce.KindBounce:
		failed, delayed := 0, 0
		for _, rc := range res.Problems() {
			if rc.Action == bounce.ActionDelayed {
				delayed++
			} else {
				failed++
			}
		}
		var parts []string
		if failed > 0 {
			parts = append(parts, plural(failed, "recipient", "recipients")+" failed")
		}
		if delayed > 0 {
			parts = append(parts, plural(delayed, "recipient", "recipients")+" delayed")
		}
		return fmt.Sprintf("Bounce (%s): %s", res.Format, strings.Join(parts, ", "))
	case bounce.KindSuccess:
		return fmt.Sprintf("Not a bounce: a success DSN (%s): %s delivered, relayed or expanded", res.Format, plural(len(res.Recipients), "recipient", "recipients"))
	case bounce.KindFeedback:
		return "Not a bounce: an ARF feedback report (RFC 5965): a recipient reported the message"
	case bounce.KindAutoReply:
		return "Not a bounce: an auto-reply (vacation or out-of-office notice, RFC 3834)"
	case bounce.KindChallenge:
		return "Not a bounce: a challenge-response message asking the sender to confirm before delivery"
	}
	return string(res.Kind)
}
