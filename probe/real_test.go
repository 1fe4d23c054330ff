package probe

import (
	"context"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/smtpgw/smtpgw/internal/smtpreplay"
	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/report"
)

// TestRealServers replays what real Postfix and Exim servers said to
// smtpgw probe (testdata/real/, recorded on loopback; see each file's
// header) and checks that probe reads it as those servers meant it.
func TestRealServers(t *testing.T) {
	t.Parallel()
	type want struct {
		ext, extTLS   []string // extensions (upper case) before and after TLS
		auth, authTLS []string
		changed       []string
		size          int64
	}
	cases := []struct {
		file string
		port int
		want want
	}{
		{"postfix/probe-25.txt", 25, want{
			ext:     []string{"PIPELINING", "SIZE", "VRFY", "ETRN", "STARTTLS", "ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"},
			extTLS:  []string{"PIPELINING", "SIZE", "VRFY", "ETRN", "ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING"},
			changed: []string{"-STARTTLS"}, size: 10240000,
		}},
		{"postfix/probe-587.txt", 587, want{
			ext:     []string{"STARTTLS", "SIZE"},
			extTLS:  []string{"AUTH", "SIZE"},
			authTLS: []string{"PLAIN", "LOGIN", "CRAM-MD5"},
			changed: []string{"+AUTH PLAIN LOGIN CRAM-MD5", "-STARTTLS"}, size: 10240000,
		}},
		{"postfix/probe-465.txt", 465, want{
			ext:     []string{"AUTH", "SIZE", "CHUNKING"},
			authTLS: []string{"PLAIN", "LOGIN", "CRAM-MD5"}, size: 10240000,
		}},
		// Exim 4.96 spells the RFC draft's extension PIPECONNECT; this
		// configuration offers AUTH after STARTTLS on every port (probe
		// reports that as auth.port25, info).
		{"exim/probe-25.txt", 25, want{
			ext:     []string{"SIZE", "8BITMIME", "PIPELINING", "PIPECONNECT", "CHUNKING", "STARTTLS", "SMTPUTF8", "HELP"},
			extTLS:  []string{"SIZE", "8BITMIME", "PIPELINING", "PIPECONNECT", "AUTH", "CHUNKING", "SMTPUTF8", "HELP"},
			authTLS: []string{"PLAIN", "LOGIN"},
			changed: []string{"+AUTH PLAIN LOGIN", "-STARTTLS"}, size: 52428800,
		}},
		{"exim/probe-587.txt", 587, want{
			ext:     []string{"STARTTLS", "SIZE"},
			extTLS:  []string{"AUTH", "SIZE"},
			authTLS: []string{"PLAIN", "LOGIN"},
			changed: []string{"+AUTH PLAIN LOGIN", "-STARTTLS"}, size: 52428800,
		}},
		{"exim/probe-465.txt", 465, want{
			ext:     []string{"AUTH", "SIZE"},
			authTLS: []string{"PLAIN", "LOGIN"}, size: 52428800,
		}},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join("..", "testdata", "real", tc.file)
			script := smtpreplay.Load(t, path)
			ca := testpki.NewCA(t)
			srv := smtpreplay.Start(t, script, ca.Leaf(t, "mx.example.test", "127.0.0.1"))
			res, err := Probe(context.Background(), Options{
				RootCAs: ca.Pool, HELO: "client.example.test",
				PortMap: map[int]string{tc.port: srv.Addr},
			}, Target{Input: "127.0.0.1", Addr: "127.0.0.1", Port: tc.port})
			if err != nil {
				t.Fatal(err)
			}
			c := res.Targets[0].Connections[0]
			if c.Error != "" || c.TLSError != "" {
				t.Fatalf("error %q (stage %s), TLS error %q", c.Error, c.Stage, c.TLSError)
			}
			// The greeting and the EHLO reply, every line as the server sent it.
			if g := script.Reply(0); !slices.Equal(c.Greeting.Lines, g) {
				t.Errorf("greeting %q, want %q", c.Greeting.Lines, g)
			}
			if e := script.Reply(1); !slices.Equal(c.EHLO.Lines, e) {
				t.Errorf("EHLO reply %q, want %q", c.EHLO.Lines, e)
			}
			for _, k := range tc.want.ext {
				if _, ok := c.Extensions[k]; !ok {
					t.Errorf("extension %s missing: %v", k, c.Extensions)
				}
			}
			for _, k := range tc.want.extTLS {
				if _, ok := c.ExtensionsAfterTLS[k]; !ok {
					t.Errorf("extension %s missing after TLS: %v", k, c.ExtensionsAfterTLS)
				}
			}
			if c.Mode != ModeSubmissions && c.TLS == nil {
				t.Errorf("no STARTTLS session")
			}
			if got := c.AuthBeforeTLS; len(got) != 0 {
				t.Errorf("AUTH before TLS %v, want none (these servers offer AUTH only over TLS)", got)
			}
			if !slices.Equal(c.AuthAfterTLS, orEmpty(tc.want.authTLS)) {
				t.Errorf("AUTH after TLS %v, want %v", c.AuthAfterTLS, tc.want.authTLS)
			}
			if tc.want.changed != nil && !slices.Equal(c.Changed, tc.want.changed) {
				t.Errorf("changed after TLS %v, want %v", c.Changed, tc.want.changed)
			}
			ext := c.Extensions
			if c.ExtensionsAfterTLS != nil {
				ext = c.ExtensionsAfterTLS
			}
			if got := ext["SIZE"]; got != strconv.FormatInt(tc.want.size, 10) {
				t.Errorf("SIZE %q, want %d", got, tc.want.size)
			}
			// A well-configured real server draws no warning or failure.
			for _, f := range c.Findings {
				if f.Status != report.Pass && f.Status != report.Info {
					t.Errorf("finding %s %s: %s", f.Status, f.ID, f.Summary)
				}
			}
		})
	}
}
