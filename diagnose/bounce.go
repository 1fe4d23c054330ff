package diagnose

import (
	"errors"
	"fmt"
	"strings"

	"github.com/smtpgw/smtpgw/bounce"
)

// BounceInput is what a diagnosis takes from a bounce: the first failed (or
// else delayed) recipient, the envelope sender of the returned message, the
// remote host and its reply.
type BounceInput struct {
	Recipient string
	From      string
	RemoteMTA string
	Reply     string // the remote reply or the report's reason, as given
}

// FromBounce picks the recipient, sender, remote host and reply out of a
// parsed bounce. It fails when the message reports no failed or delayed
// recipient (a success DSN, an auto-reply, a feedback report).
func FromBounce(b *bounce.Result) (BounceInput, error) {
	if b == nil || b.Kind != bounce.KindBounce {
		kind := "nothing"
		if b != nil {
			kind = "a " + string(b.Kind) + " message"
		}
		return BounceInput{}, fmt.Errorf("%w: the file is %s, not a bounce with a failed or delayed recipient", ErrUsage, kind)
	}
	ps := b.Problems()
	if len(ps) == 0 {
		return BounceInput{}, errors.Join(ErrUsage, errors.New("the bounce names no failed or delayed recipient"))
	}
	p := ps[0]
	for _, q := range ps {
		if q.Action == bounce.ActionFailed {
			p = q
			break
		}
	}
	in := BounceInput{Recipient: strings.Trim(p.Recipient, "<>"), From: strings.Trim(b.Sender, "<>"), RemoteMTA: p.RemoteMTA, Reply: strings.TrimSpace(p.Diagnostic)}
	if in.Reply == "" && p.Status != "" {
		in.Reply = p.Status
	}
	return in, nil
}
