package send

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/internal/smtpreplay"
	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// TestRealServers replays what real Postfix 3.7 and Exim 4.96 servers
// answered to smtpgw send (testdata/real/, recorded on loopback; each
// file's header says how the server was configured) and checks the
// verdict, every recipient's status and the clear-cut categories.
func TestRealServers(t *testing.T) {
	t.Parallel()
	type rcpt struct {
		addr   string
		status Status
		code   int
		enh    string
		cat    explain.Category // "" when not asserted
	}
	cases := []struct {
		file     string
		tls      TLSMode
		from     string
		helo     string
		user     string
		mech     string
		status   Status
		stage    Stage
		queueID  string
		category explain.Category // of the verdict; "" when not asserted
		rcpts    []rcpt
	}{
		{file: "postfix/send-rcpt.txt", tls: TLSStartTLS, status: Partial, stage: StageRcpt, queueID: "EC600C00F2", rcpts: []rcpt{
			{"alice@example.test", Accepted, 250, "2.1.5", ""},
			{"gone@example.test", Rejected, 550, "5.1.1", explain.UserUnknown},
			{"grey@example.test", Deferred, 450, "4.7.1", explain.Greylisted},
			{"nobody@example.test", Rejected, 550, "5.1.1", explain.UserUnknown},
			{"full@example.test", Deferred, 452, "4.2.2", ""},
		}},
		{file: "postfix/send-helo.txt", tls: TLSStartTLS, helo: "vm", status: Rejected, stage: StageRcpt, rcpts: []rcpt{
			{"alice@example.test", Rejected, 504, "5.5.2", ""},
		}},
		{file: "postfix/send-sender.txt", tls: TLSStartTLS, from: "spammer@example.test", status: Rejected, stage: StageRcpt, rcpts: []rcpt{
			{"alice@example.test", Rejected, 554, "5.7.1", ""},
		}},
		{file: "postfix/send-relay.txt", tls: TLSStartTLS, status: Rejected, stage: StageRcpt, rcpts: []rcpt{
			{"someone@elsewhere.example", Rejected, 550, "5.1.1", ""},
		}},
		{file: "postfix/send-587-notls.txt", tls: TLSNone, status: Rejected, stage: StageMail, rcpts: []rcpt{
			{"alice@example.test", Failed, 0, "", ""},
		}},
		{file: "postfix/send-587-auth.txt", tls: TLSStartTLS, from: "alice@example.test", user: "alice@example.test", mech: "PLAIN", status: Accepted, stage: StageMessage, queueID: "1EB63C00F8", rcpts: []rcpt{
			{"alice@example.test", Accepted, 250, "2.1.5", ""},
		}},
		{file: "postfix/send-587-noauth.txt", tls: TLSStartTLS, from: "alice@example.test", status: Rejected, stage: StageRcpt, rcpts: []rcpt{
			{"alice@example.test", Rejected, 554, "5.7.1", ""},
		}},
		{file: "postfix/send-465-authfail.txt", tls: TLSImplicit, from: "alice@example.test", user: "alice@example.test", mech: "LOGIN", status: Rejected, stage: StageAuth, category: explain.AuthFailed, rcpts: []rcpt{
			{"alice@example.test", Failed, 0, "", ""},
		}},
		{file: "postfix/send-421.txt", tls: TLSStartTLS, status: Deferred, stage: StageGreeting, category: explain.RateLimited, rcpts: []rcpt{
			{"alice@example.test", Failed, 0, "", ""},
		}},
		{file: "postfix/send-554-greeting.txt", tls: TLSStartTLS, status: Rejected, stage: StageGreeting, rcpts: []rcpt{
			{"alice@example.test", Failed, 0, "", ""},
		}},
		// Exim offers no ENHANCEDSTATUSCODES: the replies have none.
		{file: "exim/send-rcpt.txt", tls: TLSStartTLS, status: Partial, stage: StageRcpt, queueID: "1xXO7J-0008OX-0y", rcpts: []rcpt{
			{"alice@example.test", Accepted, 250, "", ""},
			{"gone@example.test", Rejected, 550, "", ""},
			{"grey@example.test", Deferred, 451, "", explain.Greylisted},
			{"full@example.test", Rejected, 550, "", ""},
			{"someone@elsewhere.example", Rejected, 550, "", ""},
		}},
		{file: "exim/send-sender.txt", tls: TLSStartTLS, from: "spammer@example.test", status: Rejected, stage: StageRcpt, rcpts: []rcpt{
			{"alice@example.test", Rejected, 550, "", ""},
		}},
		{file: "exim/send-587-auth.txt", tls: TLSStartTLS, from: "alice@example.test", user: "alice@example.test", mech: "PLAIN", status: Accepted, stage: StageMessage, queueID: "1xXO7J-0008Oq-16", rcpts: []rcpt{
			{"alice@example.test", Accepted, 250, "", ""},
		}},
		{file: "exim/send-465-authfail.txt", tls: TLSImplicit, from: "alice@example.test", user: "alice@example.test", mech: "LOGIN", status: Rejected, stage: StageAuth, category: explain.AuthFailed, rcpts: []rcpt{
			{"alice@example.test", Failed, 0, "", ""},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			script := smtpreplay.Load(t, filepath.Join("..", "testdata", "real", tc.file))
			ca := testpki.NewCA(t)
			srv := smtpreplay.Start(t, script, ca.Leaf(t, "mx.example.test", "127.0.0.1"))
			from := tc.from
			if from == "" {
				from = "bob@example.test"
			}
			helo := tc.helo
			if helo == "" {
				helo = "client.example.test"
			}
			var to []Address
			for _, r := range tc.rcpts {
				to = append(to, mustAddr(t, r.addr))
			}
			o := Options{
				Server: srv.Addr, TLS: tc.tls, RootCAs: ca.Pool, Helo: helo,
				From: mustAddr(t, from), To: to, Message: testMessage(t, mustAddr(t, from), to),
				AuthUser: tc.user, AuthMech: tc.mech, AuthPassword: "s3cret-pw",
				AllowPlaintextAuth: tc.tls == TLSNone,
				Limits:             smtpwire.Limits{StepTimeout: 10 * time.Second},
			}
			res, err := Run(context.Background(), o)
			if err != nil {
				t.Fatal(err)
			}
			v := res.Verdict
			if v.Status != tc.status || v.Stage != tc.stage {
				t.Fatalf("verdict %s at %s (%s), want %s at %s", v.Status, v.Stage, v.Reason, tc.status, tc.stage)
			}
			if v.QueueID != tc.queueID {
				t.Errorf("queue id %q, want %q", v.QueueID, tc.queueID)
			}
			if tc.category != "" && v.Category != tc.category {
				t.Errorf("verdict category %q, want %q (%s)", v.Category, tc.category, v.Reason)
			}
			if len(v.Recipients) != len(tc.rcpts) {
				t.Fatalf("%d recipients, want %d", len(v.Recipients), len(tc.rcpts))
			}
			for i, w := range tc.rcpts {
				g := v.Recipients[i]
				if g.Address != w.addr || g.Status != w.status || g.Code != w.code || g.Enhanced != w.enh {
					t.Errorf("recipient %d: %s %s %d %q, want %s %s %d %q", i, g.Address, g.Status, g.Code, g.Enhanced, w.addr, w.status, w.code, w.enh)
				}
				if w.cat != "" && g.Category != w.cat {
					t.Errorf("recipient %s: category %q, want %q", g.Address, g.Category, w.cat)
				}
			}
			// Every line the server said is in the transcript, verbatim.
			var said []string
			for _, a := range res.Attempts {
				for _, l := range a.Transcript {
					if l.Dir == smtpwire.Server {
						said = append(said, l.Line)
					}
				}
			}
			if got, want := strings.Join(said, "\n"), strings.Join(script.ServerLines(), "\n"); got != want {
				t.Errorf("server lines in the transcript:\n%s\nwant:\n%s", got, want)
			}
			if tc.tls != TLSNone && tc.stage != StageGreeting {
				if a := res.Attempts[0]; a.TLS == nil || a.TLS.KeyExchange == "" || !strings.Contains(a.TLS.Summary, "key exchange "+a.TLS.KeyExchange) {
					t.Errorf("TLS info %+v", a.TLS)
				}
			}
			// The AUTH secret never reaches the transcript.
			for _, a := range res.Attempts {
				for _, l := range a.Transcript {
					if strings.Contains(l.Line, "s3cret") || strings.Contains(l.Line, "czNjcmV0") {
						t.Errorf("secret in the transcript: %q", l.Line)
					}
				}
			}
		})
	}
}

