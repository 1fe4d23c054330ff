package explain

import "testing"

// Held-out batch 23's parser and stage kinds (forms23.go, rules_final23.go),
// tested in new wording: not heldout22's rows, nor heldout23's.

// A reply wrapped inside an address: the line before ends in the start of a
// local part, this one starts with its rest, the at-sign and the domain, and
// goes on with the reply's words, which decide.
func TestKindFinal23WrappedInAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SMTP error from remote server for RCPT TO command, host: mx.post.example (192.0.2.7) reason: 550 Recipient not accepted -- invalid mailbox. Local mailbox ivan.petr\nov@post.example is unavailable: account is disabled", MailboxDisabled, ClassPermanent},
		{"SMTP error from remote server for RCPT TO command, host: mx.correo.example (192.0.2.61) reason: 550 Message refused -- invalid mailbox. Local mailbox maria.gonz\nalez@correo.example is unavailable: account is blocked", MailboxDisabled, ClassPermanent},
		// neighbour: a recipient heading after a reply line stays a heading
		{"The following address(es) failed:\n\n  kim@lab.example\n    SMTP error from remote mail server after RCPT TO:<kim@lab.example>:\n    550 5.1.1 <kim@lab.example>: Recipient address rejected: User unknown in local recipient table", UserUnknown, ClassPermanent},
	})
}

// A W3C extended log or MailEnable's activity log writes the reply with '+'
// for its spaces, also without an enhanced code; the command field before it
// names the stage, and a disabled account in a reply to AUTH is a refused
// login.
func TestKindFinal23PlusReplyAuthStage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2019-03-12 10:44:02 198.51.100.20 SMTP-IN 203.0.113.77 5521 AUTH bWFyaWE= 535+Account+is+suspended+contact+your+administrator 0 41 maria@shop.example", AuthFailed, ClassPermanent},
		{"2020-07-01 17:05:11 192.0.2.40 SMTP-IN 198.51.100.9 88 AUTH dXNlcg== 504+Login+account+locked+by+the+postmaster HOST2 51 9 user@site.example", AuthFailed, ClassPermanent},
		// the same log's reply to RCPT: a recipient's disabled mailbox
		{"2020-07-01 17:05:12 192.0.2.40 SMTP-IN 198.51.100.9 88 RCPT TO:<lena@site.example> 550+Mailbox+has+been+disabled+by+the+administrator HOST2 51 9 lena@site.example", MailboxDisabled, ClassPermanent},
	})
	r, err := explainOne("2021-02-02 09:00:00 192.0.2.1 SMTP-IN 198.51.100.2 7 AUTH Zm9v 535+Authentication+credentials+invalid 0 30")
	if err != nil || r.Code == nil || *r.Code != 535 || r.Stage != "AUTH" {
		t.Errorf("W3C AUTH line: code %v stage %q (%v), want 535 at AUTH", r.Code, r.Stage, err)
	}
}

// heldout23's first run: the hop count exceeded said verb first, without a
// code (a loop: server-error, permanent); a client library that finds no
// authentication mechanism it shares with the server (auth-failed, over the
// library's own "internal error"); a program's loop over its recipients is
// no mail loop.
func TestKindFinal23FirstRun(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery to bea@far.example failed: exceeded hop count (message looped between relays)", ServerError, ClassPermanent},
		{"Undeliverable: Exceeded hop count for this message", ServerError, ClassPermanent},
		{"MailKit.Security.AuthenticationException: internal error: no supported authentication mechanism was offered by smtp.host.example", AuthFailed, ClassPermanent},
		{"SMTP error: internal client error: No suitable SASL mechanism found for the server at mail.lab.example:587", AuthFailed, ClassPermanent},
	})
	// a developer's French report of the program's own sending loop
	r, err := explainOne("Notre boucle d'envoi de mails s'interrompt : smtplib lève SMTPSenderRefused pour l'expéditeur noreply@site.example")
	if err == nil && r.Category == ServerError {
		t.Errorf("a program's sending loop read as a mail loop (%s, rule %v)", r.Category, r.Rule)
	}
}
