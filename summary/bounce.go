package summary

import (
	"bytes"
	"errors"
	"net/mail"
	"time"

	"github.com/smtpgw/smtpgw/explain"
)

// Bounce is what a BounceParser finds in one message.
type Bounce struct {
	Kind       string    // "bounce", or what else the message is ("success", "auto-reply", ...)
	Date       time.Time // the message's Date: header, zero when absent
	Recipients []BounceRecipient
}

// BounceRecipient is one failed or delayed recipient of a bounce.
type BounceRecipient struct {
	Reply explain.Reply // what the bounce says of it: reply, recipient, action, stage, remote host
	Date  time.Time     // when the bounce says it failed, zero when it does not
}

// A BounceParser reads one bounce message. It returns the failed and delayed
// recipients only; an error means the message is not one it can read.
type BounceParser func(raw []byte) (Bounce, error)

func (o Options) parser() BounceParser {
	if o.Parser != nil {
		return o.Parser
	}
	return ParseBounce
}

// ParseBounce is the default BounceParser: explain's bounce reader, and the
// message's Date: header for the time.
func ParseBounce(raw []byte) (Bounce, error) {
	b := Bounce{Kind: "bounce", Date: messageDate(raw)}
	replies, err := explain.ParseBounce(bytes.NewReader(raw))
	if errors.Is(err, explain.ErrNoRecipients) {
		return Bounce{Kind: "not a bounce", Date: b.Date}, nil
	}
	if err != nil {
		return Bounce{}, err
	}
	for _, r := range replies {
		b.Recipients = append(b.Recipients, BounceRecipient{Reply: r})
	}
	return b, nil
}

func messageDate(raw []byte) time.Time {
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return time.Time{}
	}
	t, err := m.Header.Date()
	if err != nil {
		return time.Time{}
	}
	return t
}