// TestRealServerDefaultHelo checks the default EHLO name against a real
// Postfix dialogue: without Options.Helo the connection's address literal
// is sent, which reject_non_fqdn_helo_hostname accepts (a dotless host
// name such as "vm" draws "504 5.5.2 <vm>: Helo command rejected: need
// fully-qualified hostname", see testdata/real/postfix/send-helo.txt).
func TestRealServerDefaultHelo(t *testing.T) {
	t.Parallel()
	script := smtpreplay.Load(t, filepath.Join("..", "testdata", "real", "postfix", "send-587-auth.txt"))
	ca := testpki.NewCA(t)
	srv := smtpreplay.Start(t, script, ca.Leaf(t, "127.0.0.1"))
	from := mustAddr(t, "alice@example.test")
	res, err := Run(context.Background(), Options{
		Server: srv.Addr, TLS: TLSStartTLS, RootCAs: ca.Pool,
		From: from, To: []Address{from}, Message: testMessage(t, from, []Address{from}),
		AuthUser: "alice@example.test", AuthMech: "PLAIN", AuthPassword: "s3cret-pw",
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Verdict.Status != Accepted {
		t.Fatalf("verdict %s: %s", res.Verdict.Status, res.Verdict.Reason)
	}
	for _, l := range srv.ClientLines() {
		if strings.HasPrefix(l, "EHLO ") && l != "EHLO [127.0.0.1]" {
			t.Errorf("sent %q, want EHLO [127.0.0.1]", l)
		}
	}
}

// TestImplicitTLSMismatchHints: --tls implicit against a server that
// greets in plain text, and plain text against an implicit-TLS port that
// waits silently (Postfix smtpd_tls_wrappermode=yes), each say which
// --tls to use.
func TestImplicitTLSMismatchHints(t *testing.T) {
	t.Parallel()
	from := mustAddr(t, "bob@example.test")
	base := Options{Helo: "client.example.test", From: from, To: []Address{from}, Message: testMessage(t, from, []Address{from})}

	t.Run("plain server, --tls implicit", func(t *testing.T) {
		t.Parallel()
		// Postfix's real greeting, then the server hangs up.
		real := smtpreplay.Load(t, filepath.Join("..", "testdata", "real", "postfix", "send-587-notls.txt"))
		script, err := smtpreplay.Parse("S: " + real.Reply(0)[0] + "\n!: close\n")
		if err != nil {
			t.Fatal(err)
		}
		srv := smtpreplay.Start(t, script, testpki.SelfSigned(t, "127.0.0.1"))
		o := base
		o.Server, o.TLS = srv.Addr, TLSImplicit
		res, err := Run(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		v := res.Verdict
		if v.Status != Failed || v.Stage != StageTLS || !strings.Contains(v.Reason, `plain text ("220 m")`) || !strings.Contains(v.Reason, "TLS mode starttls") {
			t.Errorf("verdict %s at %s: %s", v.Status, v.Stage, v.Reason)
		}
		if !v.ImplicitTLS || v.StageName() != "implicit TLS handshake" {
			t.Errorf("stage named %q (implicit %v), want the implicit TLS handshake", v.StageName(), v.ImplicitTLS)
		}
	})
	t.Run("silent implicit-TLS port, --tls none", func(t *testing.T) {
		t.Parallel()
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		go func() {
			c, err := ln.Accept()
			if err == nil {
				defer c.Close()
				b := make([]byte, 1)
				c.Read(b) // waits for a ClientHello that never comes
			}
		}()
		o := base
		o.Server, o.TLS = ln.Addr().String(), TLSNone
		o.Limits = smtpwire.Limits{StepTimeout: 300 * time.Millisecond}
		res, err := Run(context.Background(), o)
		if err != nil {
			t.Fatal(err)
		}
		v := res.Verdict
		if v.Status != Failed || v.Stage != StageGreeting || !strings.Contains(v.Reason, "TLS mode implicit") {
			t.Errorf("verdict %s at %s: %s", v.Status, v.Stage, v.Reason)
		}
	})
}

// BenchmarkSendRealPostfix: one whole send (connect, EHLO, STARTTLS, EHLO,
// AUTH PLAIN, MAIL, RCPT, DATA, QUIT) against the replay of Postfix's real
// submission dialogue on loopback.
func BenchmarkSendRealPostfix(b *testing.B) {
	script := smtpreplay.Load(b, filepath.Join("..", "testdata", "real", "postfix", "send-587-auth.txt"))
	ca := testpki.NewCA(b)
	srv := smtpreplay.Start(b, script, ca.Leaf(b, "127.0.0.1"))
	from := mustAddr(b, "alice@example.test")
	o := Options{Server: srv.Addr, TLS: TLSStartTLS, RootCAs: ca.Pool, Helo: "client.example.test",
		From: from, To: []Address{from}, Message: testMessage(b, from, []Address{from}),
		AuthUser: "alice@example.test", AuthMech: "PLAIN", AuthPassword: "s3cret-pw"}
	b.ReportAllocs()
	for b.Loop() {
		res, err := Run(context.Background(), o)
		if err != nil || res.Verdict.Status != Accepted {
			b.Fatalf("%v %+v", err, res.Verdict)
		}
	}
}
