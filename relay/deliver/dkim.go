package deliver

import (
	"fmt"
	"io"

	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/relay/spool"
)

// sign makes the message's DKIM signature at its first delivery attempt
// (Config.DKIM) and keeps it in the message's state, so every later
// attempt sends the same signature and the spooled message is never
// rewritten. It returns a non-nil outcome when a key applies but signing
// failed: the recipients are then deferred with that outcome (the message
// is never sent unsigned, nor dropped; after MaxQueueTime it expires as
// any other).
func (d *Deliverer) sign(l *spool.Locked) *outcome {
	if d.cfg.DKIM == nil || l.State.DKIMSignature != "" {
		return nil
	}
	dec, err := d.cfg.DKIM.SignMessage(func() io.Reader { return l.Body() })
	if err == nil && dec.Header != "" {
		l.State.DKIMSignature = dec.Header
		if err = l.SaveState(); err != nil {
			l.State.DKIMSignature = ""
			err = fmt.Errorf("cannot save the signature in the spool: %v", err)
		}
	}
	if err != nil {
		reply := fmt.Sprintf("451 4.3.0 DKIM signing for %s failed: %v", dec.Domain, err)
		ex := explain.Explain(explain.Reply{Input: reply, Code: 451, Enhanced: "4.3.0", Text: reply[10:], Lines: []string{reply}, Stage: "DKIM"})
		d.log.Error("DKIM signing failed; the message stays queued and is not sent unsigned", "id", l.ID, "from_domain", dec.FromDomain,
			"dkim_domain", dec.Domain, "selector", dec.Selector, "err", err.Error(),
			"hint", "fix the message or the key and restart, or remove the message with 'smtpgw queue delete "+l.ID+"'")
		return &outcome{status: spool.StatusPending, reply: reply, category: string(ex.Category)}
	}
	if dec.Header != "" {
		d.log.Info("DKIM signed", "id", l.ID, "from_domain", dec.FromDomain, "dkim_domain", dec.Domain, "selector", dec.Selector)
	} else {
		d.log.Debug("not DKIM signed", "id", l.ID, "from_domain", dec.FromDomain, "dkim_domain", dec.Domain, "why", dec.Skipped)
	}
	return nil
}

// prefixedReaderAt reads prefix then body.
type prefixedReaderAt struct {
	prefix string
	body   io.ReaderAt
}

func (p prefixedReaderAt) ReadAt(b []byte, off int64) (int, error) {
	n := 0
	pl := int64(len(p.prefix))
	if off < pl {
		n = copy(b, p.prefix[off:])
		if n == len(b) {
			return n, nil
		}
		off = pl
	}
	m, err := p.body.ReadAt(b[n:], off-pl)
	return n + m, err
}

// messageData returns the message as sent: the stored DKIM signature, if
// any, then the spooled message.
func messageData(l *spool.Locked) (io.ReaderAt, int64) {
	if l.State.DKIMSignature == "" {
		return l.BodyAt(), l.Size()
	}
	return prefixedReaderAt{prefix: l.State.DKIMSignature, body: l.BodyAt()}, int64(len(l.State.DKIMSignature)) + l.Size()
}
