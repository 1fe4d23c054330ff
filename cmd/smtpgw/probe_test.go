package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testpki"
)

type probeTestBackend struct{ auth bool }

func (b probeTestBackend) NewSession(*smtp.Conn) (smtp.Session, error) {
	if b.auth {
		return &probeTestAuthSession{}, nil
	}
	return &probeTestSession{}, nil
}

type probeTestSession struct{}

func (*probeTestSession) Reset()                               {}
func (*probeTestSession) Logout() error                        { return nil }
func (*probeTestSession) Mail(string, *smtp.MailOptions) error { return errors.New("no MAIL in probe") }
func (*probeTestSession) Rcpt(string, *smtp.RcptOptions) error { return errors.New("no RCPT in probe") }
func (*probeTestSession) Data(io.Reader) error                 { return errors.New("no DATA in probe") }

type probeTestAuthSession struct{ probeTestSession }

func (*probeTestAuthSession) AuthMechanisms() []string         { return []string{sasl.Plain} }
func (*probeTestAuthSession) Auth(string) (sasl.Server, error) { return nil, errors.New("no") }

type probeTestLog struct{}

func (probeTestLog) Printf(string, ...any) {}
func (probeTestLog) Println(...any)        {}

// startProbeServer starts a go-smtp server on 127.0.0.1:0; cert nil means
// no STARTTLS. It returns the port.
func startProbeServer(t *testing.T, cert *tls.Certificate, auth, implicit bool) int {
	t.Helper()
	s := smtp.NewServer(probeTestBackend{auth: auth})
	s.Domain = "mx1.example.test"
	s.ErrorLog = probeTestLog{}
	s.AllowInsecureAuth = cert == nil // a server without TLS that offers AUTH anyway
	if cert != nil {
		s.TLSConfig = &tls.Config{Certificates: []tls.Certificate{*cert}}
	}
	l, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if implicit {
		l = tls.NewListener(l, s.TLSConfig)
	}
	go s.Serve(l)
	t.Cleanup(func() { s.Close() })
	return l.Addr().(*net.TCPAddr).Port
}

// probeEnv is a domain example.test with one MX on loopback and servers
// on all three ports; args are the common flags.
type probeEnv struct {
	args []string
	dns  *testdns.Server
}

func newProbeEnv(t *testing.T, healthy bool) probeEnv {
	t.Helper()
	ca := testpki.NewCA(t)
	leaf := ca.Leaf(t, "mx1.example.test")
	dns := testdns.Start(t,
		"example.test. 300 IN MX 10 mx1.example.test.",
		"mx1.example.test. 300 IN A 127.0.0.1",
		"other.test. 300 IN MX 10 mx1.example.test.",
		"null.test. 300 IN MX 0 .",
	)
	p25 := startProbeServer(t, &leaf, false, false)
	var p587 int
	if healthy {
		p587 = startProbeServer(t, &leaf, true, false)
	} else {
		p587 = startProbeServer(t, nil, true, false) // no STARTTLS on 587: fail
	}
	p465 := startProbeServer(t, &leaf, true, true)
	return probeEnv{dns: dns, args: []string{
		"--resolver", dns.Addr, "--ca-file", ca.WriteCAFile(t), "--timeout", "10s",
		"--helo", "probe.example.test",
		"--port-map", "25=:" + strconv.Itoa(p25),
		"--port-map", "587=:" + strconv.Itoa(p587),
		"--port-map", "465=:" + strconv.Itoa(p465),
	}}
}

func (e probeEnv) run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	return runCLI(t, stdin, append(append([]string{"probe"}, e.args...), args...)...)
}

func TestProbeHumanOutput(t *testing.T) {
	t.Parallel()
	e := newProbeEnv(t, true)
	out, errOut, code := e.run(t, "", "example.test")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
	}
	for _, s := range []string{"example.test", "MX 10 mx1.example.test  127.0.0.1", "PORT", "CERT DAYS", "TLS 1.3", "PLAIN", "pass"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	if strings.Contains(out, "\x1b[") || errOut != "" {
		t.Errorf("escape codes or stderr when piped: %q", errOut)
	}
	// Pass findings only with --all or -v.
	if strings.Contains(out, "PASS starttls.ok") {
		t.Error("pass findings shown without --all")
	}
	out, _, _ = e.run(t, "", "example.test", "--all")
	if !strings.Contains(out, "PASS starttls.ok") {
		t.Errorf("--all does not show passes:\n%s", out)
	}
}

