package main

import (
	"context"
	"encoding/json"
	"github.com/smtpgw/smtpgw/internal/testio"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestExplainArgHuman(t *testing.T) {
	t.Parallel()
	raw, errOut, code := runCLI(t, "", "explain", "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in local recipient table")
	if code != 0 || errOut != "" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	for _, l := range strings.Split(raw, "\n") {
		if len([]rune(l)) > 78 {
			t.Errorf("line longer than 78 columns: %q", l)
		}
		if strings.TrimRight(l, " ") != l {
			t.Errorf("trailing white space: %q", l)
		}
	}
	out := strings.Join(strings.Fields(raw), " ")
	for _, want := range []string{"550 5.1.1", "PERMANENT", "user-unknown", "Code 550", "Enhanced 5.1.1 Bad destination mailbox address",
		"Retry permanent: the sending MTA does not retry", "Who acts the sender", "What to do", "1. Check the recipient address", "References", "RFC 3463 §3.2"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(raw, "\x1b[") {
		t.Errorf("ANSI escapes in piped output:\n%q", raw)
	}
}

func TestExplain421VersusTemporary(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "", "explain", "421 4.7.0 Too many connections")
	out = strings.Join(strings.Fields(out), " ") // independent of line wrapping
	if code != 0 || !strings.Contains(out, "TRANSIENT") || !strings.Contains(out, "rate-limited") || !strings.Contains(out, "retries by itself") {
		t.Fatalf("code %d:\n%s", code, out)
	}
}

func TestExplainSeveralCodes(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "", "explain", "--json", "421", "5.7.26", "550")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 3 {
		t.Fatalf("code %d, %d lines:\n%s", code, len(lines), out)
	}
	// a code and an enhanced code typed without quotes are one reply
	out, _, code = runCLI(t, "", "explain", "--json", "550", "5.1.1", "421")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); code != 0 || len(lines) != 2 || !strings.Contains(lines[0], `"code":550,"enhanced":"5.1.1"`) {
		t.Fatalf("code %d:\n%s", code, out)
	}
	// unquoted reply words are one reply
	out, _, code = runCLI(t, "", "explain", "--json", "550", "5.1.1", "User", "unknown")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); code != 0 || len(lines) != 1 || !strings.Contains(out, `"category":"user-unknown"`) {
		t.Fatalf("code %d:\n%s", code, out)
	}
}

// checkJSONLine verifies the documented --json schema of one line.
func checkJSONLine(t *testing.T, line string) map[string]any {
	t.Helper()
	return schemaLine(t, "explain", line)
}

// schemaLine decodes one JSON line of the document NAME, checked against
// docs/schema/NAME.json and the rules of docs/json.md.
func schemaLine(t *testing.T, name, line string) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		t.Fatalf("not JSON: %v: %q", err, line)
	}
	validJSON(t, name, line)
	return m
}

func TestExplainJSONSchema(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "", "explain", "--json", "5.7.26")
	if code != 0 {
		t.Fatalf("code %d", code)
	}
	m := checkJSONLine(t, strings.TrimSpace(out))
	if c, has := m["code"]; !has || c != nil || m["enhanced"] != "5.7.26" || m["category"] != "sender-auth" || m["class"] != "permanent" || m["retry"] != false {
		t.Errorf("got %v", m)
	}
	out, _, _ = runCLI(t, "", "explain", "--json", "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail gsmtp")
	m = checkJSONLine(t, strings.TrimSpace(out))
	if m["code"] != float64(421) || m["provider"] != "Gmail" || m["retry"] != true || m["category"] != "rate-limited" {
		t.Errorf("got %v", m)
	}
}

