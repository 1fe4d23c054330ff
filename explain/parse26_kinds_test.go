package explain

import "testing"

// Session 21's parser kinds (parse26; docs/heldout/heldout26-parse.md),
// each in new wording (not the batches' rows).

// parse26Reply parses in and returns its reply, failing on an error.
func parse26Reply(t *testing.T, in string) Reply {
	t.Helper()
	r, err := Parse(in)
	if err != nil {
		t.Fatalf("%q: %v", in, err)
	}
	return r
}

// A reply whose code comes after its words (a multi-line reply flattened
// by an application, the code of its last line at the end): the words
// before the code are its text; a log prefix before a code alone is not.
func TestKindParse26CodeAfterWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailer error: 5.7.0 Must issue a STARTTLS command first. See 530 5.7.0", TLSRequired, ClassPermanent},
		{"Send failed: 5.5.1 Authentication Required. Read https://help.mail.example/smtp 530 5.5.1", AuthRequired, ClassPermanent},
		{"Daily sending quota exceeded for this account 550 5.4.5", RateLimited, ClassPermanent},
		{"Receiving mailbox is over its size limit (552 5.2.2)", MailboxFull, ClassPermanent},
	})
	for _, c := range []struct{ in, text string }{
		{"Message refused by the content filter 554 5.7.1", "Message refused by the content filter"},
		{"Dec  7 10:00:01 mx postfix/smtp[123]: 550 5.1.1", ""},
		{"status=bounced 550 5.1.1", ""},
	} {
		if r := parse26Reply(t, c.in); r.Text != c.text {
			t.Errorf("%q: text %q, want %q", c.in, r.Text, c.text)
		}
	}
}

// A code in parentheses after a word for "error" or "code" in any
// language is the reply's code, the words before it its text; an HTTP
// status there ("(code 404)") is none.
func TestKindParse26ParenthesisedLocalizedCode(t *testing.T) {
	for _, c := range []struct {
		in   string
		code int
	}{
		{"Nachricht konnte nicht zugestellt werden (Fehlercode 552)", 552},
		{"Le message n'a pas pu être envoyé (erreur : 421)", 421},
		{"Impossibile consegnare il messaggio (errore 550)", 550},
		{"No se pudo entregar el mensaje (código de error 553)", 553},
		{"Не удалось доставить письмо (ошибка 451)", 451},
		{"Wiadomość odrzucona (błąd 554)", 554},
		{"Failed to deliver (Error 421)", 421},
	} {
		if r := parse26Reply(t, c.in); r.Code != c.code || r.Text == "" {
			t.Errorf("%q: code %d text %q, want %d and the words", c.in, r.Code, r.Text, c.code)
		}
	}
	checkKinds(t, []kindCase{
		{"Die Nachricht wurde abgelehnt: Postfach voll (Fehler 552)", MailboxFull, ClassPermanent},
		{"Entrega falló: buzón lleno, intente más tarde (código 452)", MailboxFull, ClassTransient},
	})
	// a web server's status in parentheses is no reply code
	for _, in := range []string{"Unable to send an email: the page was not found (code 404).", "Le site n'est pas accessible (erreur 502)"} {
		if r, _ := Parse(in); r.Code != 0 && r.Code != 404 {
			t.Errorf("%q: read as SMTP code %d", in, r.Code)
		}
	}
}

// An HTTP status before the SMTP reply an API passed on ("status 400,
// message: 550 5.1.1 ...") is no reply code: the SMTP reply is.
func TestKindParse26HTTPStatusBeforeSMTPReply(t *testing.T) {
	for _, c := range []struct {
		in   string
		code int
	}{
		{"Delivery API error, status 400, detail: 550 5.1.1 recipient does not exist", 550},
		{`{"statusCode": 422, "error": "552 5.2.2 The mailbox is full"}`, 552},
		{"Upstream returned HTTP 502: 421 4.3.2 System not accepting network messages", 421},
		// the status alone stays the status
		{"API returned status 429: too many requests", 429},
	} {
		if r := parse26Reply(t, c.in); r.Code != c.code {
			t.Errorf("%q: code %d, want %d", c.in, r.Code, c.code)
		}
	}
	checkKinds(t, []kindCase{
		{"Delivery API error, status 400, detail: 550 5.1.1 recipient does not exist", UserUnknown, ClassPermanent},
		{"Upstream returned HTTP 502: 421 4.3.2 System not accepting network messages", ServerError, ClassTransient},
	})
}

