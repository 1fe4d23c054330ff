package session

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/md5"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/internal/tlsclient"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// Kind is what an Item shows.
type Kind string

// Item kinds.
const (
	KindConnected Kind = "connected" // Text: the address dialled
	KindSent      Kind = "sent"      // Text: the command as sent (secrets redacted)
	KindReply     Kind = "reply"     // Reply and Explanation
	KindNote      Kind = "note"      // Text: something smtpgw says
	KindWarning   Kind = "warning"   // Text: before something a user may regret
	KindError     Kind = "error"     // Text: a command that could not be done
	KindTLS       Kind = "tls"       // TLS
	KindHelp      Kind = "help"      // Help
	KindExplain   Kind = "explain"   // Explanation of ":explain"
)

// Item is one thing the session shows.
type Item struct {
	Kind        Kind
	Text        string
	Reply       *smtpwire.Reply
	Explanation *explain.Explanation
	TLS         *TLSInfo
	Help        []HelpEntry
	// For is the command a pipelined reply answers.
	For string
}

// TLSInfo summarises a handshake.
type TLSInfo struct {
	Summary  string   `json:"summary"`          // version, cipher suite, key exchange
	Chain    []string `json:"chain"`            // one line per certificate: subject, issuer, expiry
	Verified bool     `json:"verified"`         // the chain verified for the host name
	Verify   string   `json:"verify,omitempty"` // why verification failed, or that it was skipped
}

// HelpEntry is one meta command.
type HelpEntry struct {
	Usage string `json:"usage"`
	Text  string `json:"text"`
}

// MetaCommands lists the meta commands, as ":help" shows them.
var MetaCommands = []HelpEntry{
	{":help", "this list"},
	{":starttls", "upgrade this connection to TLS, show the certificate chain and whether it verified, then EHLO again"},
	{":auth plain|login|cram-md5|xoauth2 USER", "authenticate; the password (xoauth2: the access token) is asked without echo (piped: the next line) and shown as <redacted>"},
	{":data [FILE]", "send DATA and the message in FILE (else composed in $VISUAL/$EDITOR from a template, or the lines up to a single .), dot-stuffed and ended for you"},
	{":send --to ADDRESS [--from ADDRESS] [--subject TEXT]", "a whole transaction in one step: MAIL FROM, RCPT TO (--to repeatable), DATA and a generated test message"},
	{":pipeline [CMD ; CMD ...]", "send several commands at once (PIPELINING, RFC 2920), then each reply against its command; without CMDs, one a line up to a single ."},
	{":raw TEXT", "send TEXT exactly, with \\r \\n \\t \\\\ and \\xHH escapes; a reply is read when it ends with \\n"},
	{":explain CODE [TEXT]", "explain a reply without sending anything, such as :explain 550 5.7.1"},
	{":save FILE", "write the transcript so far to FILE (secrets redacted)"},
	{":reconnect", "close this connection and open a new one"},
	{":quit", "send QUIT and end the session"},
}

// SMTPVerbs are the commands completion offers when the server has not
// said otherwise.
var SMTPVerbs = []string{"EHLO", "HELO", "MAIL FROM:<", "RCPT TO:<", "DATA", "RSET", "NOOP", "QUIT", "VRFY", "EXPN", "HELP"}