func TestExplainStdinLog(t *testing.T) {
	t.Parallel()
	log := "Nov 28 18:00:00 mx postfix/qmgr[1]: ABC: from=<s@d.example>, size=1, nrcpt=1 (queue active)\n" +
		"Nov 28 18:00:01 mx postfix/smtp[2]: ABC: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, delay=1, dsn=5.7.1, status=bounced (host mx.b.example[192.0.2.1] said: 554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org (in reply to RCPT TO command))\n" +
		"550-5.7.26 This mail is unauthenticated, which poses a security risk to the\n" +
		"550 5.7.26 sender and Gmail users, and has been blocked. gsmtp\n" +
		"random words without a reply\n" +
		strings.Repeat("z", 200<<10) + "\n" +
		"451 4.7.1 Greylisting in action, please come back later\n"
	for _, args := range [][]string{{"explain", "--json"}, {"explain", "--json", "-"}} {
		out, errOut, code := runCLI(t, log, args...)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if code != 0 || len(lines) != 4 {
			t.Fatalf("%v: code %d, stderr %q, %d lines:\n%s", args, code, errOut, len(lines), out)
		}
		// the lines not explained are counted on the last line
		if lines[3] != `{"totals":{"lines":7,"explanations":3,"unexplained_lines":2,"too_long_lines":1}}` {
			t.Errorf("totals line %s", lines[3])
		}
		lines = lines[:3]
		cats := []string{}
		for _, l := range lines {
			cats = append(cats, checkJSONLine(t, l)["category"].(string))
		}
		if strings.Join(cats, ",") != "reputation,sender-auth,greylisted" {
			t.Errorf("categories %v", cats)
		}
		m := checkJSONLine(t, lines[0])
		if m["stage"] != "RCPT TO" || m["remote_host"] != "mx.b.example" || m["recipient"] != "a@b.example" {
			t.Errorf("postfix fields: %v", m)
		}
	}
	out, _, code := runCLI(t, "550 5.1.1 User unknown\n", "explain")
	if code != 0 || !strings.Contains(out, "user-unknown") {
		t.Fatalf("human stdin: code %d\n%s", code, out)
	}
}

// TestExplainStdinWithoutCode: a reply pasted on standard input without
// a code ("Envelope expired", a bounce's diagnostic text over two lines) is
// explained as the same text given as an argument is, not refused.
func TestExplainStdinWithoutCode(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		"Envelope expired\n",
		"Recipient address rejected: User unknown in virtual mailbox table",
		"The following address failed:\n\n  bob@b.example\n    retry timeout exceeded\n",
	} {
		piped, errOut, code := runCLI(t, in, "explain", "--json")
		if code != 0 {
			t.Errorf("stdin %q: exit %d, stderr %q", in, code, errOut)
			continue
		}
		arg, _, code := runCLI(t, "", "explain", "--json", in)
		if code != 0 {
			t.Fatalf("argument %q: exit %d", in, code)
		}
		p, a := checkJSONLine(t, strings.TrimSpace(piped)), checkJSONLine(t, strings.TrimSpace(arg))
		if p["category"] != a["category"] || p["class"] != a["class"] || p["category"] == "unknown" {
			t.Errorf("stdin %q: %v/%v; as an argument: %v/%v", in, p["category"], p["class"], a["category"], a["class"])
		}
		if c, ok := p["code"]; !ok || c != nil {
			t.Errorf("stdin %q: code %v (present: %v), want null", in, c, ok)
		}
	}
}

