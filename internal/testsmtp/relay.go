package testsmtp

import (
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

// Relay is a go-smtp server on 127.0.0.1 that either relays for anyone
// (Open) or accepts only recipients at its own domain, refusing others
// with Postfix's "Relay access denied".
type Relay struct {
	Port int
	mu   sync.Mutex
	rcpt []string // every RCPT TO address received
	data int      // DATA commands received (the tests expect none)
}

// Rcpts returns the RCPT TO addresses received so far.
func (r *Relay) Rcpts() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.rcpt...)
}

// DataCount is the number of DATA commands received.
func (r *Relay) DataCount() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.data
}

// StartRelay runs a relay server for domain (its only local domain). An
// open one accepts every recipient; a closed one accepts only plain
// addresses at domain and refuses the rest, including the rewriting
// syntaxes (user%other@domain, other!user@domain, "user@other"@domain).
func StartRelay(t testing.TB, domain string, open bool) *Relay {
	t.Helper()
	r := &Relay{}
	s := smtp.NewServer(relayBackend{r: r, domain: domain, open: open})
	s.Domain = "mx." + domain
	s.ErrorLog = nopLogger{}
	s.ReadTimeout, s.WriteTimeout = 10*time.Second, 10*time.Second
	l, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go s.Serve(l)
	t.Cleanup(func() { s.Close() })
	r.Port = l.Addr().(*net.TCPAddr).Port
	return r
}

type nopLogger struct{}

func (nopLogger) Printf(string, ...any) {}
func (nopLogger) Println(...any)        {}

type relayBackend struct {
	r      *Relay
	domain string
	open   bool
}

func (b relayBackend) NewSession(*smtp.Conn) (smtp.Session, error) { return &relaySession{b}, nil }

type relaySession struct{ relayBackend }

func (*relaySession) Reset()                               {}
func (*relaySession) Logout() error                        { return nil }
func (*relaySession) Mail(string, *smtp.MailOptions) error { return nil }

func (s *relaySession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.r.mu.Lock()
	s.r.rcpt = append(s.r.rcpt, to)
	s.r.mu.Unlock()
	if s.open {
		return nil
	}
	at := strings.LastIndexByte(to, '@')
	local, dom := to[:max(at, 0)], strings.ToLower(to[at+1:])
	if at > 0 && dom == s.domain && !strings.ContainsAny(local, "%!@\":") {
		return nil
	}
	return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 7, 1}, Message: "<" + to + ">: Relay access denied"}
}

func (s *relaySession) Data(io.Reader) error {
	s.r.mu.Lock()
	s.r.data++
	s.r.mu.Unlock()
	return errors.New("the relay test must never send DATA")
}
