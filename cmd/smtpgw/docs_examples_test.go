package main

import (
	"context"
	"crypto/tls"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/check/checktest"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testpki"
	"github.com/smtpgw/smtpgw/resolver"
)

// docsWorld is the test network the examples of docs/probe.md run
// against: example.test (MX mx1.example.test, 127.0.0.1, healthy on 25, 587
// and 465), broken.example (its MX a CNAME to mx1, so the certificate does
// not name it) and null.test (null MX). Its servers listen on port 0; the
// commands reach them through GlobalOptions.world, not through flags.
func docsWorld(t *testing.T) *netWorld {
	t.Helper()
	ca := testpki.NewCA(t)
	leaf := ca.Leaf(t, "mx1.example.test")
	dns := testdns.Start(t,
		"example.test. 300 IN MX 10 mx1.example.test.",
		"mx1.example.test. 300 IN A 127.0.0.1",
		"broken.example. 300 IN MX 10 mail.broken.example.",
		"mail.broken.example. 300 IN CNAME mx1.example.test.",
		"null.test. 300 IN MX 0 .",
	)
	p25 := startProbeServer(t, &leaf, false, false)
	p587 := startProbeServer(t, &leaf, true, false)
	p465 := startProbeServer(t, &leaf, true, true)
	w := &netWorld{resolver: resolver.New(dns.Addr).EnableCache(), roots: ca.Pool,
		portMap: map[int]string{25: ":" + strconv.Itoa(p25), 587: ":" + strconv.Itoa(p587), 465: ":" + strconv.Itoa(p465)}}
	// the address dialled is shown as the port the example names
	shownAddrs[w] = map[string]string{}
	for logical, p := range map[int]int{25: p25, 587: p587, 465: p465} {
		shownAddrs[w]["127.0.0.1:"+strconv.Itoa(p)] = "127.0.0.1:" + strconv.Itoa(logical)
	}
	return w
}

// volatile are the parts of captured output that change from run to run:
// times, certificate dates and fingerprints (the test CA is new each run).
var volatile = regexp.MustCompile(`from 127\.0\.0\.1:\d+|"message_id": "[^"]*"|"\w*_ms": [0-9.]+|T\d{2}:\d{2}:\d{2}(\.\d+)?Z|"serial": "[0-9A-Fa-f]+"|(<|&lt;|\\u003c)0\.1ms|\d+(\.\d+)?ms|\d+ ms|\d{4}-\d{2}-\d{2}|[0-9a-f]{40,}`)

// comparable is out with the volatile parts replaced and runs of spaces
// (table columns that widen with a time) made one.
func comparable(out string) string {
	return spaces.ReplaceAllString(volatile.ReplaceAllString(out, "#"), " ")
}

var spaces = regexp.MustCompile(` +`)

var (
	worldTag = regexp.MustCompile(`^<!-- world: (\S+) -->`)
	fileTag  = regexp.MustCompile(`^<!-- file: (\S+)(?: lines (\d+)-(\d+))? -->`)
)

// fileExcerpt is the file a command wrote, whole or lines first to last.
func fileExcerpt(t *testing.T, path, first, last string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("the block's file: %v (no command before it wrote it)", err)
	}
	if first == "" {
		return string(b)
	}
	ls := strings.SplitAfter(string(b), "\n")
	a, _ := strconv.Atoi(first)
	z, _ := strconv.Atoi(last)
	if a < 1 || z < a || z > len(ls) {
		t.Fatalf("%s has %d lines: lines %d-%d do not fit", path, len(ls), a, z)
	}
	return strings.Join(ls[a-1:z], "")
}

