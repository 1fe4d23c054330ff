package relay

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"log/slog"
	"net"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/internal/testio"
	"github.com/smtpgw/smtpgw/relay/server"
)

// dialFrom connects from a given loopback address (127.0.0.0/8 is all
// local on Linux), so one test can be several client IPs.
func dialFrom(t *testing.T, src, addr string) *rawConn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Skipf("cannot connect from %s: %v", src, err)
	}
	t.Cleanup(func() { c.Close() })
	c.SetDeadline(time.Now().Add(20 * time.Second))
	rc := &rawConn{t: t, c: c, br: bufio.NewReader(c)}
	rc.expect("220")
	return rc
}

func authPlain(user, pass string) string {
	return "AUTH PLAIN " + base64.StdEncoding.EncodeToString([]byte("\x00"+user+"\x00"+pass))
}

// tryAuth opens a session from src and tries user/pass once; it returns
// the reply.
func tryAuth(t *testing.T, src, addr, user, pass string) string {
	t.Helper()
	c := dialFrom(t, src, addr)
	c.cmd("EHLO client.example.test", "250")
	c.c.Write([]byte(authPlain(user, pass) + "\r\n"))
	r := c.reply()
	c.c.Close()
	return r
}

// AUTH failures are counted per client IP and per username, across
// connections: after AuthLockAfter of them the IP, or the username from
// any IP, gets 454 4.7.0 even with the right password, without a password
// check; other IPs and users are not affected. The failures are answered
// after doubling delays, and each is logged in a line fail2ban matches.
func TestAuthThrottling(t *testing.T) {
	t.Parallel()
	users := usersFile(t)
	h := startRelay(t, "", func(o *Options) {
		o.Server.AllowNets = nil
		o.Server.Users = users
		o.Server.AllowInsecureAuth = true
		o.Server.AuthLockAfter = 3
		o.Server.AuthLockFor = time.Hour
	})
	// the IP: three wrong guesses at three users from 127.0.0.2
	for _, u := range []string{"u1", "u2", "u3"} {
		if r := tryAuth(t, "127.0.0.2", h.addr, u, "guess"); !strings.HasPrefix(r, "535") {
			t.Fatalf("guess at %s: %q", u, r)
		}
	}
	if r := tryAuth(t, "127.0.0.2", h.addr, "alice", "pw"); !strings.HasPrefix(r, "454 4.7.0") {
		t.Errorf("locked IP, right password: %q, want 454 4.7.0", r)
	}
	if r := tryAuth(t, "127.0.0.3", h.addr, "alice", "pw"); !strings.HasPrefix(r, "235") {
		t.Errorf("another IP: %q, want 235", r)
	}
	// the username: three wrong passwords for bob from three IPs
	for i := 4; i <= 6; i++ {
		if r := tryAuth(t, fmt.Sprintf("127.0.0.%d", i), h.addr, "bob", "guess"); !strings.HasPrefix(r, "535") {
			t.Fatalf("guess %d at bob: %q", i, r)
		}
	}
	if r := tryAuth(t, "127.0.0.7", h.addr, "bob", "guess"); !strings.HasPrefix(r, "454 4.7.0") {
		t.Errorf("locked user from a new IP: %q, want 454 4.7.0", r)
	}
	if r := tryAuth(t, "127.0.0.7", h.addr, "alice", "pw"); !strings.HasPrefix(r, "235") {
		t.Errorf("another user from that IP: %q, want 235", r)
	}
	logs := h.logs.String()
	for _, want := range []string{`"delay":"1ms"`, `"delay":"2ms"`, `"delay":"4ms"`,
		`"msg":"authentication locked out","ip":"127.0.0.2"`, `"msg":"authentication refused: locked out","ip":"127.0.0.2"`} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %s:\n%s", want, logs)
		}
	}
}

// fail2banRegexps turns the documented filter into Go regexps, with <HOST>
// as fail2ban's host group.
func fail2banRegexps(t *testing.T) []*regexp.Regexp {
	var out []*regexp.Regexp
	for _, l := range strings.Split(server.Fail2banFailregex, "\n") {
		out = append(out, regexp.MustCompile(strings.ReplaceAll(l, "<HOST>", `(?P<host>[0-9a-fA-F.:]+)`)))
	}
	return out
}

// The fail2ban filter documented in docs/relay.md finds the client address
// in the relay's real log line for a failed AUTH, in both log formats, for
// IPv4 and IPv6 clients, and matches no other line.
func TestFail2banFilterMatchesLog(t *testing.T) {
	t.Parallel()
	res := fail2banRegexps(t)
	for _, format := range []string{"text", "json"} {
		for _, src := range []string{"127.0.0.2", "::1"} {
			logs := &testio.Buffer{}
			var handler slog.Handler = slog.NewTextHandler(logs, nil)
			if format == "json" {
				handler = slog.NewJSONHandler(logs, nil)
			}
			listen := "127.0.0.1:0"
			if strings.Contains(src, ":") {
				listen = "[::1]:0"
			}
			l, err := net.Listen("tcp", listen)
			if err != nil {
				t.Skipf("no %s: %v", listen, err)
			}
			h := startRelay(t, "", func(o *Options) {
				o.Listen = []Listener{{Listener: l}}
				o.Logger = slog.New(handler)
				o.Server.Users = usersFile(t)
				o.Server.AllowInsecureAuth = true
			})
			if r := tryAuth(t, src, h.addr, "mallory", "guess"); !strings.HasPrefix(r, "535") {
				t.Fatalf("%q", r)
			}
			h.stop()
			matched := 0
			for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
				for _, re := range res {
					m := re.FindStringSubmatch(line)
					if m == nil {
						continue
					}
					matched++
					if !strings.Contains(line, "authentication failed") {
						t.Errorf("%s: the filter matches %q", format, line)
					}
					if host := m[re.SubexpIndex("host")]; host != src {
						t.Errorf("%s: the filter finds host %q in %q, want %s", format, host, line, src)
					}
				}
			}
			if matched != 1 {
				t.Errorf("%s %s: the filter matched %d lines, want 1:\n%s", format, src, matched, logs)
			}
		}
	}
}
