package main

import (
	"context"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

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
	return &netWorld{resolver: resolver.New(dns.Addr).EnableCache(), roots: ca.Pool,
		portMap: map[int]string{25: ":" + strconv.Itoa(p25), 587: ":" + strconv.Itoa(p587), 465: ":" + strconv.Itoa(p465)}}
}

// volatile are the parts of captured output that change from run to run:
// times, certificate dates and fingerprints (the test CA is new each run).
var volatile = regexp.MustCompile(`<0\.1ms|\d+(\.\d+)?ms|\d+ ms|\d{4}-\d{2}-\d{2}|[0-9a-f]{40,}`)

// comparable is out with the volatile parts replaced and runs of spaces
// (table columns that widen with a time) made one.
func comparable(out string) string {
	return spaces.ReplaceAllString(volatile.ReplaceAllString(out, "#"), " ")
}

var spaces = regexp.MustCompile(` +`)

// TestDocsExamples runs the ```console examples of docs/probe.md (against
// docsWorld) and docs/check.md (against checktest worlds), as written (no hidden flag, no temporary path), and compares
// the output, times and certificate dates aside. "$ echo $?" shows the
// previous command's exit status. Regenerate with
//
//	go test ./cmd/smtpgw -run TestDocsExamples -update-docs
func TestDocsExamples(t *testing.T) {
	pw := docsWorld(t)
	checkDocs(t, "../../docs/probe.md", func([]string) *netWorld { return pw })
	shop, legacy := checkWorld(t, checktest.Healthy("shop.example")), checkWorld(t, legacyExample)
	checkDocs(t, "../../docs/check.md", func(args []string) *netWorld {
		if slices.Contains(args, "legacy.example") {
			return legacy
		}
		return shop
	})
}

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
	return &netWorld{resolver: resolver.New(w.DNS.Addr).EnableCache(), roots: w.CA.Pool,
		portMap: map[int]string{25: ":" + strconv.Itoa(w.SMTPPort)}, mtaSTS: w.PolicyPort}
}

// checkDocs runs the console examples of file, each command against the
// world world(args) picks.
func checkDocs(t *testing.T, file string, world func(args []string) *netWorld) {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	var out []string
	n, code := 0, 0
	for i := 0; i < len(lines); i++ {
		out = append(out, lines[i])
		if strings.TrimSpace(lines[i]) != "```console" {
			continue
		}
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
				ios, o, e := TestIO("")
				root, g := NewRootCmd(ios)
				g.world = world(args)
				root.SetArgs(args)
				if err := root.ExecuteContext(context.Background()); err != nil {
					code = exitCode(err)
					if _, ok := err.(*ExitError); !ok {
						e.WriteString("smtpgw: " + sentence(err.Error()) + "\n")
					}
				} else {
					code = 0
				}
				got = o.String() + e.String()
			default:
				t.Fatalf("%s: %q in a console block: only '$ smtpgw' commands and '$ echo $?' run as written", file, cmdLine)
			}
			n++
			if *updateDocs {
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