func (s *Session) meta(ctx context.Context, line string) {
	name, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	switch strings.ToLower(name) {
	case ":help", ":h", ":?":
		s.show(Item{Kind: KindHelp, Help: MetaCommands})
	case ":quit", ":q", ":exit":
		if s.conn != nil {
			if _, ok := s.cmd(ctx, "QUIT", ""); ok && s.conn != nil {
				s.conn.Close()
				s.conn = nil
			}
		}
		s.done = true
	case ":reconnect":
		if s.conn != nil {
			s.conn.Close()
			s.conn = nil
			s.note("connection closed")
		}
		s.connect(ctx)
	case ":starttls":
		if s.need() {
			if s.tlsOn {
				s.fail("this connection is already encrypted")
				return
			}
			s.startTLS(ctx)
		}
	case ":auth":
		s.auth(ctx, arg)
	case ":raw":
		s.raw(ctx, arg)
	case ":data":
		s.data(ctx, arg)
	case ":send":
		s.sendCmd(ctx, arg)
	case ":pipeline":
		s.pipeline(ctx, arg)
	case ":explain":
		if arg == "" {
			s.fail(":explain needs a reply, such as :explain 550 5.7.1 Relaying denied")
			return
		}
		e, err := explain.ExplainText(arg)
		if err != nil {
			s.fail(":explain %s: %v (give a reply code such as 550 or an enhanced code such as 5.7.1)", arg, err)
			return
		}
		s.show(Item{Kind: KindExplain, Explanation: &e})
	case ":save":
		if arg == "" {
			s.fail(":save needs a FILE")
			return
		}
		if s.o.Save == nil {
			s.fail(":save is not available here")
			return
		}
		if err := s.o.Save(arg, s.Items()); err != nil {
			s.fail(":save: %v", err)
			return
		}
		s.note("transcript saved to %s (secrets redacted)", arg)
	default:
		s.fail("unknown meta command %s: :help lists them", name)
	}
}

// startTLS sends STARTTLS, upgrades and says EHLO again.
func (s *Session) startTLS(ctx context.Context) bool {
	if s.ext != nil && !s.ext.Has("STARTTLS") {
		s.warn("the server did not offer STARTTLS in its EHLO reply; trying anyway")
	}
	return s.startTLSReply(ctx, "STARTTLS")
}

func (s *Session) startTLSReply(ctx context.Context, line string) bool {
	rep, ok := s.cmd(ctx, line, "")
	if !ok || rep.Code != 220 {
		return false
	}
	if !s.handshake() {
		return false
	}
	// RFC 3207 §4.2: the client must discard what it knew and EHLO again.
	s.ext = nil
	return s.ehlo(ctx)
}

// handshake upgrades the connection; the certificate is verified here
// rather than by crypto/tls so that a failure can be shown and the
// conversation go on (AUTH then warns).
func (s *Session) handshake() bool {
	cfg := tlsclient.Unverified(s.host)
	st, err := s.conn.Handshake(cfg)
	if err != nil {
		s.connError(context.Background(), fmt.Errorf("TLS handshake failed: %w", err))
		return false
	}
	info := &TLSInfo{Summary: smtpwire.Summary(st)}
	for i, c := range st.PeerCertificates {
		line := fmt.Sprintf("%d: %s", i, c.Subject)
		if c.Issuer.String() != c.Subject.String() {
			line += ", issued by " + c.Issuer.String()
		}
		line += ", expires " + c.NotAfter.UTC().Format("2006-01-02")
		info.Chain = append(info.Chain, line)
	}
	switch {
	case s.o.InsecureSkipVerify:
		info.Verify = "not verified (verification turned off)"
	default:
		if verr := verifyPeer(st, s.host, s.o.RootCAs); verr != nil {
			info.Verify = verr.Error()
		} else {
			info.Verified = true
		}
	}
	s.tlsOn, s.tlsVerified = true, info.Verified
	s.show(Item{Kind: KindTLS, TLS: info})
	return true
}

func verifyPeer(st *tls.ConnectionState, host string, roots *x509.CertPool) error {
	if len(st.PeerCertificates) == 0 {
		return fmt.Errorf("the server sent no certificate")
	}
	_, err := tlsclient.Verify(st.PeerCertificates, host, roots, nil)
	return err
}

// authMechs are the mechanisms ":auth" speaks.
var authMechs = []string{"PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2"}

