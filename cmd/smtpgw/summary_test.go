package main

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/summary"
)

var summaryLogs = []string{"../../testdata/summary/postfix.log", "../../testdata/summary/exim.log", "../../testdata/summary/sendmail.log"}

func TestSummaryLogs(t *testing.T) {
	out, errOut, code := runCLI(t, "", append([]string{"explain", "--summary"}, summaryLogs...)...)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{
		"8 delivery failures (5 permanent, 3 temporary)",
		"1 repeated deferral", // the second deferral of 7C1F23A0B4 to max@
		"read 3 inputs, 21 lines",
		"2 delivered",
		"USER-UNKNOWN  3 failures (38%) · 3 permanent",
		"gmail.example (Gmail)  2 failures · 2 permanent",
		"kim@gmail.example, pat@gmail.example",
		"GREYLISTED  1 failure (12%) · 1 temporary", // one message deferred twice counts once
		"recipient  max@corp.example",
		"seen       Mar 3 09:14:04",
		"shop.example  1 failure",   // Exim ** line
		"yahoo.example (Yahoo/AOL)", // Exim == line
		"bank.example  1 failure",   // Sendmail stat= line
		"fix        1. Check the recipient address for typos",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	// most costly first: categories by failures
	if i, j := strings.Index(out, "USER-UNKNOWN"), strings.Index(out, "POLICY"); i < 0 || j < i {
		t.Errorf("user-unknown (3) must come before policy (1):\n%s", out)
	}
	// the remediation is given once per group, not once per failure
	if n := strings.Count(out, "Check the recipient address for typos, in the local part"); n != 2 {
		t.Errorf("user-unknown remediation printed %d times, want once per group (2)", n)
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 80 && strings.Contains(l, " ") && !strings.Contains(l, "http") {
			t.Errorf("line wider than the 80-column default: %q", l)
		}
	}
}

func TestSummaryStdinAndGzip(t *testing.T) {
	plain, _, code := runCLI(t, "", "explain", "--summary", summaryLogs[0])
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	raw, err := os.ReadFile(summaryLogs[0])
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(raw)
	zw.Close()
	dir := t.TempDir()
	// the name says nothing: gzip is recognised by its magic bytes
	p := filepath.Join(dir, "mail.log.1")
	if err := os.WriteFile(p, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	fromGz, _, code := runCLI(t, "", "explain", "--summary", p)
	if code != 0 {
		t.Fatalf("gzip file: exit %d", code)
	}
	fromStdin, _, code := runCLI(t, gz.String(), "explain", "--summary")
	if code != 0 {
		t.Fatalf("gzip stdin: exit %d", code)
	}
	fromDash, _, code := runCLI(t, string(raw), "explain", "--summary", "-")
	if code != 0 {
		t.Fatalf("stdin: exit %d", code)
	}
	for name, got := range map[string]string{"gzip file": fromGz, "gzip stdin": fromStdin, "plain stdin": fromDash} {
		if body(got) != body(plain) {
			t.Errorf("%s summary differs from the plain file's:\n%s\n---\n%s", name, got, plain)
		}
	}
	// a damaged gzip file is named, the rest summarised, exit 1
	bad := filepath.Join(dir, "mail.log.2.gz")
	os.WriteFile(bad, gz.Bytes()[:gz.Len()/2], 0o644)
	out, errOut, code := runCLI(t, "", "explain", "--summary", summaryLogs[2], bad)
	if code != 1 || !strings.Contains(out, "NOT SUMMARISED") || !strings.Contains(out, bad+": read stopped") || !strings.Contains(errOut, "1 of 2 inputs") {
		t.Errorf("damaged gzip: exit %d, out:\n%s\nstderr %q", code, out, errOut)
	}
	if !strings.Contains(out, "bank.example") {
		t.Errorf("the readable log must still be summarised:\n%s", out)
	}
}

// body drops the "read ..." line, which names sizes that differ with the input's form.
func body(s string) string {
	return regexp.MustCompile(`(?m)^read .*\n`).ReplaceAllString(s, "")
}

func TestSummaryJSONAndCSV(t *testing.T) {
	out, _, code := runCLI(t, "", append([]string{"explain", "--summary", "--json"}, summaryLogs...)...)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var rep summary.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("--json is not one JSON document: %v\n%s", err, out)
	}
	// the greylisted message to max@corp.example is deferred twice (one queue id): counted once
	if rep.Totals.Failures != 8 || rep.Totals.Temporary != 3 || rep.Totals.Permanent != 5 || rep.Totals.Delivered != 2 || rep.Totals.RepeatedDeferrals != 1 {
		t.Errorf("totals %+v", rep.Totals)
	}
	if len(rep.Categories) == 0 || rep.Categories[0].Category != "user-unknown" || rep.Categories[0].Groups[0].Domain != "gmail.example" {
		t.Fatalf("first category/group: %+v", rep.Categories)
	}
	g := rep.Categories[0].Groups[0]
	if g.Failures != 2 || g.DistinctRecipients != 2 || g.Enhanced != "5.1.1" || len(g.Remediation) == 0 || g.FirstSeen != "Mar  3 09:14:03" || g.LastSeen != "Mar  3 09:31:02" {
		t.Errorf("gmail group: %+v", g)
	}

	for _, args := range [][]string{{"--csv"}, {"--format", "csv"}} {
		out, _, code = runCLI(t, "", append(append([]string{"explain", "--summary"}, args...), summaryLogs...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d", args, code)
		}
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatalf("%v: not CSV: %v", args, err)
		}
		groups := 0
		for _, c := range rep.Categories {
			groups += len(c.Groups)
		}
		if len(rows) != groups+1 || rows[0][0] != "category" || rows[1][0] != "user-unknown" || rows[1][1] != "gmail.example" || rows[1][3] != "2" {
			t.Errorf("%v: %d rows, want %d groups + header: %q", args, len(rows), groups, rows)
		}
	}
}

// writeBounceDir copies the project's sample bounces into a new directory.
func sampleBounces(t *testing.T) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob("../../testdata/bounces/*/*.eml")
	if err != nil || len(files) < 3 {
		t.Fatalf("sample bounces: %v %v", files, err)
	}
	m := map[string][]byte{}
	for _, f := range files {
		// only the bounces (a .want says "kind bounce"), not the other kinds of message
		if w, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".want"); err != nil || !strings.Contains(string(w), "kind bounce\n") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m[filepath.Base(filepath.Dir(f))+"-"+filepath.Base(f)] = b
	}
	return m
}

