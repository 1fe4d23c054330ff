package server

import (
	"net/netip"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
	"golang.org/x/crypto/bcrypt"
)

// AUTH failure throttling. Failures are counted per client IP and per
// username within AuthWindow; each failure is answered after a delay that
// doubles with the failures counted (AuthDelay, 2×, 4×… up to
// AuthMaxDelay), and after AuthLockAfter failures the IP, or the username
// (from any IP), is locked for AuthLockFor: AUTH is then answered
// "454 4.7.0" without checking the password. Password checks (bcrypt) run
// in a pool of AuthWorkers, so guessing cannot take every CPU.

// Fail2banFailregex matches the relay's log line for a failed AUTH (text and
// JSON log formats); fail2ban puts the client address at <HOST>.
const Fail2banFailregex = `^.*msg="authentication failed" ip=<HOST> .*$` + "\n" + `^.*"msg":"authentication failed","ip":"<HOST>".*$`

type failRec struct {
	n     int
	last  time.Time
	until time.Time // locked until
}

type authGuard struct {
	cfg     *Config
	workers chan struct{}
	compare func(hash, pass []byte) error
	// dummy is compared against for unknown users, so that a guess at a
	// username that does not exist costs what a guess at one that does.
	dummy func() []byte

	mu   sync.Mutex
	ip   map[netip.Addr]*failRec
	user map[string]*failRec
}

func newAuthGuard(cfg *Config) *authGuard {
	return &authGuard{cfg: cfg, workers: make(chan struct{}, cfg.AuthWorkers),
		compare: bcrypt.CompareHashAndPassword,
		dummy:   sync.OnceValue(func() []byte { return dummyHash(cfg.Users) }),
		ip:      map[netip.Addr]*failRec{}, user: map[string]*failRec{}}
}

// errLocked is the reply while an IP or a username is locked.
var errLocked = &smtp.SMTPError{Code: 454, EnhancedCode: smtp.EnhancedCode{4, 7, 0},
	Message: "Too many failed authentication attempts, try again later"}

// locked reports until when ip or user is locked (zero: not locked).
func (g *authGuard) locked(ip netip.Addr, user string, now time.Time) time.Time {
	g.mu.Lock()
	defer g.mu.Unlock()
	var until time.Time
	if r := g.ip[ip]; r != nil && r.until.After(now) {
		until = r.until
	}
	if r := g.user[user]; r != nil && r.until.After(now) && r.until.After(until) {
		until = r.until
	}
	return until
}

// check compares pass with hash in the worker pool; errLocked (and no
// comparison) when ip or user got locked while it waited for a worker.
func (g *authGuard) check(ip netip.Addr, user string, hash, pass []byte) error {
	g.workers <- struct{}{}
	defer func() { <-g.workers }()
	if !g.locked(ip, user, time.Now()).IsZero() {
		return errLocked
	}
	return g.compare(hash, pass)
}

func (g *authGuard) bump(r *failRec, now time.Time) *failRec {
	if r == nil || now.Sub(r.last) > g.cfg.AuthWindow {
		r = &failRec{}
	}
	r.n++
	r.last = now
	if r.n >= g.cfg.AuthLockAfter {
		r.until = now.Add(g.cfg.AuthLockFor)
	}
	return r
}

// failed records a failure and returns the failures counted for the IP
// and the username, the delay before the reply, and whether this failure
// locked the IP or the username.
func (g *authGuard) failed(ip netip.Addr, user string, now time.Time) (nIP, nUser int, delay time.Duration, locked bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.ip)+len(g.user) > 4096 {
		g.sweepLocked(now)
	}
	ri := g.bump(g.ip[ip], now)
	g.ip[ip] = ri
	ru := g.bump(g.user[user], now)
	g.user[user] = ru
	n := max(ri.n, ru.n)
	delay = g.cfg.AuthDelay
	for i := 1; i < n && delay < g.cfg.AuthMaxDelay; i++ {
		delay *= 2
	}
	delay = min(delay, g.cfg.AuthMaxDelay)
	locked = ri.n == g.cfg.AuthLockAfter || ru.n == g.cfg.AuthLockAfter
	return ri.n, ru.n, delay, locked
}

// succeeded forgets the username's failures (not the IP's: one valid
// account must not reset the count of guesses at others).
func (g *authGuard) succeeded(user string) {
	g.mu.Lock()
	delete(g.user, user)
	g.mu.Unlock()
}

func (g *authGuard) sweepLocked(now time.Time) {
	for k, r := range g.ip {
		if now.Sub(r.last) > g.cfg.AuthWindow && !r.until.After(now) {
			delete(g.ip, k)
		}
	}
	for k, r := range g.user {
		if now.Sub(r.last) > g.cfg.AuthWindow && !r.until.After(now) {
			delete(g.user, k)
		}
	}
}

// dummyHash is a bcrypt hash at the highest cost among users' hashes
// (bcrypt.DefaultCost when none can be read): checking a password against
// it takes as long as against a real user's hash. A fixed cost would both
// tell unknown users apart (when the users' cost differs) and make every
// guess at an unknown user pay for a cost no user has.
func dummyHash(users map[string][]byte) []byte {
	cost := 0
	for _, h := range users {
		if c, err := bcrypt.Cost(h); err == nil && c > cost {
			cost = c
		}
	}
	if cost == 0 {
		cost = bcrypt.DefaultCost
	}
	h, _ := bcrypt.GenerateFromPassword([]byte("smtpgw-dummy"), cost)
	return h
}
