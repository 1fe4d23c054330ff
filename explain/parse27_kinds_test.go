package explain

import "testing"

// Helper parse27's parser kinds (session 22), each in new wording (not the
// rows that showed them), with the neighbouring readings kept.

// A number followed by a word that counts occurrences is a count, not a
// reply code: "421 Mal", "250 раз", "503 veces"; the quoted reply's words
// decide. A reply whose text starts with a word like "Mal-" stays a reply.
func TestKindParse27CountIsNoCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{`El servidor contestó "mailbox full" unas 451 veces esta semana.`, MailboxFull, ""},
		{`Der Empfänger meldete "user unknown" 503 Mal hintereinander.`, UserUnknown, ""},
		{`Сервер вернул "user unknown" 252 раз подряд.`, UserUnknown, ""},
		{`Le serveur a répondu « mailbox full » 421 fois hier.`, MailboxFull, ""},
		// neighbour: a reply's own text
		{"550 Malformed address", Syntax, ClassPermanent},
	})
}

// A client-error HTTP status that RFC 5321 does not define, first on the
// line with a sentence after it, is the API's status: the class is the
// status's (permanent), the words give the category. 422 stays a code
// (SMTP tables list it for a full mailbox), and an unexplained token
// after 400 is left to the code.
func TestKindParse27HTTPStatusNotSMTP(t *testing.T) {
	checkKinds(t, []kindCase{
		{"400 Too many recipients in one request; the limit is 50", RateLimited, ClassPermanent},
		{"403 Sender domain not verified for this account", SenderInvalid, ClassPermanent},
		{"429 Too many requests from this key", RateLimited, ClassTransient},
		// neighbours: a real SMTP 4xx stays transient, and a 400 an MTA
		// synthesizes (no maximum stated) keeps its 4xx class
		{"452 Too many recipients in this message", RateLimited, ClassTransient},
		{"400 GatewayMTA internal: connection to every candidate host timed out", Network, ClassTransient},
	})
}

// A quoted-printable soft break inside a reply code or an enhanced code,
// or right after the enhanced code, is joined: the code is read whole.
func TestKindParse27QPBreakInCode(t *testing.T) {
	for _, c := range []struct {
		in   string
		code int
		enh  string
		cat  Category
	}{
		{"Remote server said: 45=\n2 4.2.2 mailbox over quota, try later", 452, "4.2.2", MailboxFull},
		{"Remote server said: 550 5.1=\n.1 no such user here", 550, "5.1.1", UserUnknown},
		{"Last error: 550-'5.7.1=\n Relaying denied for this client", 550, "5.7.1", RelayDenied},
	} {
		r, err := Parse(c.in)
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if e := Explain(r); r.Code != c.code || r.Enhanced != c.enh || e.Category != c.cat {
			t.Errorf("%q: code %d %q, %s (rule %q), want %d %q %s", c.in, r.Code, r.Enhanced, e.Category, e.Rule, c.code, c.enh, c.cat)
		}
	}
}

// Prose around a reply quoted in double quotes: the reply's own words
// decide; the prose after the closing quote is context, read only when the
// reply names no cause.
func TestKindParse27ProseAfterQuotedReply(t *testing.T) {
	checkKinds(t, []kindCase{
		{`The bounce "550 5.7.1 Message rejected as spam" comes from your provider's SMTP server, not from us`, SpamContent, ClassPermanent},
		{`Got "552 5.2.2 Mailbox full" back, try asking your ISP's mail server admin`, MailboxFull, ClassPermanent},
		// neighbour: the prose names the cause when the quoted reply does not
		{`We see "550 Rejected" because your IP address is listed on a DNS blocklist`, Reputation, ClassPermanent},
	})
}

// The stage a client library infers (its expected codes for RCPT TO) does
// not turn a verdict on the message into one on the sender; a stage the
// server's report states does.
func TestKindParse27LibraryStageKeepsVerdict(t *testing.T) {
	checkKinds(t, []kindCase{
		{`Expected response code "250/251/252" but got code "550", with message "550 5.7.1 Message identified as spam".`, SpamContent, ClassPermanent},
		{`smtplib.SMTPRecipientsRefused: {'a@b.example': (554, b'5.7.1 Spam message rejected')}`, SpamContent, ClassPermanent},
		// neighbour: the server's own "in reply to RCPT TO"
		{"host mx.b.example[192.0.2.5] said: 554 5.7.1 Your message looks like spam (in reply to RCPT TO command)", Reputation, ClassPermanent},
	})
}