// auth runs ":auth MECH USER".
func (s *Session) auth(ctx context.Context, arg string) {
	f := strings.Fields(arg)
	mech := ""
	if len(f) > 0 {
		mech = strings.ToUpper(f[0])
	}
	// XOAUTH2 with a token given beforehand (--token-file, the
	// environment) asks for nothing.
	tokenGiven := mech == "XOAUTH2" && s.o.Token != ""
	// Piped, the password is the next line whatever happens: a refused
	// :auth must not leave it to be sent as the next command.
	var pass string
	var passErr error
	if !s.in.Interactive() && !tokenGiven {
		pass, passErr = s.in.ReadSecret("")
	}
	if len(f) != 2 {
		s.fail(":auth needs a mechanism and a user: :auth plain|login|cram-md5|xoauth2 USER")
		return
	}
	user := f[1]
	if !contains(authMechs, mech) {
		s.fail(":auth %s: unknown mechanism; use plain, login, cram-md5 or xoauth2", f[0])
		return
	}
	if !s.need() {
		return
	}
	if ms := s.ext.AuthMechanisms(); s.ext != nil && !contains(ms, mech) {
		if len(ms) == 0 {
			s.warn("the server did not offer AUTH in its last EHLO reply")
		} else {
			s.warn("the server offered %s, not %s", strings.Join(ms, " "), mech)
		}
	}
	if !s.authAllowed() {
		return
	}
	switch {
	case tokenGiven:
		pass = s.o.Token
	case s.in.Interactive() && mech == "XOAUTH2":
		pass, passErr = s.in.ReadSecret(fmt.Sprintf("OAuth2 access token for %s (not shown): ", user))
	case s.in.Interactive():
		pass, passErr = s.in.ReadSecret(fmt.Sprintf("Password for %s: ", user))
	}
	if passErr != nil {
		s.fail(":auth: cannot read the password: %v", passErr)
		return
	}
	var rep smtpwire.Reply
	var ok bool
	switch mech {
	case "PLAIN":
		ir := base64.StdEncoding.EncodeToString([]byte("\x00" + user + "\x00" + pass))
		rep, ok = s.cmd(ctx, "AUTH PLAIN "+ir, "AUTH PLAIN <redacted>")
		if ok {
			s.authContinue(ctx, rep, nil)
		}
	case "LOGIN":
		rep, ok = s.cmd(ctx, "AUTH LOGIN", "")
		if ok {
			answers := []string{user, pass}
			s.authContinue(ctx, rep, func(challenge []byte) (string, string) {
				if len(answers) == 0 {
					return "*", "*"
				}
				a := answers[0]
				answers = answers[1:]
				shown := base64.StdEncoding.EncodeToString([]byte(a))
				if len(answers) == 0 {
					shown = "<redacted>"
				}
				return base64.StdEncoding.EncodeToString([]byte(a)), shown
			})
		}
	case "CRAM-MD5":
		rep, ok = s.cmd(ctx, "AUTH CRAM-MD5", "")
		if ok {
			s.authContinue(ctx, rep, func(challenge []byte) (string, string) {
				h := hmac.New(md5.New, []byte(pass))
				h.Write(challenge)
				return base64.StdEncoding.EncodeToString([]byte(user + " " + hex.EncodeToString(h.Sum(nil)))), "<redacted>"
			})
		}
	case "XOAUTH2":
		// The initial response carries the bearer token (Google's and
		// Microsoft's SASL XOAUTH2). A refusal comes as 334 with a base64
		// JSON error, answered by an empty line, then the final 535.
		ir := base64.StdEncoding.EncodeToString([]byte("user=" + user + "\x01auth=Bearer " + pass + "\x01\x01"))
		rep, ok = s.cmd(ctx, "AUTH XOAUTH2 "+ir, "AUTH XOAUTH2 <redacted>")
		if ok {
			s.authContinue(ctx, rep, func(challenge []byte) (string, string) {
				if len(challenge) > 0 {
					s.note("the server's XOAUTH2 error: %s", challenge)
				}
				return "", ""
			})
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// authContinue answers 334 challenges: with answer (a meta command), or
// with the next input lines (a typed AUTH), always shown as <redacted>.
func (s *Session) authContinue(ctx context.Context, rep smtpwire.Reply, answer func(challenge []byte) (line, shown string)) {
	for rep.Code == 334 && s.conn != nil {
		var line, shown string
		if answer != nil {
			ch, _ := base64.StdEncoding.DecodeString(strings.TrimSpace(rep.Text()))
			line, shown = answer(ch)
		} else {
			var err error
			if line, err = s.in.ReadSecret(""); err != nil {
				s.fail("AUTH: no answer to the server's challenge: %v", err)
				return
			}
			shown = "<redacted>"
		}
		var ok bool
		if rep, ok = s.cmd(ctx, line, shown); !ok {
			return
		}
	}
	if rep.Code == 235 {
		s.note("authenticated")
	}
}

// Unescape turns the escapes of ":raw" into bytes: \r \n \t \\ \xHH.
func Unescape(s string) ([]byte, error) {
	var b bytes.Buffer
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(s) {
			return nil, fmt.Errorf("a lone \\ at the end: write \\\\ for a backslash")
		}
		i++
		switch s[i] {
		case 'r':
			b.WriteByte('\r')
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '0':
			b.WriteByte(0)
		case '\\':
			b.WriteByte('\\')
		case 'x':
			if i+3 > len(s) {
				return nil, fmt.Errorf("\\x needs two hex digits")
			}
			v, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				return nil, fmt.Errorf("\\x%s is not two hex digits", s[i+1:i+3])
			}
			b.WriteByte(byte(v))
			i += 2
		default:
			return nil, fmt.Errorf("unknown escape \\%c: use \\r, \\n, \\t, \\0, \\\\ or \\xHH", s[i])
		}
	}
	return b.Bytes(), nil
}

// raw sends bytes exactly.
func (s *Session) raw(ctx context.Context, arg string) {
	if arg == "" {
		s.fail(":raw needs TEXT, such as :raw NOOP\\r\\n")
		return
	}
	p, err := Unescape(arg)
	if err != nil {
		s.fail(":raw: %v", err)
		return
	}
	if !s.need() {
		return
	}
	if err := s.conn.WriteRaw(p, ""); err != nil {
		s.connError(ctx, err)
		return
	}
	s.show(Item{Kind: KindSent, Text: "(raw) " + strconv.Quote(string(p))})
	if bytes.HasSuffix(p, []byte("\n")) {
		s.read(ctx)
	} else {
		s.note("no reply read: the bytes do not end with \\n")
	}
}

// data runs ":data [FILE]": DATA, then the message dot-stuffed with CRLF
// line ends and the final dot. Without FILE the message is composed in
// the editor when there is one (before DATA: an empty file sends
// nothing), else typed up to a line holding a single dot.
func (s *Session) data(ctx context.Context, file string) {
	var msg []byte
	if file != "" {
		b, err := s.o.ReadFile(file)
		if err != nil {
			s.fail(":data: %v", err)
			return
		}
		msg = b
	}
	if !s.need() {
		return
	}
	if file == "" && s.o.Edit != nil && s.in.Interactive() {
		b, ok := s.compose()
		if !ok {
			return
		}
		s.sendData(ctx, b)
		return
	}
	s.warnData()
	rep, ok := s.cmd(ctx, "DATA", "")
	if !ok || rep.Code != 354 {
		return
	}
	if file == "" {
		if s.in.Interactive() {
			s.note("type the message (headers, an empty line, the body); a line with a single . ends it")
		}
		var b strings.Builder
		for {
			line, err := s.in.ReadLine()
			if err == io.EOF {
				break
			}
			if err != nil {
				s.fail(":data: %v", err)
				return
			}
			if line == "." {
				break
			}
			b.WriteString(line + "\n")
		}
		msg = []byte(b.String())
	}
	s.writeMessage(ctx, msg)
}

// DotStuff turns a message into DATA's wire form (RFC 5321 §4.5.2): CRLF
// line ends, a dot doubled at the start of a line, and the final
// "CRLF.CRLF". It returns the bytes and the number of message lines.
func DotStuff(msg []byte) ([]byte, int) {
	text := strings.ReplaceAll(string(msg), "\r\n", "\n")
	text = strings.TrimSuffix(text, "\n")
	var b bytes.Buffer
	n := 0
	if text != "" {
		for _, l := range strings.Split(text, "\n") {
			l = strings.TrimSuffix(l, "\r")
			if strings.HasPrefix(l, ".") {
				b.WriteByte('.')
			}
			b.WriteString(l + "\r\n")
			n++
		}
	}
	b.WriteString(".\r\n")
	return b.Bytes(), n
}
