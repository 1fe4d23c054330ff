package explain

import "testing"

// The kinds held-out batch 15-prov found on its first run, in new wording
// (not the batch's rows).

// A filter's hedged verdict on this message ("possible abuse") is about its
// content; a block for the sender's abuse stays a reputation block.
func TestKindProv15PossibleAbuse(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Possible abuse detected in this message, it was not accepted", SpamContent, ClassPermanent},
		{"550 potential email abuse: message refused by the outgoing filter", SpamContent, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.7.501 Access denied, spam abuse detected. Contact the postmaster to be delisted", Reputation, ClassPermanent},
		{"554 Your IP address is blocked for abuse", Reputation, ClassPermanent},
	})
}

// A sending rate in the word order "<noun> rate exceeded" is a rate limit,
// whatever a routing-loop enhanced code says; a bounce rate stays what its
// own rule says.
func TestKindProv15RateExceeded(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.4.6 Email rate exceeded limit for this sender, try later", RateLimited, ClassTransient},
		{"550 Send rate exceeded the limit of your plan", RateLimited, ClassPermanent},
	})
	if e, err := explainOne("550 Your bounce rate exceeded the limit; sending is paused"); err != nil || e.Rule == "prov15.rate-exceeded" {
		t.Errorf("a bounce rate: %v, rule %q", err, e.Rule)
	}
}

// A count of messages as a quota limits sending; a mailbox's count quota
// stays a full mailbox.
func TestKindProv15MessageCountQuota(t *testing.T) {
	checkKinds(t, []kindCase{
		{"452 Message count limit reached for today, try tomorrow", RateLimited, ClassTransient},
		{"Your plan's sent message quota is used up", RateLimited, ""},
	})
	checkKinds(t, []kindCase{
		{"552 5.2.2 Mailbox message count quota exceeded", MailboxFull, ClassPermanent},
	})
}

// The failed lookup of the recipient's domain, without a code: the domain
// does not resolve. A lookup that is retried stays a network failure, a
// reverse lookup of the client stays a PTR failure.
func TestKindProv15DomainLookupFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Host look-up failed for the recipient's domain", HostUnknown, ClassPermanent},
		{"delivery error: domain name lookup failed", HostUnknown, ""},
	})
	checkKinds(t, []kindCase{
		{"Host lookup failed: SERVFAIL for far.example, will retry", Network, ClassTransient},
		{"host lookup did not complete", Network, ClassTransient},
		{"550 Reverse DNS lookup failed for host 203.0.113.20", PTRRequired, ClassPermanent},
	})
}

// A content filter's verdict on inappropriate words or content.
func TestKindProv15InappropriateContent(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Message refused: it contains inappropriate content", SpamContent, ClassPermanent},
		{"(550, b'Your email may contain inappropriate language or words')", SpamContent, ClassPermanent},
	})
}

// A verdict that the mail appears to be unsolicited is about the message,
// though its remedy asks to whitelist the sender; a spam source stays a
// reputation block.
func TestKindProv15AppearsUnsolicited(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 This mail appears to be unsolicited; resend it with the code in the subject or ask to have the sender whitelisted", SpamContent, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"554 5.7.1 Your IP address is a known source of unsolicited mail", Reputation, ClassPermanent},
	})
}

// "Missing" that goes with the reverse DNS is no HELO without its argument;
// a HELO that is missing its argument stays a syntax error.
func TestKindProv15HeloAndMissingReverse(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Rejected: odd HELO [10.0.0.5] and missing reverse DNS for 203.0.113.9", PTRRequired, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"501 5.5.2 HELO command rejected: argument missing", Syntax, ClassPermanent},
	})
}

