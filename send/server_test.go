package send

import (
	"bufio"
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// received is one message as the test server got it.
type received struct {
	From     string
	To       []string
	Data     []byte
	Opts     *smtp.MailOptions
	Authed   string // user
	Hostname string
}

// backend is a go-smtp backend recording what it receives.
type backend struct {
	users  map[string]string // user -> password (or XOAUTH2 token)
	mechs  []string
	mail   func(from string) error
	rcpt   func(to string) error
	data   func() error
	mu     sync.Mutex
	msgs   []received
	cmds   []string // MAIL/RCPT/DATA/RSET/AUTH as seen
	sess   atomic.Int64
	resets atomic.Int64
}

func (b *backend) NewSession(c *smtp.Conn) (smtp.Session, error) {
	b.sess.Add(1)
	return &session1{b: b, helo: c.Hostname()}, nil
}

func (b *backend) log(s string) {
	b.mu.Lock()
	b.cmds = append(b.cmds, s)
	b.mu.Unlock()
}

func (b *backend) messages() []received {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]received(nil), b.msgs...)
}

func (b *backend) commands() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.cmds...)
}

type session1 struct {
	b      *backend
	helo   string
	from   string
	opts   *smtp.MailOptions
	to     []string
	authed string
}

func (s *session1) AuthMechanisms() []string {
	if s.b.mechs != nil {
		return s.b.mechs
	}
	if s.b.users == nil {
		return nil
	}
	return []string{"PLAIN", "LOGIN"}
}

func (s *session1) check(user, pass string) error {
	if p, ok := s.b.users[user]; ok && p == pass {
		s.authed = user
		return nil
	}
	return smtp.ErrAuthFailed
}

func (s *session1) Auth(mech string) (sasl.Server, error) {
	s.b.log("AUTH " + mech)
	switch mech {
	case "PLAIN":
		return sasl.NewPlainServer(func(identity, user, pass string) error { return s.check(user, pass) }), nil
	case "LOGIN":
		return &loginServer{check: s.check}, nil
	case "CRAM-MD5":
		return &cramServer{check: func(user, digest string, challenge []byte) error {
			p, ok := s.b.users[user]
			if !ok {
				return smtp.ErrAuthFailed
			}
			h := hmac.New(md5.New, []byte(p))
			h.Write(challenge)
			if hex.EncodeToString(h.Sum(nil)) != digest {
				return smtp.ErrAuthFailed
			}
			s.authed = user
			return nil
		}}, nil
	case "XOAUTH2":
		return &xoauth2Server{check: s.check}, nil
	}
	return nil, smtp.ErrAuthUnknownMechanism
}

func (s *session1) Mail(from string, opts *smtp.MailOptions) error {
	s.b.log("MAIL " + from)
	if s.b.users != nil && s.authed == "" {
		return smtp.ErrAuthRequired
	}
	if s.b.mail != nil {
		if err := s.b.mail(from); err != nil {
			return err
		}
	}
	s.from, s.opts = from, opts
	return nil
}

func (s *session1) Rcpt(to string, opts *smtp.RcptOptions) error {
	s.b.log("RCPT " + to)
	if s.b.rcpt != nil {
		if err := s.b.rcpt(to); err != nil {
			return err
		}
	}
	s.to = append(s.to, to)
	return nil
}

func (s *session1) Data(r io.Reader) error {
	s.b.log("DATA")
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if s.b.data != nil {
		if err := s.b.data(); err != nil {
			return err
		}
	}
	s.b.mu.Lock()
	s.b.msgs = append(s.b.msgs, received{From: s.from, To: s.to, Data: data, Opts: s.opts, Authed: s.authed, Hostname: s.helo})
	s.b.mu.Unlock()
	return nil
}

func (s *session1) Reset() {
	s.b.resets.Add(1)
	s.from, s.to = "", nil
}

func (s *session1) Logout() error { return nil }

// loginServer is the server side of AUTH LOGIN.
type loginServer struct {
	state int
	user  string
	check func(user, pass string) error
}

func (l *loginServer) Next(resp []byte) ([]byte, bool, error) {
	switch l.state {
	case 0:
		l.state = 1
		if resp == nil {
			return []byte("Username:"), false, nil
		}
		fallthrough
	case 1:
		l.user, l.state = string(resp), 2
		return []byte("Password:"), false, nil
	default:
		return nil, true, l.check(l.user, string(resp))
	}
}

type cramServer struct {
	challenge []byte
	check     func(user, digest string, challenge []byte) error
}

func (c *cramServer) Next(resp []byte) ([]byte, bool, error) {
	if c.challenge == nil {
		c.challenge = []byte(fmt.Sprintf("<%d.%d@mx.example.test>", time.Now().UnixNano(), 42))
		return c.challenge, false, nil
	}
	user, digest, ok := strings.Cut(string(resp), " ")
	if !ok {
		return nil, true, smtp.ErrAuthFailed
	}
	return nil, true, c.check(user, digest, c.challenge)
}