// The HELO/EHLO stage a wrapper names is the reply's stage, and a line that
// starts with the command but reports its failure is no client command.
func TestKindParse26HeloWrapperStage(t *testing.T) {
	for _, c := range []struct{ in, stage string }{
		{"EHLO command failed: 554 5.7.1 not welcome here", "EHLO"},
		{"HELO refused: 550 go away", "HELO"},
		{"smtplib.SMTPHeloError: (554, b'Service unavailable')", "HELO"},
		{"mailer: smtp: EHLO: 421 4.3.2 try later", "EHLO"},
		{"EHLO error: 501 5.5.4 Invalid domain name", "EHLO"},
	} {
		if r := parse26Reply(t, c.in); r.Stage != c.stage || r.Code == 0 {
			t.Errorf("%q: stage %q code %d, want %s and the code", c.in, r.Stage, r.Code, c.stage)
		}
	}
	checkKinds(t, []kindCase{
		{"EHLO error: 501 5.5.4 Invalid domain name", RFCNoncompliant, ClassPermanent},
		// a transcript's own HELO command still names the stage of the next reply
		{"HELO box.local\n550 5.7.1 HELO name not fully qualified", RFCNoncompliant, ClassPermanent},
	})
}

// Exim's main log behind a container's prefix keeps its pid column ("mx_1
// | 231   ** a@b R=... T=...: 550 ..."): the pid is no reply code.
func TestKindParse26EximPidColumn(t *testing.T) {
	checkKinds(t, []kindCase{
		{"231   ** ola@far.example R=dnslookup T=remote_smtp H=mx.far.example [192.0.2.7]: SMTP error from remote mail server after RCPT TO:<ola@far.example>: 550 5.1.1 no mailbox here by that name", UserUnknown, ClassPermanent},
		{"mx_1  | 254   ** ola@far.example R=smarthost T=remote_smtp_smarthost: SMTP error from remote mail server after MAIL FROM:<a@b.example>: 530 5.7.0 Must authenticate", AuthRequired, ClassPermanent},
		// a reply whose text starts with "**" stays a reply
		{"250 ** queued as 4F2A1", Success, ClassSuccess},
	})
}

// parse26Stdin reads in on standard input (Scanner, with wording) and
// returns its entries.
func parse26Stdin(t *testing.T, in string) ([]Reply, *Scanner) {
	t.Helper()
	return scanAll(t, in+"\n", true)
}

// Standard input reads one session whose failure is followed by the
// client's QUIT and the server's goodbye (221) as one entry, decided by the
// failure, as the argument; smtplib's "send: 'quit'" and "reply: b'221
// ...'" lines the same. A 221 that ends a session without a failure, and a
// list of replies, stay entries of their own.
func TestKindParse26GoodbyeAfterFailure(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		code int // of the first entry
	}{
		{"250 2.1.0 Sender ok\n452 4.2.2 <ola@far.example>: mailbox over quota\n221 2.0.0 closing connection", 1, 452},
		{"553 5.7.1 <a@b.example>: Sender address rejected: not owned by user\nQUIT\n221 Bye", 1, 553},
		{"550 5.1.1 <ola@far.example>: no such user\nsend: 'quit\\r\\n'\nreply: b'221 2.0.0 Goodbye'", 1, 550},
		// a goodbye with no failure before it is an entry
		{"250 2.0.0 Ok: queued as 3F1A2\n221 2.0.0 Bye", 2, 250},
		// a list of failures stays a list
		{"550 5.1.1 no such user\n452 4.2.2 mailbox full", 2, 550},
	} {
		got, _ := parse26Stdin(t, c.in)
		if len(got) != c.n || len(got) > 0 && got[0].Code != c.code {
			var codes []int
			for _, g := range got {
				codes = append(codes, g.Code)
			}
			t.Errorf("%q: %d entries %v, want %d (first %d)", c.in, len(got), codes, c.n, c.code)
		}
	}
}

