package session

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/send"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// Template is the message ":data" opens in the editor: the headers filled
// in from the transaction (From: the MAIL FROM address, To: the accepted
// recipients), a Subject, Date and Message-ID, an empty line and a short
// body to replace.
func Template(from string, to []string, now time.Time, id string) string {
	domain := "smtpgw.invalid"
	if at := strings.LastIndexByte(from, '@'); at >= 0 && at < len(from)-1 && !strings.HasPrefix(from[at+1:], "[") {
		domain = from[at+1:]
	}
	if from == "" {
		from = "sender@example.invalid"
	}
	rcpt := strings.Join(to, ", ")
	if rcpt == "" {
		rcpt = "recipient@example.invalid"
	}
	return "From: " + from + "\n" +
		"To: " + rcpt + "\n" +
		"Subject: smtpgw session test " + id + "\n" +
		"Date: " + now.Format(time.RFC1123Z) + "\n" +
		"Message-ID: <smtpgw." + fmt.Sprint(now.Unix()) + "." + id + "@" + domain + ">\n" +
		"\n" +
		"Hello,\n\nthis test message was written by hand in smtpgw session.\n"
}

// compose writes the template to a temporary file, opens the editor on it
// and returns what was saved; empty means the user cancelled.
func (s *Session) compose() ([]byte, bool) {
	dir, err := os.MkdirTemp("", "smtpgw-data-")
	if err != nil {
		s.fail(":data: %v", err)
		return nil, false
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "message.eml")
	tmpl := Template(s.mailFrom, s.rcptTo, time.Now(), send.NewID())
	if err := os.WriteFile(path, []byte(tmpl), 0o600); err != nil {
		s.fail(":data: %v", err)
		return nil, false
	}
	s.note("composing the message in %s: save and quit to send it; an empty file sends nothing", s.o.EditorName)
	if err := s.o.Edit(path); err != nil {
		s.fail(":data: the editor failed (%v): nothing sent", err)
		return nil, false
	}
	b, err := os.ReadFile(path)
	if err != nil {
		s.fail(":data: %v", err)
		return nil, false
	}
	if strings.TrimSpace(string(b)) == "" {
		s.note("the message is empty: nothing sent (DATA was not started)")
		return nil, false
	}
	return b, true
}

// sendData sends DATA and the message, dot-stuffed, and reads the final
// reply.
func (s *Session) sendData(ctx context.Context, msg []byte) bool {
	s.warnData()
	rep, ok := s.cmd(ctx, "DATA", "")
	if !ok || rep.Code != 354 {
		return false
	}
	return s.writeMessage(ctx, msg)
}

func (s *Session) writeMessage(ctx context.Context, msg []byte) bool {
	wire, lines := DotStuff(msg)
	if err := s.conn.WriteRaw(wire, ""); err != nil {
		s.connError(ctx, err)
		return false
	}
	s.show(Item{Kind: KindSent, Text: fmt.Sprintf("<message: %d lines, %d bytes, dot-stuffed>", lines, len(wire)-3)})
	s.show(Item{Kind: KindSent, Text: "."})
	rep, ok := s.read(ctx)
	if ok {
		s.mail, s.rcpts, s.mailFrom, s.rcptTo = false, 0, "", nil
	}
	return ok && rep.Code/100 == 2
}

// sendCmd runs ":send --from A --to B [--to C] [--subject TEXT]": EHLO
// when none was said yet, MAIL FROM, RCPT TO for each recipient, DATA and a
// generated test message (package send), stopping at the first refusal.
func (s *Session) sendCmd(ctx context.Context, arg string) {
	var from string
	var to []string
	subject := ""
	f := strings.Fields(arg)
	for i := 0; i < len(f); i++ {
		name, val, hasVal := strings.Cut(f[i], "=")
		if !hasVal {
			if i+1 >= len(f) {
				s.fail(":send: %s needs a value", name)
				return
			}
			i++
			val = f[i]
		}
		switch name {
		case "--from":
			from = val
		case "--to":
			to = append(to, val)
		case "--subject":
			// The subject is the rest of the line.
			rest := strings.Join(f[i:], " ")
			subject = strings.Trim(rest, `"'`)
			i = len(f)
		default:
			s.fail(":send: unknown option %s: use :send --from ADDRESS --to ADDRESS [--to ...] [--subject TEXT]", f[i])
			return
		}
	}
	if len(to) == 0 {
		s.fail(":send needs a recipient: :send --from ADDRESS --to ADDRESS")
		return
	}
	var rcpts []send.Address
	for _, t := range to {
		a, err := send.ParseAddress(t)
		if err != nil {
			s.fail(":send --to: %v", err)
			return
		}
		rcpts = append(rcpts, a)
	}
	if from == "" {
		from = "smtpgw@" + strings.Trim(s.heloOrHost(), "[]")
		if strings.Contains(s.heloOrHost(), "[") || !strings.Contains(s.heloOrHost(), ".") {
			from = "smtpgw@localhost"
		}
	}
	sender, err := send.ParseAddress(from)
	if err != nil {
		s.fail(":send --from: %v", err)
		return
	}
	mo := send.MessageOptions{From: sender, To: rcpts}
	if subject != "" {
		mo.Subject = &subject
	}
	msg, err := send.BuildMessage(mo)
	if err != nil {
		s.fail(":send: %v", err)
		return
	}
	if !s.need() {
		return
	}
	if s.ext == nil {
		if !s.ehlo(ctx) {
			return
		}
	}
	if s.mail {
		if rep, ok := s.cmd(ctx, "RSET", ""); !ok || rep.Code/100 != 2 {
			return
		}
		s.mail, s.rcpts, s.mailFrom, s.rcptTo = false, 0, "", nil
	}
	line := "MAIL FROM:<" + sender.ASCII() + ">"
	if msg.UTF8 {
		line = "MAIL FROM:<" + sender.String() + "> SMTPUTF8"
	}
	rep, ok := s.cmd(ctx, line, "")
	if !ok {
		return
	}
	s.track(line, "MAIL", rep)
	if rep.Code/100 != 2 {
		s.note(":send stopped: the sender was refused")
		return
	}
	for _, r := range rcpts {
		addr := r.ASCII()
		if msg.UTF8 {
			addr = r.String()
		}
		line := "RCPT TO:<" + addr + ">"
		rep, ok := s.cmd(ctx, line, "")
		if !ok {
			return
		}
		s.track(line, "RCPT", rep)
	}
	if s.rcpts == 0 {
		s.note(":send stopped: no recipient was accepted (RSET ends the transaction)")
		return
	}
	if s.sendData(ctx, msg.Data) {
		s.note("sent: Message-ID <%s>", msg.MessageID)
	}
}