type xoauth2Server struct {
	failed bool
	check  func(user, pass string) error
}

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if x.failed {
		return nil, true, smtp.ErrAuthFailed
	}
	s := string(resp)
	var user, token string
	for _, kv := range strings.Split(s, "\x01") {
		if v, ok := strings.CutPrefix(kv, "user="); ok {
			user = v
		}
		if v, ok := strings.CutPrefix(kv, "auth=Bearer "); ok {
			token = v
		}
	}
	if err := x.check(user, token); err != nil {
		x.failed = true
		return []byte(`{"status":"401","schemes":"bearer","scope":"https://mail.example.test/"}`), false, nil
	}
	return nil, true, nil
}

// serverConfig shapes a test server.
type serverConfig struct {
	cert              *tls.Certificate
	implicit          bool
	allowInsecureAuth bool
	smtputf8          bool
	maxBytes          int64
}

type testServer struct {
	Addr string
	Host string
	Port int
	b    *backend
}

func startServer(t testing.TB, b *backend, cfg serverConfig) *testServer {
	t.Helper()
	srv := smtp.NewServer(b)
	srv.Domain = "mx.example.test"
	srv.AllowInsecureAuth = cfg.allowInsecureAuth
	srv.EnableSMTPUTF8 = cfg.smtputf8
	srv.MaxMessageBytes = cfg.maxBytes
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	srv.ErrorLog = nopLogger{}
	if cfg.cert != nil {
		srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{*cfg.cert}}
	}
	var l net.Listener
	var err error
	if cfg.implicit {
		l, err = tls.Listen("tcp", "127.0.0.1:0", srv.TLSConfig)
	} else {
		l, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	ta := l.Addr().(*net.TCPAddr)
	return &testServer{Addr: ta.String(), Host: "127.0.0.1", Port: ta.Port, b: b}
}

type nopLogger struct{}

func (nopLogger) Printf(string, ...interface{}) {}
func (nopLogger) Println(...interface{})        {}

// scripted is a raw SMTP server that answers each command with the reply
// given by a function, for replies go-smtp cannot produce.
type scripted struct {
	Addr  string
	Port  int
	mu    sync.Mutex
	lines []string
	data  [][]byte
}

// startScripted serves connections: greeting first, then reply(cmd) per
// command line; after a 354 the message is read until "." and answered with
// reply("<end-of-data>").
func startScripted(t testing.TB, greeting string, reply func(cmd string) string) *scripted {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	s := &scripted{Addr: l.Addr().String(), Port: l.Addr().(*net.TCPAddr).Port}
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go s.serve(c, greeting, reply)
		}
	}()
	return s
}

func (s *scripted) serve(c net.Conn, greeting string, reply func(string) string) {
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	r := bufio.NewReader(c)
	io.WriteString(c, greeting+"\r\n")
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		line = strings.TrimRight(line, "\r\n")
		s.mu.Lock()
		s.lines = append(s.lines, line)
		s.mu.Unlock()
		rep := reply(line)
		io.WriteString(c, rep+"\r\n")
		if strings.HasPrefix(rep, "354") {
			var msg bytes.Buffer
			for {
				l, err := r.ReadString('\n')
				if err != nil {
					return
				}
				if l == ".\r\n" {
					break
				}
				msg.WriteString(l)
			}
			s.mu.Lock()
			s.data = append(s.data, msg.Bytes())
			s.mu.Unlock()
			io.WriteString(c, reply("<end-of-data>")+"\r\n")
		}
		if strings.HasPrefix(rep, "221") || strings.HasPrefix(rep, "421") {
			return
		}
	}
}

func (s *scripted) commands() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.lines...)
}

// postfixLike answers like a Postfix server with the given end-of-data reply.
func postfixLike(eod string) func(string) string {
	return func(cmd string) string {
		u := strings.ToUpper(cmd)
		switch {
		case strings.HasPrefix(u, "EHLO"):
			return "250-mx.example.test\r\n250-PIPELINING\r\n250-size 10240000\r\n250-ENHANCEDSTATUSCODES\r\n250 8bitmime"
		case strings.HasPrefix(u, "MAIL"), strings.HasPrefix(u, "RSET"):
			return "250 2.1.0 Ok"
		case strings.HasPrefix(u, "RCPT"):
			return "250 2.1.5 Ok"
		case u == "DATA":
			return "354 End data with <CR><LF>.<CR><LF>"
		case u == "<END-OF-DATA>":
			return eod
		case u == "QUIT":
			return "221 2.0.0 Bye"
		}
		return "502 5.5.2 Error: command not recognized"
	}
}

func randomSecret() string {
	var b [9]byte
	rand.Read(b[:])
	return "pw-" + hex.EncodeToString(b[:])
}

var errGreylisted = &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 7, 1}, Message: "<rcpt>: Recipient address rejected: Greylisted, see https://postgrey.example.test/"}

func userUnknown(addr string) error {
	return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "<" + addr + ">: Recipient address rejected: User unknown in virtual mailbox table"}
}