// A line of words whose sentence runs on, then a reply's continuation
// line ("... due to the domain's\n550-5.7.1 DMARC policy"): the words are
// the reply's first line, one entry on standard input as in the argument.
func TestKindParse26ReplyFirstLineCut(t *testing.T) {
	for _, in := range []string{
		"Message rejected because it fails the sending domain's\n550-5.7.26 DMARC policy check. See\n550 5.7.26 https://support.mail.example/dmarc",
		"The mailbox you tried to reach is over its quota and cannot take\n452-4.2.2 more mail at this time. Please try\n452 4.2.2 again later.",
	} {
		got, _ := parse26Stdin(t, in)
		r, _ := Parse(in)
		if len(got) != 1 || Explain(got[0]).Category != Explain(r).Category {
			t.Errorf("%q: %d entries, want 1 reading as the argument (%s)", in, len(got), Explain(r).Category)
		}
	}
	// a sentence that ends, then a reply of its own: two entries
	if got, _ := parse26Stdin(t, "Your mailbox is full.\n550-5.1.1 no such user here\n550 5.1.1 try another address"); len(got) != 2 {
		t.Errorf("a complete sentence before a reply joined it: %d entries", len(got))
	}
}

// A Markdown list item without a code after a reply that translates or
// annotates it is part of that reply; an item naming another cause, or a
// list of coded items, stays a list.
func TestKindParse26ListItemAnnotation(t *testing.T) {
	for _, c := range []struct {
		in string
		n  int
	}{
		{"550 5.1.1 <ola@far.example>: Recipient address rejected: User unknown\n- der Empfänger ist unbekannt", 1},
		{"552 5.2.2 Mailbox full\n* la casella del destinatario è piena", 1},
		{"554 5.7.1 Relay access denied\n- **Meaning**: the server does not relay for you", 1},
		{"550 5.1.1 no such user\n- greylisted, try again in 5 minutes", 2},
		{"550 5.1.1 no such user\n- 421 4.7.0 too many connections", 2},
	} {
		if got, _ := parse26Stdin(t, c.in); len(got) != c.n {
			t.Errorf("%q: %d entries, want %d", c.in, len(got), c.n)
		}
	}
}

// Batch 26-parse a's kinds: a code in parentheses that ends the sentence
// ("... (Error 550).") leaves the words before it as the text; "not
// relaying" is a relay refusal; an unverified sending domain in the
// Romance languages and German is the sender's, as in English.
func TestKindParse26BatchA(t *testing.T) {
	checkKinds(t, []kindCase{
		{"O servidor recusou a mensagem: domínio não verificado (erro 550).", SenderInvalid, ClassPermanent},
		{"Le service refuse l'envoi : domaine non vérifié (erreur 550).", SenderInvalid, ClassPermanent},
		{"550 5.7.1 we are not relaying for far.example", RelayDenied, ClassPermanent},
		{"Die Zustellung scheiterte, Postfach voll (Fehler 552).", MailboxFull, ClassPermanent},
	})
}

// Batch 26-parse b's kinds: the sender's domain or address "not valid"
// is the sender's (as "invalid" is); an address whose domain part is
// missing is malformed.
func TestKindParse26BatchB(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.1.8 The sender address is not valid for this relay", SenderInvalid, ClassPermanent},
		{"SMTPSendFailedException: 554 sender's domain isn't valid", SenderInvalid, ClassPermanent},
		{"Net::SMTPSyntaxError (501 No domain specified for recipient.", Syntax, ClassPermanent},
		// neighbour: the recipient's address not valid stays the recipient's
		{"550 5.1.1 The recipient address is not valid", UserUnknown, ClassPermanent},
	})
}