// heloOrHost is the EHLO name said on this connection, else the address
// literal of its local end.
func (s *Session) heloOrHost() string {
	if s.heloName != "" {
		return s.heloName
	}
	if s.conn != nil {
		return smtpwire.HeloFor(s.o.Helo, s.conn.NetConn())
	}
	return "localhost"
}

// lastInGroup are the commands RFC 2920 §3.1 allows only at the end of a
// pipelined group: their reply changes what may follow.
var lastInGroup = lazy.Value[map[string]bool]{New: func() map[string]bool {
	return map[string]bool{"EHLO": true, "HELO": true, "DATA": true, "VRFY": true, "EXPN": true, "TURN": true, "QUIT": true, "NOOP": true, "AUTH": true, "STARTTLS": true, "BDAT": true}
}}

// pipeline runs ":pipeline": the commands that follow (one a line, up to a
// line holding a single ".", or given on the line separated by " ; ") are
// written in one go, then the replies are read and each shown with the
// command it answers (RFC 2920).
func (s *Session) pipeline(ctx context.Context, arg string) {
	var cmds []string
	if arg != "" {
		for _, c := range strings.Split(arg, " ; ") {
			if c = strings.TrimSpace(c); c != "" {
				cmds = append(cmds, c)
			}
		}
	} else {
		if s.in.Interactive() {
			s.note("type the commands to send together, one a line; a line with a single . sends them")
		}
		for {
			line, err := s.in.ReadLine()
			if err != nil {
				s.fail(":pipeline: the commands were never ended with a line holding a single dot: nothing sent")
				return
			}
			if strings.TrimSpace(line) == "." {
				break
			}
			if strings.TrimSpace(line) != "" {
				cmds = append(cmds, strings.TrimSpace(line))
			}
		}
	}
	if len(cmds) == 0 {
		s.fail(":pipeline needs commands: :pipeline MAIL FROM:<a@example.org> ; RCPT TO:<b@example.com> ; DATA (or one a line after :pipeline, ended by .)")
		return
	}
	for i, c := range cmds {
		if strings.HasPrefix(c, ":") {
			s.fail(":pipeline: %s is a meta command; only SMTP commands can be pipelined", c)
			return
		}
		if v := verb(c); lastInGroup.Get()[v] && i != len(cmds)-1 {
			s.fail(":pipeline: %s may only be the last command of a group (RFC 2920 §3.1): its reply decides what may follow; nothing sent", v)
			return
		}
		if strings.ContainsAny(c, "\r\n") {
			s.fail(":pipeline: %q contains CR or LF", c)
			return
		}
	}
	if !s.need() {
		return
	}
	if !s.ext.Has("PIPELINING") {
		if s.ext == nil {
			s.warn("no EHLO yet: the server has not said whether it offers PIPELINING; the commands are sent one at a time")
		} else {
			s.warn("the server did not offer PIPELINING (RFC 2920): the commands are sent one at a time, each after the reply to the one before")
		}
		for _, c := range cmds {
			if !s.need() {
				return
			}
			s.smtp(ctx, c)
		}
		return
	}
	for _, c := range cmds {
		if verb(c) == "AUTH" {
			s.fail(":pipeline: use :auth for AUTH (its secrets are redacted); nothing sent")
			return
		}
	}
	var batch strings.Builder
	for _, c := range cmds {
		batch.WriteString(c + "\r\n")
	}
	if err := s.conn.WriteRaw([]byte(batch.String()), ""); err != nil {
		s.connError(ctx, err)
		return
	}
	for _, c := range cmds {
		s.show(Item{Kind: KindSent, Text: c})
	}
	s.note("%d commands sent at once (PIPELINING); the replies, in order:", len(cmds))
	for _, c := range cmds {
		rep, err := s.conn.ReadReply()
		if len(rep.Raw) > 0 {
			s.showReplyFor(rep, c)
		}
		if err != nil {
			s.connError(ctx, err)
			return
		}
		v := verb(c)
		s.track(c, v, rep)
		if s.conn == nil {
			return
		}
		switch {
		case v == "DATA" && rep.Code == 354:
			s.typedData(ctx)
		case v == "QUIT":
			s.conn.Close()
			s.conn = nil
			s.done = true
		}
	}
}
