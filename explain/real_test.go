package explain

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realLog scans a log recorded from a real server (testdata/real) and
// returns its explanations, keyed by input line.
func realLog(t *testing.T, name string) map[string]Explanation {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "real", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]Explanation{}
	sc := NewScanner(f)
	for sc.Scan() {
		e := Explain(sc.Reply())
		checkExplanation(t, e)
		out[e.Input] = e
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// lineWith returns the explanation of the first explained line containing
// all of the substrings.
func lineWith(t *testing.T, es map[string]Explanation, subs ...string) Explanation {
	t.Helper()
	best := ""
	for in := range es {
		ok := true
		for _, s := range subs {
			if !strings.Contains(in, s) {
				ok = false
				break
			}
		}
		if ok && (best == "" || in < best) {
			best = in
		}
	}
	if best == "" {
		t.Fatalf("no explained line contains %q", subs)
	}
	return es[best]
}

func codeOf(e Explanation) int {
	if e.Code == nil {
		return 0
	}
	return *e.Code
}

// TestRealPostfixLog: the log lines of a real Postfix 3.7.11.
func TestRealPostfixLog(t *testing.T) {
	t.Parallel()
	es := realLog(t, "postfix/maillog.txt")

	// 1. a keyword in the address does not decide: a sender access map refused it
	e := lineWith(t, es, "<spammer@example.test>: Sender address rejected")
	if e.Category != Policy || e.Rule != "mta.sender-access" || e.Sender != "spammer@example.test" || e.Recipient != "alice@example.test" || e.Client != "localhost[127.0.0.1]" {
		t.Errorf("sender access reject: %s rule %s sender %q rcpt %q client %q", e.Category, e.Rule, e.Sender, e.Recipient, e.Client)
	}

	// 2. SASL failure: the reply Postfix sent for it
	e = lineWith(t, es, "SASL LOGIN authentication failed")
	if codeOf(e) != 535 || e.Enhanced != "5.7.8" || e.Category != AuthFailed || e.Class != ClassPermanent || e.Stage != "AUTH" ||
		e.User != "alice@example.test" || e.Client != "localhost[127.0.0.1]" || e.Text != "Error: authentication failed: authentication failure" {
		t.Errorf("SASL line: %d %s %s %s stage %q user %q client %q text %q", codeOf(e), e.Enhanced, e.Category, e.Class, e.Stage, e.User, e.Client, e.Text)
	}
	if !strings.Contains(e.Note, "code shown is the one Postfix sends for this log line") || !strings.Contains(e.Note, "SASL LOGIN") {
		t.Errorf("SASL note: %q", e.Note)
	}

	// 3. orig_to=
	e = lineWith(t, es, "orig_to=<alice@example.test>", "status=sent")
	if e.Recipient != "root@example.test" || e.OriginalRcpt != "alice@example.test" || e.Class != ClassSuccess {
		t.Errorf("orig_to: rcpt %q original %q class %s", e.Recipient, e.OriginalRcpt, e.Class)
	}

	// 7. Exim's "550 Unrouteable address" at RCPT TO, as Postfix logs it
	e = lineWith(t, es, "to=<unknown@exim.example.test>", "Unrouteable address")
	if e.Category != UserUnknown || e.Stage != "RCPT TO" || codeOf(e) != 550 || e.Class != ClassPermanent || e.Rule != "exim.unrouteable-rcpt" {
		t.Errorf("Postfix log of Exim's Unrouteable address: %s stage %q code %d rule %s", e.Category, e.Stage, codeOf(e), e.Rule)
	}
	if !strings.Contains(e.Summary, "unknown user") || !strings.Contains(e.Summary, "domain could not be routed") {
		t.Errorf("summary does not give both meanings: %s", e.Summary)
	}

	// review: anvil's connection limit warning is the 421 greeting Postfix sent
	e = lineWith(t, es, "Connection concurrency limit exceeded")
	if codeOf(e) != 421 || e.Enhanced != "4.7.0" || e.Category != RateLimited || e.Class != ClassTransient || e.Stage != "CONNECT" ||
		e.Client != "localhost[127.0.0.1]" || e.Text != "Error: too many connections from 127.0.0.1" || !strings.Contains(e.Note, "smtpd_client_connection_count_limit") {
		t.Errorf("concurrency limit: %d %s %s %s stage %q client %q text %q note %q", codeOf(e), e.Enhanced, e.Category, e.Class, e.Stage, e.Client, e.Text, e.Note)
	}

	// review: Postfix's "Mailbox full" is not charged to a Microsoft rule
	e = lineWith(t, es, "452 4.2.2 <full@example.test>")
	if e.Category != MailboxFull || strings.HasPrefix(e.Rule, "ms.") || e.Provider != "" {
		t.Errorf("Postfix mailbox full: %s rule %s provider %q", e.Category, e.Rule, e.Provider)
	}
	// every reject line names its client and sender
	for in, e := range es {
		if strings.Contains(in, ": reject: RCPT from ") && (e.Client != "localhost[127.0.0.1]" || e.Sender == "") {
			t.Errorf("client %q sender %q: %s", e.Client, e.Sender, in)
		}
	}
}

// TestRealEximLog: the log lines of a real Exim 4.96, reception side
// (rejected RCPT, authenticator failures) and delivery side.
func TestRealEximLog(t *testing.T) {
	t.Parallel()
	es := realLog(t, "exim/mainlog.txt")

	b, err := os.ReadFile(filepath.Join("..", "testdata", "real", "exim", "mainlog.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.Contains(l, " rejected RCPT ") || strings.Contains(l, " authenticator failed ") {
			if _, ok := es[l]; !ok {
				t.Errorf("line not explained: %s", l)
			}
		}
	}

	// 4. rejected RCPT: permanent, code left empty, the recipient and the sender
	e := lineWith(t, es, "F=<bob@example.test> rejected RCPT <gone@example.test>: Unrouteable address")
	if e.Code != nil || e.Class != ClassPermanent || e.Stage != "RCPT TO" || e.Recipient != "gone@example.test" || e.Sender != "bob@example.test" ||
		e.Client != "(client.example.test) [127.0.0.1]" || e.Text != "Unrouteable address" || e.Retry {
		t.Errorf("rejected RCPT: code %v class %s stage %q rcpt %q sender %q client %q text %q", e.Code, e.Class, e.Stage, e.Recipient, e.Sender, e.Client, e.Text)
	}
	if !strings.Contains(e.Note, "550") || !strings.Contains(e.Note, "does not say it") {
		t.Errorf("rejected RCPT note: %q", e.Note)
	}
	// 5. ... and from the recipient domain's own MX it is an unknown user
	if e.Category != UserUnknown || e.Rule != "exim.unrouteable-rcpt" {
		t.Errorf("Exim Unrouteable address at RCPT: %s rule %s", e.Category, e.Rule)
	}

	e = lineWith(t, es, "temporarily rejected RCPT <grey@example.test>")
	if e.Code != nil || e.Class != ClassTransient || !e.Retry || e.Category != Greylisted || e.Recipient != "grey@example.test" || !strings.Contains(e.Note, "451") {
		t.Errorf("temporarily rejected RCPT: code %v class %s %s rcpt %q note %q", e.Code, e.Class, e.Category, e.Recipient, e.Note)
	}
	e = lineWith(t, es, "rejected RCPT <full@example.test>: mailbox is full")
	if e.Category != MailboxFull || e.Class != ClassPermanent {
		t.Errorf("mailbox is full: %s %s", e.Category, e.Class)
	}
	e = lineWith(t, es, "F=<spammer@example.test> rejected RCPT <alice@example.test>: Sender rejected: access denied")
	if e.Category != Policy || e.Sender != "spammer@example.test" || e.Recipient != "alice@example.test" {
		t.Errorf("Exim sender access: %s sender %q rcpt %q", e.Category, e.Sender, e.Recipient)
	}

	// 4. authenticator failure carries its code
	e = lineWith(t, es, "LOGIN authenticator failed for")
	if codeOf(e) != 535 || e.Category != AuthFailed || e.Stage != "AUTH" || e.User != "alice@example.test" || e.Client != "(client.example.test) [127.0.0.1]" || e.Text != "Incorrect authentication data" {
		t.Errorf("authenticator: %d %s stage %q user %q client %q text %q", codeOf(e), e.Category, e.Stage, e.User, e.Client, e.Text)
	}

	// 6. Postfix's answer to the pipelined BDAT after every RCPT TO failed
	e = lineWith(t, es, "** full@postfix.example.test", "no valid recipients")
	if e.Category == Syntax || e.Rule != "mta.no-valid-recipients" || e.Class != ClassPermanent || e.Stage != "END OF DATA" {
		t.Errorf("no valid recipients: %s rule %s class %s stage %q", e.Category, e.Rule, e.Class, e.Stage)
	}
	if !strings.Contains(e.Remediation[0], "RCPT TO replies") || !strings.Contains(e.Summary, "not a syntax error") {
		t.Errorf("no valid recipients does not send the user to the RCPT TO replies: %s / %q", e.Summary, e.Remediation)
	}

	// review: Exim's own local delivery deferral (taint check) is a server error
	e = lineWith(t, es, "== alice@example.test R=local_user T=local_file defer (-1): Tainted")
	if e.Category != ServerError || e.Class != ClassTransient || e.Recipient != "alice@example.test" || e.Actor != ActorRecipientAdmin {
		t.Errorf("tainted: %s %s rcpt %q actor %q", e.Category, e.Class, e.Recipient, e.Actor)
	}
}

// TestUnrouteableRemoteDomain: Exim's own delivery failure, with no remote
// reply, for a domain it could not route is about the domain.
func TestUnrouteableRemoteDomain(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		"2026-11-28 19:35:22 1xXO7J-0008P8-1D ** someone@nowhere.example: Unrouteable address",
		"** someone@nowhere.example: Unrouteable address",
	} {
		r, err := ParseLine(in)
		if err != nil {
			t.Fatalf("%q: %v", in, err)
		}
		e := Explain(r)
		if e.Category != HostUnknown || e.Class != ClassPermanent || e.Recipient != "someone@nowhere.example" || e.Code != nil {
			t.Errorf("%q: %s %s rcpt %q code %v", in, e.Category, e.Class, e.Recipient, e.Code)
		}
	}
}

