package bounce

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPostfix(t *testing.T)  { t.Parallel(); checkFamily(t, "postfix") }
func TestExim(t *testing.T)     { t.Parallel(); checkFamily(t, "exim") }
func TestExchange(t *testing.T) { t.Parallel(); checkFamily(t, "exchange") }
func TestGmail(t *testing.T)    { t.Parallel(); checkFamily(t, "gmail") }

// Every sample directory is a registered family or a kind of non-bounce,
// and every family has a sample directory.
func TestEverySampleDirIsAFamily(t *testing.T) {
	t.Parallel()
	dirs, err := os.ReadDir(samples)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	nonBounce := map[string]bool{"arf": true, "auto-reply": true, "challenge-response": true, "webhook": true}
	for _, f := range Formats() {
		known[f] = true
	}
	seen := map[string]bool{}
	for _, d := range dirs {
		if !d.IsDir() {
			t.Errorf("%s: samples go in a family directory", d.Name())
			continue
		}
		seen[d.Name()] = true
		if !known[d.Name()] && !nonBounce[d.Name()] {
			t.Errorf("%s: not a registered family", d.Name())
		}
	}
	for f := range known {
		if !seen[f] {
			t.Errorf("family %s has no sample directory under %s", f, samples)
		}
	}
}

func TestNotABounce(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"", "Subject: hi\r\n\r\nhello there\r\n", "\x00\x01\x02\xff", strings.Repeat("x", 1<<20),
		"From: bob@sender.example\nSubject: lunch?\n\nShall we meet at noon? Write to carol@sender.example if not.\n"} {
		if res, err := ParseBytes([]byte(in)); !errors.Is(err, ErrNotBounce) {
			t.Errorf("Parse(%.20q): %+v, %v; want ErrNotBounce", in, res, err)
		}
	}
}

// The bounces a real Postfix 3.7 and a real Exim 4.96 sent (testdata/real).
func TestRealBounces(t *testing.T) {
	t.Parallel()
	read := func(name string) map[string]Recipient {
		raw, err := os.ReadFile(filepath.Join("..", "testdata", "real", name))
		if err != nil {
			t.Fatal(err)
		}
		res, err := ParseBytes(raw)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]Recipient{}
		for _, r := range res.Problems() {
			out[r.Recipient] = r
		}
		return out
	}
	ex := read("exim/bounce.eml")
	if len(ex) != 3 {
		t.Errorf("Exim bounce: %d recipients, want 3", len(ex))
	}
	if e := ex["full@postfix.example.test"].Explain(); e.Rule != "mta.no-valid-recipients" || e.Stage != "END OF DATA" {
		t.Errorf("Exim bounce, full@: %s rule %s stage %q", e.Category, e.Rule, e.Stage)
	}
	for _, r := range []string{"gone@postfix.example.test", "nobody@postfix.example.test"} {
		if e := ex[r].Explain(); e.Category != "user-unknown" || e.Stage != "RCPT TO" {
			t.Errorf("Exim bounce, %s: %s stage %q", r, e.Category, e.Stage)
		}
	}
	pf := read("postfix/bounce.eml")
	if len(pf) != 2 {
		t.Errorf("Postfix bounce: %d recipients, want 2", len(pf))
	}
	if e := pf["unknown@exim.example.test"].Explain(); e.Category != "user-unknown" || e.Stage != "RCPT TO" {
		t.Errorf("Postfix bounce, unknown@ (Exim's Unrouteable address): %s stage %q", e.Category, e.Stage)
	}
	if e := pf["full@exim.example.test"].Explain(); e.Category != "mailbox-full" {
		t.Errorf("Postfix bounce, full@: %s", e.Category)
	}
}

// Long folded inputs parse in linear time (no quadratic string building).
func TestManyContinuationLines(t *testing.T) {
	t.Parallel()
	res, err := ParseBytes([]byte("Subject: x\n\n<a@b.example>: host h.example[192.0.2.1] said: 550 5.1.1 x" + strings.Repeat("\n    y", 200000)))
	if err != nil || len(res.Recipients) != 1 {
		t.Fatal(res, err)
	}
}

func TestQmail(t *testing.T)     { t.Parallel(); checkFamily(t, "qmail") }
func TestYahoo(t *testing.T)     { t.Parallel(); checkFamily(t, "yahoo") }
func TestDMA(t *testing.T)       { t.Parallel(); checkFamily(t, "dma") }
func TestOpenSMTPD(t *testing.T) { t.Parallel(); checkFamily(t, "opensmtpd") }
func TestSendmail(t *testing.T)  { t.Parallel(); checkFamily(t, "sendmail") }
func TestCourier(t *testing.T)   { t.Parallel(); checkFamily(t, "courier") }
func TestRFC3464(t *testing.T)   { t.Parallel(); checkFamily(t, "rfc3464") }

