package main

import (
	"strings"
	"testing"
)

// Forms of commercial and Windows mail servers (issue 10, held-out batch
// 11-winmta) through the command: their log lines one per line on standard
// input, their reports without a code as the argument. The wording is new
// (not rows of the batch).
func TestExplainWinmta11FormsStdin(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		// an Exchange 2003 IMS line without a reply code (first: an indented
		// line after a reply line continues it)
		{"    MSEXCH:IMS:CORP:HQ:EXCH2 0 (000D06B5) No proxy for recipient (non-smtp mail?)", "server-error", "permanent", ""},
		// hMailServer's SMTPD log line (the server's own reply after SENT:)
		{`"SMTPD"  5012  33  "2024-09-09 10:01:02.003"  "198.51.100.30"  "SENT: 550 Mailbox is not active."`, "mailbox-disabled", "permanent", ""},
		// its APPLICATION log: the module's name does not outweigh the SPF verdict
		{`"APPLICATION"  5012  "2024-09-09 10:01:02.010"  "hMailServer SpamProtection rejected RCPT (Sender: bo@shop.example, IP:198.51.100.30, Reason: SPF check failed)"`, "sender-auth", "permanent", ""},
		// Kerio's mail log: the status code alone
		{"[09/Sep/2024 10:01:02] Sent: Queue-ID: 66de8a1e-00000021, Recipient: <bo@far.example>, Result: failed, Status: 5.2.2", "mailbox-full", "permanent", ""},
		// IMail's retries used up, no code
		{"Delivery failed 3 attempts: bo@far.example", "expired", "permanent", ""},
	})
}

func TestExplainWinmta11CodelessReports(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, cat, class string }{
		{"Your message\n\n  Subject: minutes\n\nwas not delivered to:\n\n  lee@corp.example\n\nbecause:\n\n  Multiple matches found in Domino Directory", "server-error", "permanent"},
		{"------- Failure Reasons  --------\n\nMessage has exceeded maximum hop count\nlee@notes.example\n\n------- Returned Message --------", "server-error", "permanent"},
		{"<lee@broken.example>:\n    This domain's DNS violates RFC 1035.", "host-unknown", "permanent"},
	} {
		m := explainJSON(t, c.in)
		if m["category"] != c.cat || m["class"] != c.class || m["code"] != nil {
			t.Errorf("%.60q: %v/%v code %v (rule %v), want %s/%s without a code", c.in, m["category"], m["class"], m["code"], m["rule"], c.cat, c.class)
		}
	}
}

// Session logs of Windows servers on standard input: a transcript behind
// hMailServer's or MDaemon's log prefix is one reply, its stage from the
// command, and MDaemon's multi-line reply is one reply.
func TestExplainWinmta11SessionLogsStdin(t *testing.T) {
	t.Parallel()
	in := strings.Join([]string{
		`"SMTPD"	3100	52	"2024-09-09 10:01:02.001"	"198.51.100.31"	"RECEIVED: MAIL FROM:<www-data>"`,
		`"SMTPD"	3100	52	"2024-09-09 10:01:02.002"	"198.51.100.31"	"SENT: 550 Invalid address."`,
		"",
		"Tue 2024-09-10 07:00:01: --> RCPT To:<bo@far.example>",
		"Tue 2024-09-10 07:00:01: <-- 452-4.2.2 The mailbox of bo@far.example",
		"Tue 2024-09-10 07:00:01: <-- 452 4.2.2 is over its storage quota",
	}, "\n") + "\n"
	out, errOut, code := runCLI(t, in, "explain", "--json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var ms []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if m := checkJSONLine(t, l); m["category"] != nil {
			ms = append(ms, m)
		}
	}
	want := []struct{ cat, class, stage string }{
		{"sender-invalid", "permanent", "MAIL FROM"},
		{"mailbox-full", "transient", "RCPT TO"},
	}
	if len(ms) != len(want) {
		t.Fatalf("%d explanations, want %d: %v", len(ms), len(want), ms)
	}
	for i, w := range want {
		if ms[i]["category"] != w.cat || ms[i]["class"] != w.class || ms[i]["stage"] != w.stage {
			t.Errorf("#%d: %v/%v stage %v (rule %v), want %s/%s stage %s", i, ms[i]["category"], ms[i]["class"], ms[i]["stage"], ms[i]["rule"], w.cat, w.class, w.stage)
		}
	}
}

// OpenSMTPD's delivery lines in a log on standard input: a failure string
// of its own without a code is explained, with its class from result=.
func TestExplainWinmta11OpenSMTPDLogStdin(t *testing.T) {
	t.Parallel()
	checkStdinPastes(t, []stdinPaste{
		{`Sep 10 07:00:01 mx smtpd[812]: 7f6e5d4c3b2a1908 mta delivery evpid=7f6e5d4c3b2a1909 from=<ops@shop.example> to=<ana@far.example> rcpt=<-> source="192.0.2.10" relay="198.51.100.7 (mx.far.example)" delay=6h result="TempFail" stat="All routes to destination blocked"`, "network", "transient", ""},
		{`Sep 10 07:00:02 mx smtpd[812]: 7f6e5d4c3b2a1910 mta delivery evpid=7f6e5d4c3b2a1911 from=<ops@shop.example> to=<lee@far.example> rcpt=<-> source="192.0.2.10" relay="198.51.100.7 (mx.far.example)" delay=1s result="PermFail" stat="550 5.1.1 <lee@far.example>: Recipient address rejected: User unknown"`, "user-unknown", "permanent", ""},
	})
}
