package summary

import (
	"bytes"
	"errors"
	"net/mail"
	"time"

	"github.com/smtpgw/smtpgw/bounce"
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

// ParseBounce is the default BounceParser: package bounce's reader (every
// format family it knows), with the failed and delayed recipients' replies
// as explain reads them and the date each one failed.
func ParseBounce(raw []byte) (Bounce, error) {
	res, err := bounce.ParseBytes(raw)
	if errors.Is(err, bounce.ErrNotBounce) {
		return Bounce{Kind: "not a bounce", Date: messageDate(raw)}, nil
	}
	if err != nil {
		return Bounce{}, err
	}
	b := Bounce{Kind: string(res.Kind), Date: res.Date}
	for _, rc := range res.Problems() {
		b.Recipients = append(b.Recipients, BounceRecipient{Reply: rc.Reply(), Date: rc.Date})
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
