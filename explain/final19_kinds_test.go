package explain

import "testing"

// Kinds of helper final19 (issue 10, session 14; docs/heldout/heldout19.md),
// in new wording.

// A 551 that names the address to try (or use) instead is RFC 5321's
// forward path: the recipient moved. A 551 without an address to try, or
// one about relaying or SPF, is not read so.
func TestKindFinal19TryAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"551 try j.doe@branch.example", Moved, ClassPermanent},
		{"551 5.1.6 please use kim@newhome.example from now on", Moved, ClassPermanent},
		{"<ops@old.example>: host mx.old.example[192.0.2.9] said: 551 send it to ops@new.example (in reply to RCPT TO command)", Moved, ClassPermanent},
		{"551 Try new mailbox: lee.chan at corp.example", Moved, ClassPermanent},
	})
	for _, in := range []string{"551 try again later", "551 we do not relay, try your own server", "551 DATA rejected - unable to deliver to the recipient"} {
		if e, err := explainOne(in); err != nil || e.Category == Moved {
			t.Errorf("%q: got %s (rule %q, %v), want no moved recipient", in, e.Category, e.Rule, err)
		}
	}
}

// A code given as the value of a mail client's "server error" label in its
// error dialog ("Server Error: 550, Error Number: ...", "Errore del server:
// 550.") is the reply's code; the label is no wording of the server.
func TestKindFinal19LabelledCode(t *testing.T) {
	for in, want := range map[string]int{
		"Envoi impossible. Erreur du serveur : 554.":                                   554,
		"Server Error: 451, Error Number: 0x800CCC6F":                                  451,
		"Der Vorgang ist fehlgeschlagen. Serverfehler: 552.\nFehlernummer: 0x800CCC7D": 552,
		"No se pudo enviar. Error del servidor: 550, Número de error: 0x800CCC79":      550,
	} {
		r, err := Parse(in)
		if err != nil || r.Code != want {
			t.Errorf("%q: code %d (%v), want %d", in, r.Code, err, want)
		}
	}
	checkKinds(t, []kindCase{
		{"Server Error: 553, Error Number: 0x800CCC78", Unknown, ClassPermanent},
		{"Il messaggio non è stato inviato. Errore del server: 421.", ServerError, ClassTransient}, // a bare 421: the service is not available
	})
	// a decimal number after the label is no code
	if r, err := Parse("Server error: 550.5 seconds"); err == nil && r.Code == 550 {
		t.Errorf("a decimal read as a code: %+v", r)
	}
}

// A busy mailbox is the receiving server's state (server-error), the class
// the code's; a busy mailbox whose reason is a full folder stays
// mailbox-full, a locked one mailbox-disabled.
func TestKindFinal19MailboxBusy(t *testing.T) {
	checkKinds(t, []kindCase{
		{"450 mailbox is busy, please try later", ServerError, ClassTransient},
		{"451 Requested action aborted: mailbox in use by another delivery", ServerError, ClassTransient},
		{"Remote Server returned '554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded'", MailboxFull, ""},
		{"450 4.2.1 Mailbox is locked, try again later", MailboxDisabled, ClassTransient},
	})
}

// A limit per period without a code lifts by itself: transient. With a
// code, the code decides; a report that says the delivery failed
// permanently stays permanent.
func TestKindFinal19DailyLimitClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Sending failed: daily sending quota of 300 messages exceeded for this account", RateLimited, ClassTransient},
		{"Error: daily message limit reached for this mailbox", RateLimited, ClassTransient},
		{"550 5.4.5 Daily user sending limit exceeded", RateLimited, ClassPermanent},
		{"421 4.7.0 daily limit of connections reached, come back later", RateLimited, ClassTransient},
	})
}

// Kinds of heldout19's first run, in new wording: a sending API's cap on
// one request's recipients does not lift by waiting; Gmail's HELO refusal
// in a localized client, and pasted line by line so that its last line is
// the help link alone.
func TestKindFinal19HeldoutRun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SendError: Too many recipients; max is 500 per request", RateLimited, ClassPermanent},
		{"501 5.5.4 L'argument HELO/EHLO « mail » n'est pas valide, fermeture de la connexion.", RFCNoncompliant, ClassPermanent},
		{"501 5.5.4 Ungültiges Argument.\n501 5.5.4 https://support.google.com/mail/?p=helo x12si998877qtb.40 - gsmtp", RFCNoncompliant, ClassPermanent},
		// an SMTP server's own recipient limit stays a temporary refusal
		{"452 4.5.3 Too many recipients", RateLimited, ClassTransient},
	})
}