func TestSummaryBounceDirMboxMaildir(t *testing.T) {
	msgs := sampleBounces(t)
	notBounce := []byte("From: ann@app.example\r\nTo: bob@app.example\r\nSubject: lunch?\r\nDate: Tue, 03 Mar 2026 12:00:00 +0000\r\n\r\nFrom now on we meet at noon.\r\n")

	// a directory of files, with one that is no bounce
	dir := t.TempDir()
	for name, b := range msgs {
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "lunch.eml"), notBounce, 0o644)
	fromDir, errOut, code := runCLI(t, "", "explain", "--bounce", dir)
	if code != 0 {
		t.Fatalf("--bounce DIR: exit %d %s", code, errOut)
	}
	if !strings.Contains(fromDir, "lunch.eml: not a bounce") || !strings.Contains(fromDir, "NOT SUMMARISED") {
		t.Errorf("the message that is not a bounce must be named:\n%s", fromDir)
	}
	want := wantFailures(t, fromDir)
	if want < len(msgs) {
		t.Fatalf("%d failures from %d bounces:\n%s", want, len(msgs), fromDir)
	}

	// the same messages as an mbox (mboxrd: ">From " quoting), plain and gzip
	var mbox bytes.Buffer
	for _, name := range sortedKeys(msgs) {
		mbox.WriteString("From MAILER-DAEMON Tue Mar  3 12:00:00 2026\n")
		for _, l := range strings.SplitAfter(string(msgs[name]), "\n") {
			if strings.HasPrefix(strings.TrimLeft(l, ">"), "From ") {
				mbox.WriteString(">")
			}
			mbox.WriteString(l)
		}
		mbox.WriteString("\n")
	}
	mbox.WriteString("From ann@app.example Tue Mar  3 12:00:00 2026\n")
	mbox.Write(bytes.ReplaceAll(notBounce, []byte("\r\nFrom now"), []byte("\r\n>From now")))
	mp := filepath.Join(t.TempDir(), "bounces.mbox")
	os.WriteFile(mp, mbox.Bytes(), 0o644)
	fromMbox, _, code := runCLI(t, "", "explain", "--bounce", mp)
	if code != 0 || wantFailures(t, fromMbox) != want {
		t.Errorf("mbox: exit %d, %d failures want %d:\n%s", code, wantFailures(t, fromMbox), want, fromMbox)
	}
	n := len(msgs) + 1
	if !strings.Contains(fromMbox, fmt.Sprintf("read 1 input, %d messages", n)) || !strings.Contains(fromMbox, fmt.Sprintf("bounces.mbox message %d", n)) {
		t.Errorf("mbox: want %d messages, the last one named:\n%s", n, fromMbox)
	}
	fromStdin, _, code := runCLI(t, mbox.String(), "explain", "--bounce", "-")
	if code != 0 || wantFailures(t, fromStdin) != want {
		t.Errorf("mbox on stdin: exit %d:\n%s", code, fromStdin)
	}

	// a Maildir: cur/ and new/ are read; tmp/ and Dovecot's files are not messages
	md := t.TempDir()
	for _, sub := range []string{"cur", "new", "tmp"} {
		os.Mkdir(filepath.Join(md, sub), 0o755)
	}
	i := 0
	for _, name := range sortedKeys(msgs) {
		sub := "cur"
		if i%2 == 1 {
			sub = "new"
		}
		os.WriteFile(filepath.Join(md, sub, name+":2,S"), msgs[name], 0o644)
		i++
	}
	os.WriteFile(filepath.Join(md, "tmp", "1709470000.M1P2.host"), []byte("Subject: half-delivered\r\n"), 0o644)
	os.WriteFile(filepath.Join(md, "dovecot-uidlist"), []byte("3 V1709470000 N6\n"), 0o644)
	fromMaildir, _, code := runCLI(t, "", "explain", "--bounce", md)
	if code != 0 || wantFailures(t, fromMaildir) != want {
		t.Errorf("Maildir: exit %d:\n%s", code, fromMaildir)
	}
	if !strings.Contains(fromMaildir, fmt.Sprintf("read %d inputs, %d messages", len(msgs), len(msgs))) || !strings.Contains(fromMaildir, "2 Maildir control files (not messages) skipped") {
		t.Errorf("Maildir: want the 5 messages read and the 2 other files counted:\n%s", fromMaildir)
	}

	// one gzip-compressed bounce is decompressed and summarised
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(msgs[sortedKeys(msgs)[0]])
	zw.Close()
	gzPath := filepath.Join(t.TempDir(), "bounce.eml.gz")
	os.WriteFile(gzPath, gz.Bytes(), 0o644)
	fromGz, gzErr, code := runCLI(t, "", "explain", "--bounce", gzPath)
	if code != 0 || wantFailures(t, fromGz) == 0 || !strings.Contains(fromGz, "read 1 input, 1 message") {
		t.Errorf("gzip bounce: exit %d %s:\n%s", code, gzErr, fromGz)
	}

	// several files
	names := sortedKeys(msgs)
	args := []string{"explain", "--bounce", filepath.Join(dir, names[0])}
	for _, n := range names[1:] {
		args = append(args, filepath.Join(dir, n))
	}
	fromFiles, _, code := runCLI(t, "", args...)
	if code != 0 || wantFailures(t, fromFiles) != want {
		t.Errorf("several files: exit %d:\n%s", code, fromFiles)
	}

	// an unreadable input is named and the exit is 1
	os.Symlink(filepath.Join(dir, "gone.eml"), filepath.Join(dir, "zz-dangling.eml"))
	out, errOut, code := runCLI(t, "", "explain", "--bounce", dir, "--json")
	var rep summary.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("json: %v", err)
	}
	if code != 1 || rep.Totals.Unreadable != 1 || rep.Totals.NotBounces != 1 || rep.Totals.Problems != 2 || !strings.Contains(errOut, "could not be read") {
		t.Errorf("dangling link: exit %d, totals %+v, stderr %q", code, rep.Totals, errOut)
	}
}