func TestMessagingServer(t *testing.T) { t.Parallel(); checkFamily(t, "messaging-server") }
func TestDomino(t *testing.T)          { t.Parallel(); checkFamily(t, "domino") }
func TestX400(t *testing.T)            { t.Parallel(); checkFamily(t, "x400") }

// Not bounces: ARF reports, auto-replies and challenge-response messages
// have their own kinds.
func TestARF(t *testing.T)               { t.Parallel(); checkFamily(t, "arf") }
func TestAutoReply(t *testing.T)         { t.Parallel(); checkFamily(t, "auto-reply") }
func TestChallengeResponse(t *testing.T) { t.Parallel(); checkFamily(t, "challenge-response") }

func TestGateway(t *testing.T) { t.Parallel(); checkFamily(t, "gateway") }

func TestGoogleGroups(t *testing.T) { t.Parallel(); checkFamily(t, "google-groups") }
func TestJapan(t *testing.T)        { t.Parallel(); checkFamily(t, "japan") }

func TestIMail(t *testing.T)      { t.Parallel(); checkFamily(t, "imail") }
func TestMDaemon(t *testing.T)    { t.Parallel(); checkFamily(t, "mdaemon") }
func TestKerio(t *testing.T)      { t.Parallel(); checkFamily(t, "kerio") }
func TestMailEnable(t *testing.T) { t.Parallel(); checkFamily(t, "mailenable") }
func TestJames(t *testing.T)      { t.Parallel(); checkFamily(t, "james") }
func TestHaraka(t *testing.T)     { t.Parallel(); checkFamily(t, "haraka") }
func TestZimbra(t *testing.T)     { t.Parallel(); checkFamily(t, "zimbra") }
func TestPowerMTA(t *testing.T)   { t.Parallel(); checkFamily(t, "powermta") }

// docs/bounces.md has a row for every registered family, and no row for a
// family that does not exist.
func TestDocsFamilyTable(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(filepath.Join("..", "docs", "bounces.md"))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]bool{}
	for _, ln := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(ln, "| `") {
			name := strings.TrimPrefix(ln, "| `")
			if i := strings.IndexByte(name, '`'); i > 0 {
				rows[name[:i]] = true
			}
		}
	}
	nonBounce := map[string]bool{"success": true, "feedback": true, "auto-reply": true, "challenge": true}
	for _, f := range JSONFormats() {
		nonBounce[f] = true
	}
	known := map[string]bool{}
	for _, f := range Formats() {
		known[f] = true
		if !rows[f] {
			t.Errorf("docs/bounces.md: no row for the family %s", f)
		}
	}
	for r := range rows {
		if !known[r] && !nonBounce[r] {
			t.Errorf("docs/bounces.md: a row for %s, which is no registered family", r)
		}
	}
}

func TestICloud(t *testing.T) { t.Parallel(); checkFamily(t, "icloud") }
func TestZoho(t *testing.T)   { t.Parallel(); checkFamily(t, "zoho") }
func TestMailRu(t *testing.T) { t.Parallel(); checkFamily(t, "mailru") }
func TestYandex(t *testing.T) { t.Parallel(); checkFamily(t, "yandex") }
func TestGMX(t *testing.T)    { t.Parallel(); checkFamily(t, "gmx") }
func TestSES(t *testing.T)    { t.Parallel(); checkFamily(t, "ses") }

// JSON notifications of Amazon SES and the ESPs (SendGrid, Mailgun,
// Postmark, SparkPost): testdata/bounces/webhook/*.json.
func TestWebhook(t *testing.T) { t.Parallel(); checkFamily(t, "webhook") }

// Layouts of no known family: the catch-all (labelled fields, a Polish
// report in ISO-8859-2, a bounce forwarded with "> " quoting).
func TestGeneric(t *testing.T) { t.Parallel(); checkFamily(t, "generic") }

// A filter named only in the returned message (a disclaimer the sender's
// mail carried) is not the gateway that wrote the report.
func TestGatewayNotFromReturnedMessage(t *testing.T) {
	t.Parallel()
	raw := "From: MAILER-DAEMON@mx.sender.example (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\n\n" +
		"This is the mail system at host mx.sender.example.\n\n<tom@rcpt.example>: host mx.rcpt.example[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\n" +
		"------ This is a copy of the message, including all the headers. ------\n\nFrom: a@sender.example\nSubject: hi\n\n" +
		"This email has been scanned by the Symantec Email Security.cloud service, powered by MessageLabs and Mimecast.\n"
	res, err := ParseBytes([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if res.Gateway != "" || res.Format != "postfix" || len(res.Problems()) != 1 {
		t.Errorf("gateway %q format %q, %d recipients; want no gateway, postfix, 1", res.Gateway, res.Format, len(res.Problems()))
	}
}