// A code between a mail client's "server error" words and a colon is the
// reply's code; an HTTP status after its lead stays an HTTP status.
func TestKindProv15ServerErrorColonCode(t *testing.T) {
	for in, want := range map[string]int{
		"Serverfehler 552: Nachricht zu groß":                 552,
		"Errore del server 421: Too many connections":         421,
		"Server error 550: Requested action not taken":        550,
		"Erreur du serveur 451: veuillez réessayer":           451,
		"The server said: SMTP error 554: Transaction failed": 554,
	} {
		r, err := Parse(in)
		if err != nil || r.Code != want {
			t.Errorf("%q: code %d (%v), want %d", in, r.Code, err, want)
		}
	}
	checkKinds(t, []kindCase{
		{"Server error 552: Message size exceeds fixed limit", MessageTooBig, ClassPermanent},
		{"Errore del server 421: Too many connections, try later", RateLimited, ClassTransient},
	})
	// a number after other words and a colon is no code
	if r, err := Parse("Line 550: Mailbox full"); err == nil && r.Code == 550 {
		t.Errorf("a line number read as a code: %+v", r)
	}
}

// Batch 15-prov b's kinds, in new wording.

// A client told to log in before MAIL FROM ("send AUTH command first") is
// asked for authentication, whatever the code's "bad sequence" says; a
// plain bad sequence stays syntax.
func TestKindProv15bAuthCommandFirst(t *testing.T) {
	checkKinds(t, []kindCase{
		{"503 Error: send AUTH command first", AuthRequired, ClassPermanent},
		{"smtplib.SMTPSenderRefused: (503, b'5.5.1 Error: issue AUTH command first', 'app@shop.example')", AuthRequired, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"503 5.5.1 Error: need RCPT command", Syntax, ClassPermanent},
	})
}

// An hourly or daily cap worded "limited to N messages per hour" is a rate
// limit; a size "limited to 10 MB" is not.
func TestKindProv15bLimitedPerPeriod(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 Sending from this account is limited to 50 messages per hour, try again later", RateLimited, ClassTransient},
		{"554 New domains are limited to 300 emails / day until verified", RateLimited, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"552 5.3.4 Message size is limited to 10 MB per message", MessageTooBig, ClassPermanent},
	})
}

// A client's "Sender refused" without a code is the sender's refusal;
// smtplib's "recipients or sender refused" names neither, and a qmail
// bounce's "sender was rejected" takes the reply quoted after it.
func TestKindProv15bSenderRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Sending failed: sender address refused by the server", SenderInvalid, ClassPermanent},
		{"Could not send the message.\nSender was refused", SenderInvalid, ClassPermanent},
	})
	if e, err := explainOne("Error sending email: recipients or sender refused"); err == nil && e.Rule == "prov15.sender-refused" {
		t.Errorf("smtplib's generic words: rule %q", e.Rule)
	}
	checkKinds(t, []kindCase{
		{"Connected to 198.51.100.9 but sender was rejected.\nRemote host said: 554 5.7.1 Service unavailable; Client host [198.51.100.9] blocked using zen.spamhaus.org", Reputation, ClassPermanent},
	})
}

// A file refused for its type ("suspicious file (executable code)") is the
// attachment policy's, not a spam verdict; suspicious content stays spam.
func TestKindProv15bSuspiciousFile(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 A suspicious file (executable) was found in the attachment and refused", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 5.7.1 Message rejected: suspicious content, looks like spam", SpamContent, ClassPermanent},
	})
}

// Outlook Express's connection failure in Japanese, with its dialog
// fields: the SSL setting field is not a TLS failure.
func TestKindProv15bJapaneseConnectFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"サーバーへの接続は失敗しました。 アカウント : 'pop.example', サーバー : 'smtp.example', プロトコル : SMTP, ポート : 587, セキュリティ (SSL): あり, ソケット エラー : 10061, エラー番号 : 0x800CCC0E", Network, ClassTransient},
		{"送信サーバーへの接続に失敗しました。", Network, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"The connection to the server has failed. Account: 'Mail', Server: 'smtp.example', Protocol: SMTP, Port: 465, Secure (SSL): Yes, Socket Error: 10060, Error Number: 0x800CCC0E", Network, ClassTransient},
	})
}
