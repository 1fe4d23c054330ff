// Package relaytest is an in-process SMTP server (go-smtp) for relay tests:
// it records what it receives and answers as scripted.
package relaytest

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Message is one received message.
type Message struct {
	From string
	To   []string
	Data []byte
	TLS  bool
	User string
	Helo string // the client's EHLO name
}

// Server is a recording SMTP server on 127.0.0.1:0.
type Server struct {
	Addr string

	// RcptReply, when set, decides RCPT replies (nil: accept).
	RcptReply func(to string) *smtp.SMTPError
	// DataReply, when set, decides the reply after DATA (nil: accept); n
	// counts DATA transactions from 1.
	DataReply func(n int) *smtp.SMTPError
	// Users enables AUTH PLAIN (only over TLS unless AllowInsecureAuth).
	Users map[string]string
	// RequireAuth refuses MAIL before AUTH.
	RequireAuth bool
	// Discard keeps only counts (benchmarks).
	Discard bool

	// Delay holds each DATA this long (to observe concurrency).
	Delay time.Duration

	srv    *smtp.Server
	active int
	peak   int
	mu     sync.Mutex
	msg    []Message
	n      int
	cnt    int
	got    chan struct{}
}

// Options configure Start.
type Options struct {
	TLS               *tls.Certificate
	AllowInsecureAuth bool
}

// Start runs a server until the test ends.
func Start(t testing.TB, o Options) *Server {
	t.Helper()
	s := &Server{got: make(chan struct{}, 1<<16)}
	ss := smtp.NewServer(s)
	ss.Domain = "upstream.example.test"
	ss.AllowInsecureAuth = o.AllowInsecureAuth
	ss.MaxMessageBytes = 64 << 20
	ss.ErrorLog = nopLog{}
	if o.TLS != nil {
		ss.TLSConfig = &tls.Config{Certificates: []tls.Certificate{*o.TLS}}
	}
	s.srv = ss
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.Addr = l.Addr().String()
	go ss.Serve(l)
	t.Cleanup(func() { ss.Close() })
	return s
}

type nopLog struct{}

func (nopLog) Printf(string, ...any) {}
func (nopLog) Println(...any)        {}

// Messages returns what was received so far.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.msg...)
}

// PeakConcurrent is the largest number of DATA transfers seen at once.
func (s *Server) PeakConcurrent() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.peak
}

// Count is the number of messages accepted.
func (s *Server) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cnt
}

// Wait waits until n messages were accepted or the timeout passes.
func (s *Server) Wait(t testing.TB, n int, timeout time.Duration) []Message {
	t.Helper()
	deadline := time.After(timeout)
	for {
		if s.Count() >= n {
			return s.Messages()
		}
		select {
		case <-s.got:
		case <-deadline:
			t.Fatalf("upstream got %d messages, want %d", s.Count(), n)
		}
	}
}

// NewSession implements smtp.Backend.
func (s *Server) NewSession(c *smtp.Conn) (smtp.Session, error) {
	_, isTLS := c.TLSConnectionState()
	return &session{s: s, tls: isTLS, helo: c.Hostname()}, nil
}

type session struct {
	s    *Server
	tls  bool
	user string
	helo string
	m    Message
}

func (se *session) AuthMechanisms() []string {
	if se.s.Users == nil {
		return nil
	}
	return []string{sasl.Plain}
}

func (se *session) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, user, pass string) error {
		if p, ok := se.s.Users[user]; ok && p == pass {
			se.user = user
			return nil
		}
		return smtp.ErrAuthFailed
	}), nil
}

func (se *session) Reset()        { se.m = Message{} }
func (se *session) Logout() error { return nil }
func (se *session) Mail(from string, _ *smtp.MailOptions) error {
	if se.s.RequireAuth && se.user == "" {
		return smtp.ErrAuthRequired
	}
	se.m = Message{From: from, TLS: se.tls, User: se.user, Helo: se.helo}
	return nil
}
func (se *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if se.s.RcptReply != nil {
		if e := se.s.RcptReply(to); e != nil {
			return e
		}
	}
	se.m.To = append(se.m.To, to)
	return nil
}
func (se *session) Data(r io.Reader) error {
	se.s.mu.Lock()
	se.s.active++
	if se.s.active > se.s.peak {
		se.s.peak = se.s.active
	}
	se.s.mu.Unlock()
	defer func() {
		se.s.mu.Lock()
		se.s.active--
		se.s.mu.Unlock()
	}()
	time.Sleep(se.s.Delay)
	var b []byte
	var err error
	if se.s.Discard {
		_, err = io.Copy(io.Discard, r)
	} else {
		b, err = io.ReadAll(r)
	}
	if err != nil {
		return err
	}
	se.s.mu.Lock()
	se.s.n++
	n := se.s.n
	se.s.mu.Unlock()
	if se.s.DataReply != nil {
		if e := se.s.DataReply(n); e != nil {
			return e
		}
	}
	se.m.Data = b
	se.s.mu.Lock()
	se.s.cnt++
	if !se.s.Discard {
		se.s.msg = append(se.s.msg, se.m)
	}
	se.s.mu.Unlock()
	select {
	case se.s.got <- struct{}{}:
	default:
	}
	return nil
}

var _ smtp.AuthSession = (*session)(nil)
var _ = errors.New
