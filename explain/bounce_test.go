package explain

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type wantBounce struct {
	rcpt, enhanced, stage, host string
	code                        int
	cat                         Category
	class                       Class
	provider                    string
}

func checkBounce(t *testing.T, file string, want []wantBounce) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "bounces", file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	replies, err := ParseBounce(f)
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if len(replies) != len(want) {
		for _, r := range replies {
			t.Logf("got %+v", r)
		}
		t.Fatalf("%s: %d replies, want %d", file, len(replies), len(want))
	}
	for i, w := range want {
		r := replies[i]
		e := Explain(r)
		code := 0
		if e.Code != nil {
			code = *e.Code
		}
		if r.Recipient != w.rcpt || code != w.code || e.Enhanced != w.enhanced || e.Category != w.cat || e.Class != w.class ||
			(w.stage != "" && r.Stage != w.stage) || (w.host != "" && r.RemoteHost != w.host) || e.Provider != w.provider {
			t.Errorf("%s #%d: got rcpt=%q code=%d enh=%q cat=%s class=%s stage=%q host=%q provider=%q\nwant %+v",
				file, i, r.Recipient, code, e.Enhanced, e.Category, e.Class, r.Stage, r.RemoteHost, e.Provider, w)
		}
	}
}

func TestBouncePostfixDSN(t *testing.T) {
	t.Parallel()
	checkBounce(t, "postfix-dsn.eml", []wantBounce{
		{rcpt: "bob@rcpt.example", code: 550, enhanced: "5.1.1", stage: "RCPT TO", host: "mx1.rcpt.example", cat: UserUnknown, class: ClassPermanent},
		{rcpt: "carol@blocked.example", code: 554, enhanced: "5.7.1", stage: "RCPT TO", host: "mx.blocked.example", cat: Reputation, class: ClassPermanent, provider: ProvSpamhaus},
	})
}

func TestBounceEximPlain(t *testing.T) {
	t.Parallel()
	checkBounce(t, "exim-plain.eml", []wantBounce{
		{rcpt: "dave@rcpt.example", code: 550, enhanced: "5.1.1", stage: "RCPT TO", host: "mx.rcpt.example", cat: UserUnknown, class: ClassPermanent},
		{rcpt: "erin@nodomain.example", cat: HostUnknown, class: ClassPermanent},
		{rcpt: "frank@full.example", code: 552, enhanced: "5.2.2", stage: "END OF DATA", host: "mx.full.example", cat: MailboxFull, class: ClassPermanent},
	})
}

func TestBounceExchangeNDR(t *testing.T) {
	t.Parallel()
	checkBounce(t, "exchange-ndr.eml", []wantBounce{
		{rcpt: "grace@rcpt.example", code: 550, enhanced: "5.1.10", cat: UserUnknown, class: ClassPermanent, provider: ProvMicrosoft},
		{rcpt: "heidi@partner.example", code: 550, enhanced: "5.7.606", host: "partner-example.mail.protection.outlook.com", cat: Reputation, class: ClassPermanent, provider: ProvMicrosoft},
	})
}

func TestBounceGmail(t *testing.T) {
	t.Parallel()
	checkBounce(t, "gmail-bounce.eml", []wantBounce{
		{rcpt: "ivan@rcpt.example", code: 550, enhanced: "5.1.1", host: "mx.rcpt.example", cat: UserUnknown, class: ClassPermanent},
	})
	checkBounce(t, "gmail-text-only.txt", []wantBounce{
		{rcpt: "judy@gmail.example", code: 550, enhanced: "5.7.26", cat: SenderAuth, class: ClassPermanent, provider: ProvGmail},
	})
}

func TestBounceNothing(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"", "Subject: hi\r\n\r\nhello there\r\n", "\x00\x01\x02\xff", strings.Repeat("x", 1<<20)} {
		if _, err := ParseBounce(strings.NewReader(in)); !errors.Is(err, ErrNoRecipients) {
			t.Errorf("ParseBounce(%.20q): err %v, want ErrNoRecipients", in, err)
		}
	}
}

func TestBouncePostfixExpandedAlias(t *testing.T) {
	t.Parallel()
	body := "Subject: Undelivered Mail Returned to Sender\n\n" +
		"<bob@rcpt.example> (expanded from <team@sender.example>): host\n" +
		"    mx.rcpt.example[192.0.2.25] said: 552 5.2.2 <bob@rcpt.example>: Mailbox\n" +
		"    full (in reply to RCPT TO command)\n\n" +
		"<carol@nodomain.example>: Host or domain name not found. Name service error\n" +
		"    for name=nodomain.example type=MX: Host not found, try again\n"
	rs, err := ParseBounce(strings.NewReader(body))
	if err != nil || len(rs) != 2 {
		t.Fatalf("%d replies, %v", len(rs), err)
	}
	e := Explain(rs[0])
	if rs[0].Recipient != "bob@rcpt.example" || rs[0].RemoteHost != "mx.rcpt.example" || rs[0].Stage != "RCPT TO" || e.Category != MailboxFull {
		t.Errorf("alias: %+v %s", rs[0], e.Category)
	}
	e = Explain(rs[1])
	// "Host not found, try again" is a temporary DNS failure (the bounce came
	// when the queue lifetime ran out), not a domain that does not exist
	if rs[1].Recipient != "carol@nodomain.example" || e.Category != Network || e.Class != ClassPermanent || e.Code != nil {
		t.Errorf("no code: %+v %s %s", rs[1], e.Category, e.Class)
	}
}