// TestDocsExamples runs the ```console examples of docs/probe.md (against
// docsWorld) and docs/check.md (against checktest worlds), as written (no hidden flag, no temporary path), and compares
// the output, times and certificate dates aside. "$ echo $?" shows the
// previous command's exit status. Regenerate with
//
//	go test ./cmd/smtpgw -run TestDocsExamples -update-docs
func TestDocsExamples(t *testing.T) {
	pw := docsWorld(t)
	checkDocs(t, "../../docs/probe.md", func([]string, string) *netWorld { return pw })
	checkDocs(t, "../../docs/explain.md", func([]string, string) *netWorld { return nil }) // offline
	dw := &netWorld{resolver: resolver.New(dmarcZones(t).Addr).EnableCache()}
	checkDocs(t, "../../docs/dmarc.md", func([]string, string) *netWorld { return dw })
	spfw := &netWorld{resolver: resolver.New(testdns.Start(t,
		`shop.example. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 -all exp=why._spf.shop.example"`,
		`why._spf.shop.example. 300 IN TXT "%{i} is not one of %{d}'s mail servers; see https://%{d}/spf?s=%{S}"`,
		`broken.example. 300 IN TXT "v=spf1 ip4:192.0.2.0/24 ipv4:198.51.100.1 -all"`,
	).Addr).EnableCache()}
	checkDocs(t, "../../docs/spf.md", func([]string, string) *netWorld { return spfw })
	// the domains of docs/check.md's SPF, DMARC, DKIM and TLS-RPT example,
	// with the provider include chains of spf's tests
	checkSPF := &netWorld{resolver: resolver.New(testdns.Start(t, append(testdns.SPFProviderChains(),
		`_dmarc.broken.test. 300 IN TXT "v=DMARC1; p=reject; p=none; rua=dmarc@broken.test"`,
		`_dmarc.example.test. 300 IN TXT "v=DMARC1; p=quarantine; pct=50; rua=mailto:dmarc@example.test,mailto:reports@vendor.test"`,
		`_smtp._tls.broken.test. 300 IN TXT "v=TLSRPTv1; rua=http://reports.broken.test/tlsrpt"`,
		`_smtp._tls.example.test. 300 IN TXT "v=TLSRPTv1; rua=mailto:tlsrpt@example.test"`,
		`broken.test. 300 IN MX 0 .`,
		`broken.test. 300 IN TXT "v=spf1 ip4:192.0.2.0/33 ipv4:198.51.100.1 a:mail.broken.test +all"`,
		`example.test. 300 IN MX 0 .`,
		`example.test. 300 IN TXT "google-site-verification=abc123"`,
		`example.test. 300 IN TXT "v=spf1 a:mail.example.test include:_spf.google.test include:spf.protection.outlook.test include:sendgrid.test include:mail.zendesk.test include:servers.mcsv.test ~all"`,
		`mail.example.test. 300 IN A 192.0.2.25`,
		`old._domainkey.broken.test. 300 IN TXT "v=DKIM1; k=rsa; p="`,
		`s1._domainkey.example.test. 300 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoQ0s5uf71/E9H42NMK3guZ/Qgej/OlMSmLv4U/Sk8tlWRfNDtXGOViQnCrQZEHSqhu/ea8eLLb14BLhPWbCRg2jBdB880O//AW88e4q6fbR66Sab3Nkcfhovior6V2eGBqHmUUeYwiGmAK9KLPtBoOeToUZ38R3II8eU3dJiOJANAK5XhG1FuX8fxMI/YFk9b" "So3ahGXQ2PoafEBQKw7cvUENh+mhvRUm7fFD/rmiiCPoVWW0Tb5DEdBg2pFrcCmI2uWRiFDEv/uq0O7Q6tCChbxlf1GyHmUbmZBdZdkhuN2ZLhaKxWIPBm7ThfbDnqPK8Z3hoN7n3aN0pffQwTopwIDAQAB"`,
		`s2._domainkey.example.test. 300 IN TXT "v=DKIM1; k=rsa; t=y; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQD3S4pVDuynRfhG31QvrL6NhD76izgNqqZWLNKrw9N9yXpwPm2lY+R0NlhI8F6hgQQDVXiPYa0za8x1i7Yuv5Ib+aRQxdM/79+e3xof5XEbQbkIi65YTiLKKd4HWVHE0CnvFqimFA4zN/uVoujemeyFqFhGvAroxISzkCzbel5w3wIDAQAB"`,
	)...).Addr).EnableCache()}
	sw := sendWorld(t)
	checkDocs(t, "../../docs/send.md", func([]string, string) *netWorld { return sw })
	shop, legacy := checkWorld(t, checktest.Healthy("shop.example")), checkWorld(t, legacyExample)
	unbound, nsd := realDNSWorld(t, "unbound", "127.0.0.1:53"), realDNSWorld(t, "nsd", "192.0.2.53:53")
	checkDocs(t, "../../docs/check.md", func(args []string, tag string) *netWorld {
		switch {
		case tag == "unbound":
			return unbound
		case tag == "nsd":
			return nsd
		case tag == "records":
			return checkSPF
		case slices.Contains(args, "legacy.example"):
			return legacy
		}
		return shop
	})
}

