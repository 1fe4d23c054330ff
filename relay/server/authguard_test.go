package server

import (
	"bufio"
	"context"
	"encoding/base64"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/relay/spool"
	"golang.org/x/crypto/bcrypt"
)

// Password checks run in a pool of AuthWorkers: many clients guessing at
// once never run more bcrypt comparisons at a time than that.
func TestAuthChecksBoundedByWorkerPool(t *testing.T) {
	t.Parallel()
	sp, err := spool.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	s := New(Config{Spool: sp, Users: map[string][]byte{"alice": []byte("$2y$04$x")}, AllowInsecureAuth: true,
		AuthWorkers: 2, AuthDelay: time.Millisecond, AuthMaxDelay: time.Millisecond, AuthLockAfter: 1000,
		MaxConns: 100, MaxConnsPerIP: 100})
	var mu sync.Mutex
	active, peak, calls := 0, 0, 0
	s.auth.compare = func(hash, pass []byte) error {
		mu.Lock()
		active++
		calls++
		peak = max(peak, active)
		mu.Unlock()
		time.Sleep(20 * time.Millisecond) // the cost of a bcrypt comparison
		mu.Lock()
		active--
		mu.Unlock()
		return smtp.ErrAuthFailed
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go s.Serve(l, false)
	defer s.Shutdown(context.Background())
	const clients = 12
	var wg sync.WaitGroup
	replies := make(chan string, clients)
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", l.Addr().String())
			if err != nil {
				replies <- err.Error()
				return
			}
			defer c.Close()
			c.SetDeadline(time.Now().Add(20 * time.Second))
			br := bufio.NewReader(c)
			br.ReadString('\n')
			c.Write([]byte("HELO client.example.test\r\n"))
			br.ReadString('\n')
			c.Write([]byte("AUTH PLAIN " + base64.StdEncoding.EncodeToString([]byte("\x00alice\x00guess")) + "\r\n"))
			r, _ := br.ReadString('\n')
			replies <- r
		}()
	}
	wg.Wait()
	close(replies)
	for r := range replies {
		if !strings.HasPrefix(r, "535") {
			t.Errorf("reply %q, want 535", r)
		}
	}
	if calls != clients || peak > 2 {
		t.Errorf("%d password checks, at most %d at once; want %d, at most 2", calls, peak, clients)
	}
}

// The hash compared against for an unknown user has the cost of the users'
// hashes (the highest), so a guess at a missing user takes as long as one
// at a real user: not longer, not shorter.
func TestDummyHashHasUsersCost(t *testing.T) {
	t.Parallel()
	h5, _ := bcrypt.GenerateFromPassword([]byte("pw"), 5)
	h4, _ := bcrypt.GenerateFromPassword([]byte("pw"), bcrypt.MinCost)
	for _, tc := range []struct {
		users map[string][]byte
		want  int
	}{
		{map[string][]byte{"alice": h4, "bob": h5}, 5},
		{map[string][]byte{"alice": h4}, bcrypt.MinCost},
		{map[string][]byte{"alice": []byte("not a hash")}, bcrypt.DefaultCost},
	} {
		g := newAuthGuard(&Config{Users: tc.users, AuthWorkers: 1})
		if c, err := bcrypt.Cost(g.dummy()); err != nil || c != tc.want {
			t.Errorf("dummy hash cost %d (%v), want %d", c, err, tc.want)
		}
		if g.compare(g.dummy(), []byte("pw")) == nil {
			t.Error("the dummy hash accepts a password")
		}
	}
}