// TestEximRejectionForms: the other places an Exim ACL refuses, in the
// wording of smtp_in.c (smtp_handle_acl_fail: "[temporarily ]rejected
// <where>: <message>").
func TestEximRejectionForms(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in, stage, sender, rcpt string
		class                   Class
		cat                     Category
	}{
		{"2026-11-28 19:29:49 H=(client.example.test) [192.0.2.1] rejected MAIL <x@nodomain.example>: Sender verify failed", "MAIL FROM", "x@nodomain.example", "", ClassPermanent, SenderInvalid},
		{"2026-11-28 19:29:49 H=(vm) [192.0.2.1] rejected EHLO or HELO vm: need fully-qualified hostname", "EHLO", "", "", ClassPermanent, Unknown},
		{"2026-11-28 19:29:49 H=[192.0.2.1] rejected connection in \"connect\" ACL: listed in zen.spamhaus.example", "CONNECT", "", "", ClassPermanent, Reputation},
		{"2026-11-28 19:29:49 1xXO7J-0008P8-1D H=(client.example.test) [192.0.2.1] F=<bob@example.test> rejected after DATA: This message contains a virus (Eicar-Test-Signature)", "END OF DATA", "bob@example.test", "", ClassPermanent, Virus},
		{"2026-11-28 19:29:49 H=(client.example.test) [192.0.2.1] F=<bob@example.test> temporarily rejected after DATA: Temporary local problem - please try later", "END OF DATA", "bob@example.test", "", ClassTransient, ServerError},
		{"2026-11-28 19:29:49 H=(client.example.test) [192.0.2.1] rejected DATA: no recipients accepted", "DATA", "", "", ClassPermanent, Unknown},
		{"2026-11-28 19:29:49 H=mx.example.test (client.example.test) [192.0.2.1]:53221 F=<> rejected RCPT <a@example.test>: relay not permitted", "RCPT TO", "<>", "a@example.test", ClassPermanent, RelayDenied},
	}
	for _, c := range cases {
		r, err := ParseLine(c.in)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		e := Explain(r)
		if e.Stage != c.stage || e.Sender != c.sender || e.Recipient != c.rcpt || e.Class != c.class || e.Code != nil || e.Client == "" || e.Note == "" {
			t.Errorf("%q:\n  stage %q sender %q rcpt %q class %s code %v client %q", c.in, e.Stage, e.Sender, e.Recipient, e.Class, e.Code, e.Client)
		}
		if c.cat != Unknown && e.Category != c.cat {
			t.Errorf("%q: category %s, want %s", c.in, e.Category, c.cat)
		}
	}
	// Postfix's own wording "rejected: " is not an Exim rejection line
	if r, err := ParseLine("Nov 28 19:26:08 mx postfix/smtpd[1]: B2523C00F6: reject: RCPT from localhost[127.0.0.1]: 550 5.1.1 <gone@example.test>: Recipient address rejected: User unknown; from=<bob@example.test> to=<gone@example.test> proto=ESMTP helo=<client.example.test>"); err != nil || r.Code != 550 || r.Note != "" {
		t.Errorf("Postfix reject line: %v %+v", err, r)
	}
}