// realDNSWorld is the lab of testdata/real/dns replayed: the answers a real
// validating resolver (set "unbound") or a real authoritative server
// ("nsd") gave, as the system resolver, and the lab's MX on port 25 with
// its self-signed certificate (the one the TLSA record describes). The
// MTA-STS policy host is not running (port 1 refuses). The replaying
// server listens on a port of its own; output shows it as shown (the
// address of the resolver that answered in the lab: a local Unbound on
// 127.0.0.1:53, NSD on 192.0.2.53:53), so the examples read as they do
// on a machine whose /etc/resolv.conf names that server.
// labNow is the clock of the lab's examples: a day within the validity of
// its certificate (2026-11-28 to 2026-12-28), the one check's real-lab
// tests use, so the examples' certificate days do not change with the date
// they run on.
func labNow() time.Time { return time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC) }

func realDNSWorld(t *testing.T, set, shown string) *netWorld {
	t.Helper()
	srv := testdns.Start(t)
	srv.LoadReplay(t, "../../testdata/real/dns/"+set)
	cert, err := tls.LoadX509KeyPair("../../testdata/real/dns/mx.example.test.crt", "../../testdata/real/dns/mx.example.test.key")
	if err != nil {
		t.Fatal(err)
	}
	port := checktest.StartSMTP(t, &cert)
	w := &netWorld{resolver: resolver.New(srv.Addr).EnableCache(), portMap: map[int]string{25: ":" + strconv.Itoa(port), 443: ":1"}, now: labNow}
	shownAddrs[w] = map[string]string{srv.Addr: shown}
	return w
}

// showAddrs replaces each test server address of shown in out, in both
// the forms the output uses: HOST:PORT, and "@HOST -p PORT" of the dig and
// delv command lines (just "@HOST" for port 53, as smtpgw writes it).
func showAddrs(out string, shown map[string]string) string {
	at := func(addr string) string {
		h, p, _ := net.SplitHostPort(addr)
		if p == "53" {
			return "@" + h
		}
		return "@" + h + " -p " + p
	}
	for addr, show := range shown {
		out = strings.ReplaceAll(out, at(addr), at(show))
		out = strings.ReplaceAll(out, addr, show)
		// and the port alone, as a JSON document gives it
		_, p, _ := net.SplitHostPort(addr)
		_, sp, _ := net.SplitHostPort(show)
		out = strings.ReplaceAll(out, `"port": `+p+",", `"port": `+sp+",")
		out = strings.ReplaceAll(out, `"port": `+p+"\n", `"port": `+sp+"\n")
	}
	return out
}

// dmarcZones serves the zones of docs/dmarc.md's examples: a public
// suffix domain with psd=y and a shop under it, example.test with a record
// in testing mode that still carries the removed pct=, a name ten labels
// deep under it, and a department that declares itself an organizational
// domain (psd=n) and sends reports to example.test without its consent.
func dmarcZones(t *testing.T) *testdns.Server {
	t.Helper()
	return testdns.Start(t,
		`_dmarc.psd.example. 300 IN TXT "v=DMARC1; p=reject; sp=quarantine; np=reject; psd=y"`,
		"shop.psd.example. 300 IN MX 10 mx.shop.psd.example.",
		"mx.shop.psd.example. 300 IN A 192.0.2.10",
		`_dmarc.example.test. 300 IN TXT "v=DMARC1; P=Reject; t=y; pct=50; np=reject; rua=mailto:dmarc@example.test,mailto:dmarc@reports.example"`,
		`example.test._report._dmarc.reports.example. 300 IN TXT "v=DMARC1"`,
		"example.test. 300 IN MX 10 mx.example.test.",
		"mx.example.test. 300 IN A 192.0.2.11",
		"a.b.c.d.e.f.g.h.example.test. 300 IN A 192.0.2.1",
		`_dmarc.dept.example.test. 300 IN TXT "v=DMARC1; p=none; psd=n; rua=mailto:dmarc@example.test"`,
		"mail.dept.example.test. 300 IN A 192.0.2.2",
	)
}