func sortedKeys(m map[string][]byte) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}

func wantFailures(t *testing.T, out string) int {
	t.Helper()
	m := regexp.MustCompile(`^(\d+) delivery failures?`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no headline:\n%s", out)
	}
	n := 0
	for _, c := range m[1] {
		n = n*10 + int(c-'0')
	}
	return n
}

func TestSummaryUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"explain", "--csv", "550 5.1.1 User unknown"}, "--csv is for summaries"},
		{[]string{"explain", "--summary", "--format", "xml", summaryLogs[0]}, `--format "xml"`},
		{[]string{"explain", "--summary", "--json", "--csv", summaryLogs[0]}, "choose one output format"},
		{[]string{"explain", "--summary", "--top", "0", summaryLogs[0]}, "--top 0"},
		{[]string{"explain", "--summary", "/nonexistent.test/mail.log"}, "nothing could be read: /nonexistent.test/mail.log: no such file"},
	} {
		_, errOut, code := runCLI(t, "", tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %q, want 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
	// --top and --all
	out, _, _ := runCLI(t, "", "explain", "--summary", "--top", "1", summaryLogs[0])
	if !strings.Contains(out, "kim@gmail.example, and 1 more (--all lists every one)") {
		t.Errorf("--top 1:\n%s", out)
	}
	out, _, _ = runCLI(t, "", "explain", "--summary", "--top", "1", "--all", summaryLogs[0])
	if !strings.Contains(out, "kim@gmail.example, pat@gmail.example\n") {
		t.Errorf("--all:\n%s", out)
	}
}
