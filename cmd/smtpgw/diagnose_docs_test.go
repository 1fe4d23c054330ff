package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testsmtp"
)

// TestDiagnoseDocs keeps the examples of docs/diagnose.md real: every
// block between "<!-- generated: NAME -->" and "<!-- end -->" is the output
// of the command it shows, run now against the loopback test world (the
// flags that point it there — --resolver, --port-map, --blocklist mirrors,
// --ca-file — are not shown). Elapsed milliseconds and
// the real port in a dial error are not compared. The
// test fails when an output changed; go test ./cmd/smtpgw -run
// TestDiagnoseDocs -update-docs rewrites the blocks.
func TestDiagnoseDocs(t *testing.T) {
	type example struct {
		pre   []string // global flags that point it at the test world
		shown []string // the command line shown, after "smtpgw"
		post  []string // command flags that point it at the test world
		stdin string
	}
	world := diagnoseWorld(t)
	test := func(dns *testdns.Server, port int) []string { return diagnoseArgs(dns, port)[5:] }
	global := func(dns *testdns.Server) []string { return []string{"--resolver", dns.Addr, "--timeout", "10s"} }
	examples := map[string]func(t *testing.T) example{
		"blocklisted": func(t *testing.T) example {
			port := testsmtp.StartRCPT(t, "554 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.99")
			return example{shown: []string{"diagnose", "bob@rcpt.test", "--from", "alice@sender.test", "--sending-ip", "192.0.2.99", "--helo", "mail.sender.test"},
				pre: global(world), post: test(world, port)}
		},
		"all-clear": func(t *testing.T) example {
			port := testsmtp.StartRCPT(t, "250 2.1.5 Ok")
			return example{shown: []string{"diagnose", "bob@rcpt.test", "--from", "alice@sender.test", "--sending-ip", "192.0.2.98", "--helo", "mail2.sender.test"},
				pre: global(world), post: test(world, port)}
		},
		"pasted": func(t *testing.T) example {
			return example{shown: []string{"diagnose", "550 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using zen.spamhaus.org"},
				pre: global(world), post: test(world, checktest.RefusedPort(t))}
		},
		"timed-out": func(t *testing.T) example {
			return example{shown: []string{"diagnose", "bob@rcpt.test", "--timeout", "3s"},
				pre: []string{"--resolver", world.Addr}, post: test(world, checktest.SilentPort(t))}
		},
		"mta-sts": func(t *testing.T) example {
			s := checktest.Healthy("sts.test")
			s.TLSA = ""
			s.Policy = "version: STSv1\nmode: enforce\nmx: mail.elsewhere.test\nmax_age: 604800\n"
			w := checktest.New(t, s)
			return example{shown: []string{"diagnose", "bob@sts.test", "--helo", "mail.sender.test"},
				pre:  []string{"--resolver", w.DNS.Addr, "--ca-file", w.CA.WriteCAFile(t), "--timeout", "10s"},
				post: []string{"--port-map", "25=:" + strconv.Itoa(w.SMTPPort), "--port-map", "443=:" + strconv.Itoa(w.PolicyPort)}}
		},
		"dkim": func(t *testing.T) example {
			dns := diagnoseWorld(t, `s1._domainkey.sender.test. 300 IN TXT "v=DKIM1; k=rsa; p="`)
			port := testsmtp.StartRCPT(t, "250 2.1.5 Ok")
			msg := filepath.Join(t.TempDir(), "report.eml")
			if err := os.WriteFile(msg, []byte("From: Alice <alice@sender.test>\r\nTo: bob@rcpt.test\r\nSubject: report\r\n"+
				"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sender.test; s=s1; h=from:to:subject;\r\n"+
				"\tbh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==\r\n\r\nHello Bob\r\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			return example{shown: []string{"diagnose", "bob@rcpt.test", "--from", "alice@sender.test", "--sending-ip", "198.51.100.7", "--message", "report.eml"},
				pre: global(dns), post: append(test(dns, port), "--message", msg)}
		},
	}
	t.Chdir("../..")
	const path = "docs/diagnose.md"
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile("(?s)(<!-- generated: ([a-z-]+) -->\n)(.*?)(<!-- end -->)")
	// Elapsed milliseconds and the real port a dial error names vary.
	mask := func(s string) string {
		s = regexp.MustCompile(`, \d+ ms\n`).ReplaceAllString(s, ", N ms\n")
		return regexp.MustCompile(`dial tcp 127\.0\.0\.1:\d+`).ReplaceAllString(s, "dial tcp 127.0.0.1:PORT")
	}
	seen := map[string]bool{}
	same := true
	got := block.ReplaceAllStringFunc(string(doc), func(m string) string {
		sm := block.FindStringSubmatch(m)
		name := sm[2]
		mk, ok := examples[name]
		if !ok {
			t.Errorf("%s: no example named %q", path, name)
			return m
		}
		seen[name] = true
		ex := mk(t)
		args := append([]string{}, ex.pre...)
		args = append(args, ex.shown...)
		if ex.shown[len(ex.shown)-1] == "report.eml" {
			args = args[:len(args)-2] // --message report.eml is in post, with its real path
		}
		args = append(args, ex.post...)
		out, errOut, _ := runCLI(t, ex.stdin, args...)
		if errOut != "" {
			t.Errorf("%s: stderr %q", name, errOut)
		}
		// the test MX listens on a port of its own; the reader's MX is on 25
		out = regexp.MustCompile(`dial tcp 127\.0\.0\.1:\d+`).ReplaceAllString(out, "dial tcp 127.0.0.1:25")
		if strings.Contains(out, os.TempDir()) {
			t.Errorf("%s: output names a temporary path", name)
		}
		var shown []string
		for _, a := range ex.shown {
			if strings.ContainsAny(a, " ;[]") {
				a = `"` + a + `"`
			}
			shown = append(shown, a)
		}
		fresh := sm[1] + "```console\n$ smtpgw " + strings.Join(shown, " ") + "\n" + out + "```\n" + sm[4]
		if mask(fresh) != mask(m) {
			same = false
			return fresh
		}
		return m
	})
	for name := range examples {
		if !seen[name] {
			t.Errorf("%s has no block <!-- generated: %s -->", path, name)
		}
	}
	if same {
		return
	}
	if *updateDocs {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("%s is out of date (a diagnosis's output changed); regenerate with: go test ./cmd/smtpgw -run TestDiagnoseDocs -update-docs", path)
}