// sendWorld stands in for the servers of docs/send.md: a relay without
// TLS on 127.0.0.1:2525 that refuses nobody@ (550 5.1.1), and a
// submission server with STARTTLS (a certificate from a test CA) on
// 127.0.0.1:2587. The examples name those addresses; the test servers
// listen on ports of their own, put in place of the named ones in the
// command and shown as them in the output.
func sendWorld(t *testing.T) *netWorld {
	t.Helper()
	ca := testpki.NewCA(t)
	cert := ca.Leaf(t, "127.0.0.1")
	relay := startSink(t, &sink{rcpt: rejectNobody}, nil)
	submit := startSink(t, &sink{}, &cert)
	w := &netWorld{roots: ca.Pool}
	shownAddrs[w] = map[string]string{
		"127.0.0.1:" + strconv.Itoa(relay):  "127.0.0.1:2525",
		"127.0.0.1:" + strconv.Itoa(submit): "127.0.0.1:2587",
	}
	namedAddrs[w] = map[string]string{}
	for real, shown := range shownAddrs[w] {
		namedAddrs[w][shown] = real
	}
	return w
}

// namedAddrs gives, for a command-line argument that is an address an
// example names, the test server's address to use instead (sendWorld).
var namedAddrs = map[*netWorld]map[string]string{}

// shownAddrs replaces, in the captured output of a world, a test server's
// address by the one the example shows (TestDocsExamples only, not parallel).
var shownAddrs = map[*netWorld]map[string]string{}

// legacyExample is docs/check.md's domain with problems: a TLSA record left
// over from the previous key, an MX host missing from the MTA-STS policy,
// p=none and no PTR.
var legacyExample = checktest.Spec{
	Domain: "legacy.example", STARTTLS: true, Signed: true, TLSA: "mismatch",
	Policy: "version: STSv1\nmode: enforce\nmx: mail.legacy.example\nmax_age: 86400\n",
	DMARC:  "v=DMARC1; p=none",
	PTR:    "-",
}

// checkWorld is a checktest world as the commands see it.
func checkWorld(t *testing.T, s checktest.Spec) *netWorld {
	w := checktest.New(t, s)
	pm := map[int]string{25: ":" + strconv.Itoa(w.SMTPPort)}
	if w.PolicyPort != 0 {
		pm[443] = ":" + strconv.Itoa(w.PolicyPort)
	}
	return &netWorld{resolver: resolver.New(w.DNS.Addr).EnableCache(), roots: w.CA.Pool, portMap: pm}
}

