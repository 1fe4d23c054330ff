package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// stdinPastes reads the samples of pastes that are one reply spread over
// lines, written for the project from the formats they stand for; explain's
// scanner tests read the same files (explain/testdata/pastes, where
// explain/scan_paste_test.go says what each one is).
func stdinPastes(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "explain", "testdata", "pastes", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no paste samples in explain/testdata/pastes: %v", err)
	}
	m := make(map[string]string, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
	}
	return m
}

// A paste piped on standard input is explained as the same text given as
// an argument: one reply, the same card and the same JSON.
func TestExplainStdinPasteAgreesWithArgument(t *testing.T) {
	t.Parallel()
	for name, paste := range stdinPastes(t) {
		for _, json := range []bool{true, false} {
			args := []string{"explain"}
			if json {
				args = append(args, "--json")
			}
			piped, errOut, code := runCLI(t, paste, append(args, "-")...)
			if code != ExitOK {
				t.Fatalf("%s: stdin: exit %d: %s", name, code, errOut)
			}
			given, errOut, code := runCLI(t, "", append(args, strings.TrimSuffix(paste, "\n"))...)
			if code != ExitOK {
				t.Fatalf("%s: argument: exit %d: %s", name, code, errOut)
			}
			if piped != given {
				t.Errorf("%s (json %v): standard input and argument differ:\n--- stdin\n%s\n--- argument\n%s", name, json, piped, given)
			}
			if json && strings.Count(piped, "\n") != 1 {
				t.Errorf("%s: %d JSON lines, want one reply:\n%s", name, strings.Count(piped, "\n"), piped)
			}
		}
	}
}

// A log of independent replies behind the prefix every line repeats is
// still one explanation per reply; its noise lines are counted on a last
// line (JSON) and after the cards.
func TestExplainStdinLogOfReplies(t *testing.T) {
	t.Parallel()
	log := "[ERROR] 2026-12-06T10:00:01Z mailer: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\n" +
		"[INFO] 2026-12-06T10:00:01Z mailer: connected to mx.b.example\n" +
		"[ERROR] 2026-12-06T10:00:02Z mailer: 552 5.2.2 <c@b.example>: Mailbox full\n" +
		"[ERROR] 2026-12-06T10:00:03Z mailer: 421-4.7.0 Try again later, closing connection.\n" +
		"[ERROR] 2026-12-06T10:00:03Z mailer: 421 4.7.0 (mx.b.example)\n" +
		"[ERROR] 2026-12-06T10:00:04Z mailer: 550 5.7.1 Relaying denied\n"
	out, errOut, code := runCLI(t, log, "explain", "--json", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	var codes []float64
	for _, l := range lines[:len(lines)-1] {
		codes = append(codes, checkJSONLine(t, l)["code"].(float64))
	}
	if len(codes) != 4 || codes[0] != 550 || codes[1] != 552 || codes[2] != 421 || codes[3] != 550 {
		t.Errorf("codes %v, want [550 552 421 550]:\n%s", codes, out)
	}
	var last struct {
		Totals map[string]int `json:"totals"`
	}
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &last); err != nil || last.Totals["lines"] != 6 || last.Totals["explanations"] != 4 || last.Totals["unexplained_lines"] != 1 {
		t.Errorf("totals line %q (%v), want 6 lines, 4 explanations, 1 unexplained", lines[len(lines)-1], err)
	}
	validJSON(t, "explain", out)
}

// In a mixed list, codeless lines of delivery wording are explained (code
// null, the class from the wording); lines with neither a code nor such
// wording are counted, in JSON and after the cards; a mail daemon's own
// noise is not turned into findings.
func TestExplainStdinMixedList(t *testing.T) {
	t.Parallel()
	list := "550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\n" +
		"Envelope expired\n" +
		"2026-12-06 10:00:03,481 ERROR [mailer] delivery to c@d.example failed: mailbox full\n" +
		"see attached screenshot\n" +
		"Dec  6 10:00:04 mx postfix/qmgr[812]: 4F2A1: removed\n" +
		"Dec  6 10:00:04 mx postfix/smtpd[901]: connect from unknown[192.0.2.7]\n" +
		"Dec  6 10:00:04 mx postfix/smtpd[901]: lost connection after CONNECT from unknown[192.0.2.7]\n" +
		"421 4.7.0 Try again later\n"
	out, errOut, code := runCLI(t, list, "explain", "--json", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	validJSON(t, "explain", out)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d JSON lines, want 4 explanations and the totals:\n%s", len(lines), out)
	}
	for i, want := range []struct {
		code     any
		category string
		class    string
	}{{550.0, "user-unknown", "permanent"}, {nil, "expired", "permanent"}, {nil, "mailbox-full", "permanent"}, {421.0, "", "transient"}} {
		m := checkJSONLine(t, lines[i])
		if m["code"] != want.code || want.category != "" && m["category"] != want.category || m["class"] != want.class {
			t.Errorf("line %d: code %v %v %v, want %v %v %v", i+1, m["code"], m["category"], m["class"], want.code, want.category, want.class)
		}
		if want.code == nil && !strings.Contains(m["note"].(string), "no reply code") {
			t.Errorf("line %d: note %q does not say the class was inferred", i+1, m["note"])
		}
	}
	if lines[4] != `{"totals":{"lines":8,"explanations":4,"unexplained_lines":4,"too_long_lines":0}}` {
		t.Errorf("totals: %s", lines[4])
	}
	text, _, code := runCLI(t, list, "explain", "-")
	if code != ExitOK || !strings.HasSuffix(text, "\nNot explained: 4 of 8 lines carried neither an SMTP reply code nor wording that says what happened to a delivery.\n") {
		t.Errorf("exit %d; the cards do not end with the count:\n%s", code, text)
	}
	// a codeless line is explained as the same line given as an argument
	for _, in := range []string{"Envelope expired", "2026-12-06 10:00:03,481 ERROR [mailer] delivery to c@d.example failed: mailbox full"} {
		arg, _, _ := runCLI(t, "", "explain", "--json", in)
		if !strings.Contains(out, arg) {
			t.Errorf("%q: the argument's explanation is not among standard input's:\n%s", in, arg)
		}
	}
	// nothing left out: no totals line, as for an argument
	out, _, _ = runCLI(t, "550 5.1.1 User unknown\nEnvelope expired\n", "explain", "--json", "-")
	if strings.Contains(out, "totals") || strings.Count(out, "\n") != 2 {
		t.Errorf("a list explained entirely has no totals line:\n%s", out)
	}
}

// Exit codes stay as documented: 0 when something was explained, 2 when
// standard input holds neither a code nor delivery wording.
func TestExplainStdinExitCodes(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]int{
		"Dec  6 10:00:04 mx postfix/qmgr[812]: 4F2A1: removed\nsee attached screenshot\n":                                                ExitUsage,
		"mailbox full\nsee attached screenshot\n":                                                                                        ExitOK,
		"Dec  6 10:00:04 mx postfix/qmgr[812]: 4F2A1: removed\nDec  6 10:00:04 mx postfix/smtpd[901]: connect from unknown[192.0.2.7]\n": ExitUsage,
		// free text without a code or a log prefix is one paste, as an argument
		"Envelope expired\nmailbox full\n": ExitOK,
	} {
		_, errOut, code := runCLI(t, in, "explain", "-")
		if code != want {
			t.Errorf("%q: exit %d, want %d (%s)", in, code, want, errOut)
		}
	}
}