// TestAddressTokensAreNotWording: the text the keyword matcher sees leaves
// out addresses and other <...> identifiers, so a local part or a host name
// cannot decide the category; the wording around them still does.
func TestAddressTokensAreNotWording(t *testing.T) {
	t.Parallel()
	same := [][2]string{
		{"554 5.7.1 <spammer@example.test>: Sender address rejected: Access denied", "554 5.7.1 <bob@example.test>: Sender address rejected: Access denied"},
		{"554 5.7.1 <spammer@example.test>: Access denied", "554 5.7.1 <bob@example.test>: Access denied"},
		{"550 5.7.1 Mail from virus-alerts@sender.example refused", "550 5.7.1 Mail from bob@sender.example refused"},
		{"550 5.7.1 <spam-trap.example>: Access denied", "550 5.7.1 <mx.example>: Access denied"},
		{"421 4.7.0 <timeout-spam@example.test>: try again later", "421 4.7.0 <bob@example.test>: try again later"},
		{"553 5.7.1 Sender address rejected: not owned by user spam-virus@sender.example", "553 5.7.1 Sender address rejected: not owned by user bob@sender.example"},
		{"554 5.7.1 <spam-relay.example>: Helo command rejected: Access denied", "554 5.7.1 <mx.example>: Helo command rejected: Access denied"},
		{"550 5.1.1 <virus@example.test>... User unknown", "550 5.1.1 <bob@example.test>... User unknown"},
		{"550 5.1.1 virus.spam@example.test... User unknown", "550 5.1.1 bob@example.test... User unknown"},
		{"554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied; from=<spam@example.test> to=<x@example.test> helo=<spam.example>", "554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied"},
	}
	for _, p := range same {
		a, err := ExplainText(p[0])
		if err != nil {
			t.Fatal(err)
		}
		b, err := ExplainText(p[1])
		if err != nil {
			t.Fatal(err)
		}
		if a.Category != b.Category || a.Rule != b.Rule {
			t.Errorf("%q: %s (rule %s); with a neutral name: %s (rule %s)", p[0], a.Category, a.Rule, b.Category, b.Rule)
		}
		if a.Category == SpamContent || a.Category == Virus {
			t.Errorf("%q: a name decided the category %s", p[0], a.Category)
		}
	}
	// wording next to or around identifiers still counts
	for in, want := range map[string]Category{
		"551 5.1.6 User has moved; please try <new@example.test>":                                          Moved,
		"554 5.7.1 Service unavailable; client blocked, see <https://www.spamhaus.org/query/ip/192.0.2.1>": Reputation,
		"550 5.7.1 <bob@example.test>: message content rejected as spam":                                   SpamContent,
		"550 5.1.1 <bob@example.test>: Recipient address rejected: User unknown":                           UserUnknown,
		"550 5.1.1 bob@example.test: User unknown; see @ the admin":                                        UserUnknown,
	} {
		e, err := ExplainText(in)
		if err != nil {
			t.Fatal(err)
		}
		if e.Category != want {
			t.Errorf("%q: %s (rule %s), want %s", in, e.Category, e.Rule, want)
		}
	}
	// the Spamhaus link in <...> still names the blocklist
	if e, _ := ExplainText("554 5.7.1 Service unavailable; client blocked, see <https://www.spamhaus.org/query/ip/192.0.2.1>"); e.Blocklist != "Spamhaus" {
		t.Errorf("blocklist %q", e.Blocklist)
	}
}

// TestOriginalRecipientFromDSN: Original-Recipient differing from
// Final-Recipient is kept; the same address is not repeated.
func TestOriginalRecipientFromDSN(t *testing.T) {
	t.Parallel()
	r, err := Parse("Original-Recipient: rfc822;alice@example.test\nFinal-Recipient: rfc822; root@example.test\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full")
	if err != nil {
		t.Fatal(err)
	}
	if r.Recipient != "root@example.test" || r.OriginalRecipient != "alice@example.test" {
		t.Errorf("recipient %q original %q", r.Recipient, r.OriginalRecipient)
	}
	r, _ = Parse("Final-Recipient: rfc822; root@example.test\nOriginal-Recipient: rfc822;ROOT@example.test\nStatus: 5.2.2")
	if r.Recipient != "root@example.test" || r.OriginalRecipient != "" {
		t.Errorf("same address: recipient %q original %q", r.Recipient, r.OriginalRecipient)
	}
}