// checkDocs runs the console examples of file, each command against the
// world world(args, tag) picks; tag is NAME of a "<!-- world: NAME -->"
// line before the block (the prose around it says which server answers).
func checkDocs(t *testing.T, file string, world func(args []string, tag string) *netWorld) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	var out []string
	n, code := 0, 0
	tag := ""
	// the commands run in a scratch directory: what they write with
	// --output is shown by the blocks after a "<!-- file: NAME -->" line
	scratch := t.TempDir()
	// the repository's testdata as seen from the scratch directory, for
	// the examples that read a sample ("--bounce testdata/...", "< testdata/...")
	if abs, err := filepath.Abs("../../testdata"); err != nil || os.Symlink(abs, filepath.Join(scratch, "testdata")) != nil {
		t.Fatalf("testdata link: %v", err)
	}
	var fileWant []string // NAME [FIRST LAST] of the next block, from its marker
	for i := 0; i < len(lines); i++ {
		out = append(out, lines[i])
		if m := worldTag.FindStringSubmatch(lines[i]); m != nil {
			tag = m[1]
		}
		if m := fileTag.FindStringSubmatch(lines[i]); m != nil {
			fileWant = m[1:]
		}
		if fileWant != nil && strings.HasPrefix(lines[i], "```") {
			var want strings.Builder
			for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "```" {
				i++
				want.WriteString(lines[i])
			}
			got := fileExcerpt(t, filepath.Join(scratch, fileWant[0]), fileWant[1], fileWant[2])
			switch {
			case *updateDocs && comparable(got) != comparable(want.String()):
				out = append(out, got)
			case *updateDocs:
				out = append(out, want.String())
			default:
				out = append(out, want.String())
				if comparable(got) != comparable(want.String()) {
					t.Errorf("%s: %s (lines %s-%s) changed; regenerate with go test ./cmd/smtpgw -run TestDocsExamples -update-docs\n--- doc\n%s--- now\n%s", file, fileWant[0], fileWant[1], fileWant[2], want.String(), got)
				}
			}
			fileWant = nil
			continue
		}
		if strings.TrimSpace(lines[i]) != "```console" {
			continue
		}
		blockTag := tag
		tag = ""
		for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "```" {
			i++
			cmdLine := strings.TrimSpace(lines[i])
			out = append(out, lines[i])
			var want strings.Builder
			for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "```" && !strings.HasPrefix(lines[i+1], "$ ") {
				i++
				want.WriteString(lines[i])
			}
			var got string
			switch {
			case cmdLine == "$ echo $?":
				got = strconv.Itoa(code) + "\n"
			case strings.HasPrefix(cmdLine, "$ smtpgw "):
				args, err := shellWords(strings.TrimPrefix(cmdLine, "$ smtpgw "))
				if err != nil {
					t.Fatal(err)
				}
				redirect := "" // "> FILE": standard output goes to FILE in the scratch directory
				if k := slices.Index(args, ">"); k >= 0 && k == len(args)-2 {
					redirect, args = args[k+1], args[:k]
				}
				stdin := "" // "< FILE": standard input read from FILE
				if k := slices.Index(args, "<"); k >= 0 && k+1 < len(args) {
					b, err := os.ReadFile(filepath.Join(scratch, args[k+1]))
					if err != nil {
						t.Fatal(err)
					}
					stdin, args = string(b), append(args[:k:k], args[k+2:]...)
				}
				ios, o, e := TestIO(stdin)
				root, g := NewRootCmd(ios)
				w := world(args, blockTag)
				g.world = w
				for k := range args { // an address the example names: the test server's
					if real, ok := namedAddrs[w][args[k]]; ok {
						args[k] = real
					}
				}
				root.SetArgs(args)
				back, _ := os.Getwd()
				if err := os.Chdir(scratch); err != nil { // TestDocsExamples is not parallel
					t.Fatal(err)
				}
				err = root.ExecuteContext(context.Background())
				if cerr := os.Chdir(back); cerr != nil {
					t.Fatal(cerr)
				}
				if err != nil {
					code = exitCode(err)
					if _, ok := err.(*ExitError); !ok {
						e.WriteString("smtpgw: " + sentence(err.Error()) + "\n")
					}
				} else {
					code = 0
				}
				got = o.String() + e.String()
				if redirect != "" {
					if err := os.WriteFile(filepath.Join(scratch, redirect), []byte(showAddrs(o.String(), shownAddrs[w])), 0o644); err != nil {
						t.Fatal(err)
					}
					got = e.String()
				}
				got = showAddrs(got, shownAddrs[w])
			default:
				t.Fatalf("%s: %q in a console block: only '$ smtpgw' commands and '$ echo $?' run as written", file, cmdLine)
			}
			n++
			if *updateDocs {
				if comparable(got) == comparable(want.String()) {
					got = want.String() // only times or dates moved: keep the page as it is
				}
				out = append(out, got)
				continue
			}
			out = append(out, want.String())
			if comparable(got) != comparable(want.String()) {
				t.Errorf("%s: the output of %q changed; regenerate with go test ./cmd/smtpgw -run TestDocsExamples -update-docs\n--- doc\n%s--- now\n%s", file, cmdLine, want.String(), got)
			}
		}
	}
	if n == 0 {
		t.Errorf("%s has no console example", file)
	}
	if *updateDocs {
		if err := os.WriteFile(file, []byte(strings.Join(out, "")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