func TestExplainBadInput(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"hello", "", "\x00\x01\x02\xff", strings.Repeat("A", 10<<20)} {
		out, errOut, code := runCLI(t, "", "explain", in)
		if code != ExitUsage || out != "" || !strings.Contains(errOut, "no SMTP reply code and no wording that says what happened to a delivery found in") || len(errOut) > 600 {
			t.Errorf("explain %.20q: code %d, stdout %q, stderr %.300q", in, code, out, errOut)
		}
	}
	// stdin with nothing that carries a reply: words, nothing at all, binary, one 10 MB line
	for _, in := range []string{"nothing here\nstill nothing\n", "", "\x00\x01\x02\xff\n", strings.Repeat("5", 10<<20)} {
		out, errOut, code := runCLI(t, in, "explain")
		if code != ExitUsage || out != "" || !strings.Contains(errOut, "no SMTP reply code, and no wording that says what happened to a delivery, found in standard input") {
			t.Errorf("stdin %.20q: code %d, stderr %q", in, code, errOut)
		}
	}
	_, errOut, code := runCLI(t, "", "explain", "--bounce", "-")
	if code != ExitUsage || !strings.Contains(errOut, "no failed recipient found in standard input") {
		t.Errorf("empty bounce: code %d, stderr %q", code, errOut)
	}
	_, errOut, code = runCLI(t, "", "explain", "--list", "421")
	if code != ExitUsage || errOut == "" {
		t.Errorf("--list with a reply: code %d, stderr %q", code, errOut)
	}
	_, errOut, code = runCLI(t, "", "explain", "--bounce", filepath.Join(t.TempDir(), "missing.eml"))
	if code != ExitUsage || !strings.Contains(errOut, "cannot read the bounce") {
		t.Errorf("missing bounce: code %d, stderr %q", code, errOut)
	}
}

func TestExplainList(t *testing.T) {
	t.Parallel()
	out, _, code := runCLI(t, "", "explain", "--list")
	if code != 0 {
		t.Fatalf("code %d", code)
	}
	for _, want := range []string{"Reply codes", "  421 ", "  556 ", "X.7.26", "X.7.30", "Multiple authentication checks failed", "REQUIRETLS support required", "Gmail:", "Yahoo/AOL:", "Microsoft:"} {
		if !strings.Contains(out, want) {
			t.Errorf("--list lacks %q", want)
		}
	}
	out, _, code = runCLI(t, "", "explain", "--list", "--json")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) < 150 {
		t.Fatalf("code %d, %d lines", code, len(lines))
	}
	seen := map[string]bool{}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("%v: %q", err, l)
		}
		seen[m["entry"].(string)] = true
		if m["kind"] == "reply" && m["code"] == nil || m["kind"] != "reply" && m["code"] != nil {
			t.Errorf("code (a number) only for kind reply: %s", l)
		}
		if m["meaning"] == "" {
			t.Errorf("empty meaning: %s", l)
		}
	}
	for _, c := range []string{"211", "334", "421", "530", "535", "552", "555", "X.1.10", "X.6.7", "X.7.25", "X.7.28", "X.7.29"} {
		if !seen[c] {
			t.Errorf("--list --json lacks %s", c)
		}
	}
}

func TestExplainBounce(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("..", "..", "testdata", "bounces")
	out, errOut, code := runCLI(t, "", "explain", "--json", "--bounce", filepath.Join(dir, "postfix", "postfix-dsn.eml"))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("code %d, stderr %q:\n%s", code, errOut, out)
	}
	m := schemaLine(t, "bounce", lines[1])
	if m["recipient"] != "carol@blocked.example" || m["category"] != "reputation" || m["blocklist"] != "Spamhaus" {
		t.Errorf("got %v", m)
	}
	data, err := os.ReadFile(filepath.Join(dir, "exim", "exim-plain.eml"))
	if err != nil {
		t.Fatal(err)
	}
	out, _, code = runCLI(t, string(data), "explain", "--bounce", "-")
	if code != 0 || !strings.Contains(out, "dave@rcpt.example") || !strings.Contains(out, "host-unknown") || !strings.Contains(out, "mailbox-full") {
		t.Fatalf("code %d:\n%s", code, out)
	}
	_, errOut, code = runCLI(t, "Subject: hi\n\nnot a bounce\n", "explain", "--bounce", "-")
	if code != ExitUsage || !strings.Contains(errOut, "no failed recipient") {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
}

func TestExplainNoInputOnTerminal(t *testing.T) {
	t.Parallel()
	ios, _, errOut := TestIO("")
	ios.InTTY = true
	root, _ := NewRootCmd(ios)
	root.SetArgs([]string{"explain"})
	err := root.Execute()
	if _, ok := err.(*UsageError); !ok || !strings.Contains(err.Error(), "nothing to explain") {
		t.Fatalf("err %v, stderr %q", err, errOut.String())
	}
}