func TestProbeVerboseTranscript(t *testing.T) {
	t.Parallel()
	e := newProbeEnv(t, true)
	out, _, code := e.run(t, "", "mx1.example.test:587", "-v")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, out)
	}
	for _, s := range []string{"C: EHLO probe.example.test", "S: 220 ", "C: STARTTLS", "* : TLS handshake", "C: QUIT", "ms C: "} {
		if !strings.Contains(strings.ReplaceAll(out, "*: ", "* : "), s) {
			t.Errorf("transcript lacks %q:\n%s", s, out)
		}
	}
	for _, s := range []string{"MAIL FROM", "RCPT TO", "DATA"} {
		if strings.Contains(out, "C: "+s) {
			t.Errorf("probe sent %s", s)
		}
	}
}

func TestProbeJSON(t *testing.T) {
	t.Parallel()
	e := newProbeEnv(t, false)
	out, _, code := e.run(t, "", "example.test", "--json")
	if code != ExitFindings {
		t.Errorf("exit %d, want 1 (STARTTLS missing on 587)", code)
	}
	var doc struct {
		Schema  string         `json:"schema"`
		Worst   string         `json:"worst"`
		Counts  map[string]int `json:"counts"`
		Targets []struct {
			Target struct {
				Input  string `json:"input"`
				Domain string `json:"domain"`
			} `json:"target"`
			MX struct {
				Hosts []struct {
					Preference int      `json:"preference"`
					Name       string   `json:"name"`
					Addrs      []string `json:"addrs"`
				} `json:"hosts"`
				Records []string `json:"records"`
			} `json:"mx"`
			Connections []struct {
				Target struct {
					Host string `json:"host"`
					Addr string `json:"addr"`
					Port int    `json:"port"`
				} `json:"target"`
				Connected       bool               `json:"connected"`
				ConnectMS       float64            `json:"connect_ms"`
				GreetingMS      float64            `json:"greeting_ms"`
				Greeting        struct{ Code int } `json:"greeting"`
				Extensions      map[string]string  `json:"extensions"`
				STARTTLSOffered bool               `json:"starttls_offered"`
				TLS             *struct {
					Version string `json:"version"`
					Cipher  string `json:"cipher"`
					Trusted bool   `json:"trusted"`
					Chain   []struct {
						Subject  string   `json:"subject"`
						SANs     []string `json:"sans"`
						Serial   string   `json:"serial"`
						DaysLeft int      `json:"days_left"`
						KeyType  string   `json:"key_type"`
					} `json:"chain"`
				} `json:"tls"`
				AuthBefore []string `json:"auth_before_tls"`
				AuthAfter  []string `json:"auth_after_tls"`
				Transcript []struct {
					AtMS float64 `json:"at_ms"`
					Dir  string  `json:"dir"`
					Line string  `json:"line"`
				} `json:"transcript"`
				Findings []map[string]any `json:"findings"`
			} `json:"connections"`
			Findings []map[string]any `json:"findings"`
		} `json:"targets"`
		Findings []struct {
			ID          string   `json:"id"`
			Status      string   `json:"status"`
			Remediation []string `json:"remediation"`
			Target      struct {
				Port int `json:"port"`
			} `json:"target"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("--json does not parse: %v\n%s", err, out)
	}
	if doc.Schema != "smtpgw.probe/v1" || doc.Worst != "fail" || doc.Counts["fail"] == 0 || len(doc.Targets) != 1 {
		t.Fatalf("doc header: %+v", doc)
	}
	tr := doc.Targets[0]
	if tr.Target.Domain != "example.test" || len(tr.MX.Hosts) != 1 || tr.MX.Hosts[0].Addrs[0] != "127.0.0.1" || len(tr.MX.Records) != 1 {
		t.Errorf("mx: %+v", tr.MX)
	}
	if len(tr.Connections) != 3 {
		t.Fatalf("%d connections", len(tr.Connections))
	}
	for _, c := range tr.Connections {
		if !c.Connected || c.Greeting.Code != 220 || c.Target.Host != "mx1.example.test" || len(c.Transcript) < 4 || c.ConnectMS <= 0 {
			t.Errorf("connection %+v", c.Target)
		}
		if c.Transcript[len(c.Transcript)-1].AtMS > 10000 {
			t.Errorf("transcript at_ms is not milliseconds: %v", c.Transcript[len(c.Transcript)-1].AtMS)
		}
		switch c.Target.Port {
		case 25, 465:
			if c.TLS == nil || c.TLS.Version == "" || !c.TLS.Trusted || len(c.TLS.Chain) != 2 || c.TLS.Chain[0].SANs[0] != "mx1.example.test" || c.TLS.Chain[0].Serial == "" {
				t.Errorf("port %d TLS %+v", c.Target.Port, c.TLS)
			}
		case 587:
			if c.TLS != nil || c.STARTTLSOffered || len(c.AuthBefore) != 1 {
				t.Errorf("587: tls %v starttls %v auth %v", c.TLS, c.STARTTLSOffered, c.AuthBefore)
			}
		}
	}
	var ids []string
	for _, f := range doc.Findings {
		ids = append(ids, f.ID)
		if f.Status != "pass" && len(f.Remediation) == 0 {
			t.Errorf("%s has no remediation", f.ID)
		}
	}
	if doc.Findings[0].Status != "fail" {
		t.Errorf("findings not worst first: %v", ids)
	}
	if !strings.Contains(strings.Join(ids, " "), "starttls.missing") || !strings.Contains(strings.Join(ids, " "), "auth.plaintext") {
		t.Errorf("ids %v", ids)
	}
}

func TestProbeFileStreamsJSONLines(t *testing.T) {
	t.Parallel()
	e := newProbeEnv(t, true)
	file := filepath.Join(t.TempDir(), "targets.txt")
	os.WriteFile(file, []byte("# our domains\nexample.test\n\nnull.test   # parked\nmx1.example.test:25\n"), 0o644)
	out, errOut, code := e.run(t, "", "-f", file, "--json")
	if code != ExitOK {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<22)
	seen := map[string]bool{}
	for sc.Scan() {
		var tr struct {
			Target struct {
				Input string `json:"input"`
			} `json:"target"`
			Worst    string            `json:"worst"`
			Findings []json.RawMessage `json:"findings"`
		}
		if err := json.Unmarshal(sc.Bytes(), &tr); err != nil {
			t.Fatalf("line does not parse: %v: %.200s", err, sc.Text())
		}
		seen[tr.Target.Input] = true
		if tr.Worst == "" || len(tr.Findings) == 0 {
			t.Errorf("line for %s: %+v", tr.Target.Input, tr)
		}
	}
	if len(seen) != 3 || !seen["example.test"] || !seen["null.test"] || !seen["mx1.example.test:25"] {
		t.Errorf("lines for %v", seen)
	}
	// A failing target in the list: exit 1, also when streaming.
	if _, _, code := e.run(t, "null.test\nnonexistent.test\n", "-f", "-", "--json"); code != ExitFindings {
		t.Errorf("-f with an NXDOMAIN target: exit %d", code)
	}
	// The same from stdin, human output.
	out, _, code = e.run(t, "null.test\n", "-f", "-")
	if code != ExitOK || !strings.Contains(out, "null MX") || !strings.Contains(out, "1 targets: 1 info") {
		t.Errorf("stdin -f: exit %d\n%s", code, out)
	}
}

func TestProbeExitCodes(t *testing.T) {
	t.Parallel()
	e := newProbeEnv(t, true)
	if _, _, code := e.run(t, "", "example.test"); code != ExitOK {
		t.Errorf("healthy: exit %d", code)
	}
	// other.test's MX does not match the certificate? It does; but
	// --fail-on info turns the info finding of null.test into exit 1.
	if _, _, code := e.run(t, "", "null.test", "--fail-on", "info"); code != ExitFindings {
		t.Errorf("--fail-on info with mx.null: exit %d", code)
	}
	if _, _, code := e.run(t, "", "null.test"); code != ExitOK {
		t.Errorf("null MX with default --fail-on: exit %d", code)
	}
	if _, _, code := e.run(t, "", "nonexistent.test"); code != ExitFindings {
		t.Errorf("NXDOMAIN: exit %d", code)
	}
	// -6 on an IPv4-only MX: no usable address.
	out, _, code6 := e.run(t, "", "example.test", "-6")
	if code6 != ExitFindings || !strings.Contains(out, "mx.no-address") || !strings.Contains(out, "-6 given") {
		t.Errorf("-6: exit %d\n%s", code6, out)
	}
	if _, _, code := e.run(t, "", "example.test", "-4", "--ports", "25"); code != ExitOK {
		t.Errorf("-4 --ports 25: exit %d", code)
	}
	usage := [][]string{
		{},
		{"example.test", "--ports", "25,x"},
		{"example.test", "--fail-on", "bad"},
		{"http://example.test"},
		{"example.test:99999"},
		{"-f", "/nonexistent/targets.txt"},
		{"example.test", "--concurrency", "-1"},
		{"example.test", "--expiry-warn", "soon"},
		{"example.test", "--helo", "two words"},
		{"example.test", "--port-map", "25"},
	}
	for _, args := range usage {
		_, errOut, code := e.run(t, "", args...)
		if code != ExitUsage || !strings.HasPrefix(errOut, "smtpgw: ") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
	_, errOut, code := runCLI(t, "", "probe", "--resolver", "not-an-ip", "example.test")
	if code != ExitUsage || !strings.Contains(errOut, "resolver") {
		t.Errorf("bad --resolver: exit %d %q", code, errOut)
	}
}

func TestProbeHelp(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "", "probe", "--help")
	// --port-map is a documented flag, with the tunnel example.
	if code != ExitOK || !strings.Contains(out, "Examples:") || !strings.Contains(out, "--fail-on") || !strings.Contains(out, "--port-map 25=127.0.0.1:2525") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
}

// On a terminal: colors and panels on stdout, a progress line on stderr.
func TestProbeTerminalOutput(t *testing.T) {
	t.Parallel()
	e := newProbeEnv(t, true)
	ios, out, errOut := TestIO("")
	ios.OutTTY, ios.ErrTTY = true, true
	code := run(context.Background(), append(append([]string{"probe"}, e.args...), "example.test"), ios)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out.String(), "\x1b[") || !strings.Contains(out.String(), "╭") {
		t.Errorf("no color or panel border on a terminal:\n%s", out)
	}
	if !strings.Contains(errOut.String(), "probing ") || !strings.HasSuffix(errOut.String(), "\r\x1b[K") {
		t.Errorf("progress line not drawn and cleared on stderr: %q", errOut)
	}
	// --no-color keeps the progress but drops colors.
	ios, out, _ = TestIO("")
	ios.OutTTY = true
	run(context.Background(), append(append([]string{"probe", "--no-color"}, e.args...), "example.test"), ios)
	if strings.Contains(out.String(), "\x1b[") {
		t.Error("--no-color output has escape codes")
	}
}

// An address target is named once, by its heading: its panel has no title
// line repeating the address. A host target's panel still names the host
// with its addresses.
func TestProbeAddressTargetNamedOnce(t *testing.T) {
	t.Parallel()
	e := newProbeEnv(t, true)
	out, errOut, code := e.run(t, "", "127.0.0.1:25")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q\n%s", code, errOut, out)
	}
	lines := strings.Split(out, "\n")
	if len(lines) < 3 || lines[0] != "127.0.0.1:25" || !strings.HasPrefix(lines[1], "PORT ") || !strings.HasPrefix(lines[2], "25 ") {
		t.Errorf("address target output:\n%s", out)
	}
	out, _, _ = e.run(t, "", "mx1.example.test:25")
	lines = strings.Split(out, "\n")
	if len(lines) < 3 || lines[0] != "mx1.example.test:25" || lines[1] != "mx1.example.test  127.0.0.1" || !strings.HasPrefix(lines[2], "PORT ") {
		t.Errorf("host target output:\n%s", out)
	}
	// Several address targets: each heading, then its table.
	out, _, _ = e.run(t, "", "127.0.0.1:25", "127.0.0.1:587")
	if strings.Count(out, "127.0.0.1:25\nPORT ") != 1 || strings.Count(out, "127.0.0.1:587\nPORT ") != 1 {
		t.Errorf("two address targets:\n%s", out)
	}
}