func TestExplainColorCard(t *testing.T) {
	t.Parallel()
	ios, out, _ := TestIO("")
	ios.OutTTY = true
	root, _ := NewRootCmd(ios)
	root.SetArgs([]string{"explain", "421 4.7.0 [TSS04] Messages from 198.51.100.7 temporarily deferred due to unexpected volume or user complaints"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if !strings.Contains(s, "\x1b[") || !strings.Contains(s, "╭") || !strings.Contains(s, "Yahoo/AOL") || !strings.Contains(s, "reputation") {
		t.Fatalf("no colored card:\n%s", s)
	}
	ios, out, _ = TestIO("")
	ios.OutTTY, ios.NoColor = true, true
	root, _ = NewRootCmd(ios)
	root.SetArgs([]string{"explain", "421"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "\x1b[") {
		t.Fatalf("NO_COLOR output has escapes:\n%q", out.String())
	}
}

// Piped input that arrives slowly (tail -f) is explained as it arrives, not
// when the input ends.
func TestExplainStdinStreams(t *testing.T) {
	t.Parallel()
	pr, pw := io.Pipe()
	out := &testio.Buffer{}
	ios := &IOStreams{In: pr, Out: out, ErrOut: io.Discard}
	done := make(chan int, 1)
	go func() { done <- run(context.Background(), []string{"explain", "--json"}, ios) }()
	if _, err := io.WriteString(pw, "550 5.1.1 <a@b.example>: User unknown\n"); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String(), `"category":"user-unknown"`) {
		if time.Now().After(deadline) {
			t.Fatalf("the first reply was not written while the input stayed open; output %q", out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	io.WriteString(pw, "421 4.7.0 Too many connections\n")
	pw.Close()
	if code := <-done; code != 0 {
		t.Fatalf("exit %d", code)
	}
	if n := strings.Count(out.String(), "\n"); n != 2 {
		t.Fatalf("%d lines:\n%s", n, out.String())
	}
}

// TestExplainRealServerLines: log lines and bounces of real Postfix 3.7.11
// and Exim 4.96 (testdata/real) through the CLI: the reception-side lines
// Exim writes without a code, Postfix's SASL failure line, orig_to=, and the
// address that must not decide the category.
func TestExplainRealServerLines(t *testing.T) {
	t.Parallel()
	real := func(f string) string { return filepath.Join("..", "..", "testdata", "real", f) }
	mainlog, err := os.ReadFile(real("exim/mainlog.txt"))
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, string(mainlog), "explain", "--json")
	if code != 0 {
		t.Fatalf("exim mainlog: exit %d: %s", code, errOut)
	}
	byInput := map[string]map[string]any{}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(l, `{"totals":`) {
			continue // (the count of the lines not explained)
		}
		m := checkJSONLine(t, l)
		byInput[m["input"].(string)] = m
	}
	rejected := 0
	for _, l := range strings.Split(string(mainlog), "\n") {
		if !strings.Contains(l, " rejected RCPT ") {
			continue
		}
		rejected++
		m, ok := byInput[l]
		if !ok {
			t.Errorf("not explained: %s", l)
			continue
		}
		wantClass := "permanent"
		if strings.Contains(l, "temporarily rejected") {
			wantClass = "transient"
		}
		if m["code"] != nil || m["class"] != wantClass || m["stage"] != "RCPT TO" || m["recipient"] == nil || m["sender"] == nil || m["client"] == nil || m["note"] == nil {
			t.Errorf("%s:\n  %v", l, m)
		}
		if strings.Contains(l, "<gone@example.test>: Unrouteable address") && m["category"] != "user-unknown" {
			t.Errorf("Unrouteable address at RCPT: %v", m["category"])
		}
	}
	if rejected < 5 {
		t.Fatalf("only %d rejected RCPT lines in the fixture", rejected)
	}

	// human output: the note about the code, the client, no code in the headline
	line := ""
	for _, l := range strings.Split(string(mainlog), "\n") {
		if strings.Contains(l, "rejected RCPT <gone@example.test>") {
			line = l
		}
	}
	raw, _, code := runCLI(t, "", "explain", line)
	text := strings.Join(strings.Fields(raw), " ")
	for _, w := range []string{"(no code) PERMANENT user-unknown", "Note Exim logs a refusal without its reply code", "Client (client.example.test) [127.0.0.1]", "Sender bob@example.test", "Recipient gone@example.test", "Stage RCPT TO"} {
		if code != 0 || !strings.Contains(text, w) {
			t.Errorf("exit %d, output lacks %q:\n%s", code, w, raw)
		}
	}

	// Postfix: SASL failure, orig_to=, and the sender access map
	maillog, err := os.ReadFile(real("postfix/maillog.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var sasl, origTo, spammer string
	for _, l := range strings.Split(string(maillog), "\n") {
		switch {
		case strings.Contains(l, "SASL LOGIN authentication failed") && sasl == "":
			sasl = l
		case strings.Contains(l, "orig_to=") && origTo == "":
			origTo = l
		case strings.Contains(l, "<spammer@example.test>") && spammer == "":
			spammer = l
		}
	}
	raw, _, code = runCLI(t, "", "explain", sasl)
	text = strings.Join(strings.Fields(raw), " ")
	for _, w := range []string{"535 5.7.8 PERMANENT auth-failed", "SASL user alice@example.test", "Client localhost[127.0.0.1]", "Postfix sent the client \"535 5.7.8 Error: authentication failed: authentication failure\"", "Stage AUTH"} {
		if code != 0 || !strings.Contains(text, w) {
			t.Errorf("SASL line: exit %d, output lacks %q:\n%s", code, w, raw)
		}
	}
	for _, l := range strings.Split(raw, "\n") {
		if len([]rune(l)) > 78 {
			t.Errorf("line longer than 78 columns: %q", l)
		}
	}
	raw, _, _ = runCLI(t, "", "explain", origTo)
	if text = strings.Join(strings.Fields(raw), " "); !strings.Contains(text, "Recipient root@example.test (original recipient alice@example.test)") {
		t.Errorf("orig_to not shown:\n%s", raw)
	}
	out, _, _ = runCLI(t, "", "explain", "--json", origTo)
	if m := checkJSONLine(t, strings.TrimSpace(out)); m["recipient"] != "root@example.test" || m["original_recipient"] != "alice@example.test" {
		t.Errorf("orig_to JSON: %v", m)
	}
	out, _, _ = runCLI(t, "", "explain", "--json", spammer)
	if m := checkJSONLine(t, strings.TrimSpace(out)); m["category"] != "policy" || m["sender"] != "spammer@example.test" {
		t.Errorf("sender access map: %v", m)
	}

	// Exim's bounce: the recipient charged with "no valid recipients"
	raw, _, code = runCLI(t, "", "explain", "--bounce", real("exim/bounce.eml"))
	text = strings.Join(strings.Fields(raw), " ")
	if code != 0 || !strings.Contains(text, "554 5.5.1 PERMANENT unknown") || !strings.Contains(text, "RCPT TO replies") || strings.Contains(text, "PERMANENT syntax") {
		t.Errorf("exim bounce: exit %d\n%s", code, raw)
	}
}

// explainJSON runs `explain --json` on one argument and returns the object.
func explainJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	out, errOut, code := runCLI(t, "", append([]string{"explain", "--json"}, args...)...)
	if code != 0 {
		t.Fatalf("explain %q: exit %d, stderr %q", args, code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("explain %q: %d lines:\n%s", args, len(lines), out)
	}
	return checkJSONLine(t, lines[0])
}

// Text without any code is explained by its wording: no code, the class
// inferred from the wording (or from the category) and a note that says so.
func TestExplainWordingWithoutCode(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, cat, class, marker string }{
		{"retry timeout exceeded", "expired", "permanent", `wording ("retry timeout exceeded")`},
		{"Envelope expired", "expired", "permanent", `wording ("expired")`},
		{"Domain does not exist", "host-unknown", "permanent", "a host-unknown failure is permanent"},
		{"No MX found for domain", "host-unknown", "permanent", "a host-unknown failure is permanent"},
		{"This account is over quota", "mailbox-full", "permanent", "a mailbox-full failure is permanent"},
		{"Unknown Recipient", "user-unknown", "permanent", "a user-unknown failure is permanent"},
		{"Service temporarily unavailable, try again later", "server-error", "transient", `wording ("try again later")`},
	} {
		m := explainJSON(t, c.in)
		note, _ := m["note"].(string)
		if m["code"] != nil || m["enhanced"] != nil || m["category"] != c.cat || m["class"] != c.class ||
			!strings.Contains(note, "carries no reply code") || !strings.Contains(note, c.marker) {
			t.Errorf("%q: code %v category %v class %v note %q; want no code, %s %s %q", c.in, m["code"], m["category"], m["class"], note, c.cat, c.class, c.marker)
		}
	}
	// neither a code nor delivery wording: still an input error
	_, errOut, code := runCLI(t, "", "explain", "the quick brown fox")
	if code != ExitUsage || !strings.Contains(errOut, "no SMTP reply code and no wording") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// A bare 550 or 554 does not claim a cause: category unknown, the code's
// meaning, and remediation that names the likely causes.
func TestExplainBareCodesDoNotOverclaim(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"550", "554", "550 Requested action not taken"} {
		m := explainJSON(t, in)
		sum, _ := m["summary"].(string)
		fix, _ := m["remediation"].([]any)
		if m["category"] != "unknown" || !strings.Contains(sum, "without saying why") || len(fix) < 3 {
			t.Errorf("%q: %v %q %v", in, m["category"], sum, fix)
		}
	}
}

// --explain-why (-v) lists every rule that matched and why the winner won,
// in the card and in the JSON.
func TestExplainWhy(t *testing.T) {
	t.Parallel()
	in := "550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org"
	out, errOut, code := runCLI(t, "", "explain", "-v", in)
	flat := strings.Join(strings.Fields(out), " ")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"Why", "Decided by rule bl.spamhaus.", "* bl.spamhaus reputation strong, evidence 22: \"spamhaus\"",
		"- bl.generic reputation strong, evidence 19: \"blocked using\"; lost: less evidence than bl.spamhaus (19 < 22)",
		"- mta.policy policy weak, evidence 19: \"blocked\"; lost: a lower tier than bl.spamhaus (weak < strong)"} {
		if !strings.Contains(flat, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	m := explainJSON(t, "--explain-why", in)
	why, _ := m["why"].(map[string]any)
	rules, _ := why["rules"].([]any)
	if why == nil || why["decided"] != "rule bl.spamhaus" || len(rules) < 3 {
		t.Fatalf("why: %v", m["why"])
	}
	first, _ := rules[0].(map[string]any)
	if first["rule"] != "bl.spamhaus" || first["won"] != true {
		t.Errorf("first rule %v", first)
	}
	// without the flag there is no why
	if m := explainJSON(t, in); m["why"] != nil {
		t.Errorf("why without --explain-why: %v", m["why"])
	}
	// the enhanced code decides over generic wording, and -v says so
	out, _, _ = runCLI(t, "", "explain", "-v", "550 5.1.1 Recipient rejected")
	if flat := strings.Join(strings.Fields(out), " "); !strings.Contains(flat, "Decided by the enhanced code 5.1.1") || !strings.Contains(flat, "mta.user-unknown-weak") {
		t.Errorf("5.1.1:\n%s", out)
	}
}

// The reply forms, DSN fields, transcripts and stages of issue 10, through
// the command: what a user pastes is what is judged.
func TestExplainPastedForms(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in       string
		code     any
		category string
		class    string
		stage    string
	}{
		{"550: <a@b.example>: User unknown", float64(550), "user-unknown", "permanent", ""},
		{"550 - Requested action not taken: mailbox unavailable", float64(550), "unknown", "permanent", ""},
		{"Remote host said below:550 5.1.1 <a@b.example>: Recipient address rejected: User unknown", float64(550), "user-unknown", "permanent", ""},
		{"Sorry, no mailbox here by that name. (#5.1.1)", nil, "user-unknown", "permanent", ""},
		{"571 Delivery not authorized, message refused", float64(571), "policy", "permanent", ""},
		{"Diagnostic-Code: smtp; host mx.b.example[192.0.2.1] said: 550 5.1.1 <a@b.example>: User unknown (in reply to RCPT TO command)", float64(550), "user-unknown", "permanent", "RCPT TO"},
		{"Status: 5.0.0\nDiagnostic-Code: smtp; Unknown user", nil, "user-unknown", "permanent", ""},
		{"354 End data with <CR><LF>.<CR><LF>\n451 4.3.0 Error: queue file write error", float64(451), "server-error", "transient", "END OF DATA"},
		{"220 mx.b.example ESMTP\n421 4.7.0 mx.b.example Error: too many connections from 192.0.2.1", float64(421), "rate-limited", "transient", ""},
		{"host mx.b.example[192.0.2.1] said: 550 5.1.1 <a@client.example>... User unknown (in reply to MAIL FROM command)", float64(550), "sender-invalid", "permanent", "MAIL FROM"},
		{"550 5.7.1 Sender address rejected: User unknown in relay recipient table", float64(550), "sender-invalid", "permanent", ""},
	} {
		m := explainJSON(t, c.in)
		st, _ := m["stage"].(string)
		if m["code"] != c.code || m["category"] != c.category || m["class"] != c.class || st != c.stage {
			t.Errorf("%.60q: code %v %v %v stage %q; want %v %s %s %q", c.in, m["code"], m["category"], m["class"], st, c.code, c.category, c.class, c.stage)
		}
	}
	// the card shows the stage that decided, and the transcript note
	out, _, code := runCLI(t, "", "explain", "354 End data with <CR><LF>.<CR><LF>\n451 4.3.0 Error: queue file write error")
	flat := strings.Join(strings.Fields(out), " ")
	if code != 0 || !strings.HasPrefix(out, "451 4.3.0  TRANSIENT  server-error") || !strings.Contains(flat, "Stage END OF DATA") ||
		!strings.Contains(flat, "the reply that failed (451) is explained; the others (354) are context") {
		t.Errorf("card:\n%s", out)
	}
}

// Gmail's full multi-line 5.7.26 reply that names both DKIM and SPF is
// explained as both failing, not as a DKIM-only failure (the most specific
// rule wins, whatever its place in the table).
func TestExplainFullGmailReply(t *testing.T) {
	t.Parallel()
	in := "550-5.7.26 Unauthenticated email from client.example is not accepted due to the\n" +
		"550-5.7.26 sender domain's DMARC policy: DKIM checks did not pass and SPF check for\n" +
		"550-5.7.26 [client.example] did not pass with ip: [192.0.2.1]. The sender should\n" +
		"550-5.7.26 visit https://support.google.com/mail/answer/81126#authentication\n" +
		"550 5.7.26 for instructions on setting up authentication. a1b2c3d4 - gsmtp"
	m := explainJSON(t, in)
	sum, _ := m["summary"].(string)
	if m["category"] != "sender-auth" || m["rule"] != "gmail.dkim-and-spf" || m["provider"] != "Gmail" || !strings.Contains(sum, "neither DKIM nor SPF") {
		t.Errorf("got %v %v %v %q", m["category"], m["rule"], m["provider"], sum)
	}
	out, _, _ := runCLI(t, "", "explain", "-v", in)
	if flat := strings.Join(strings.Fields(out), " "); !strings.Contains(flat, "* gmail.dkim-and-spf sender-auth strong") || !strings.Contains(flat, "- gmail.dkim sender-auth strong") {
		t.Errorf("-v:\n%s", out)
	}
}
