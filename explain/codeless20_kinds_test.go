package explain

import "testing"

// codeless20NonOutcomes are texts people paste that state no delivery
// outcome: banners, settings, newsletters' boilerplate, a client's other
// errors, other applications' logs. The codeless gate refuses them; batch
// 20-codeless's widening was measured on them (docs/heldout/heldout20-codeless.md).
var codeless20NonOutcomes = []string{
	"Postfix is running with backwards-compatible default settings",
	"warning: /etc/postfix/main.cf, line 12: overriding earlier entry: smtpd_tls_security_level=may",
	"Please do not reply to this email.",
	"This email was sent to kim@lab.example because you signed up for our newsletter.",
	"If you did not request this email, you can safely ignore it.",
	"SMTP retry interval set to 5 minutes",
	"Mail server configuration saved",
	"Outbox is empty",
	"No messages in the outbox",
	"Mail queue is empty",
	"Notification settings updated",
	"You have 3 new messages",
	"Do not send emails from this address",
	"Message not found",
	"Error: could not open configuration file /etc/app.conf",
	"User john logged in from 192.0.2.4",
	"Your password will expire in 5 days",
	"Backup completed with warnings",
	"Disk usage at 91% on /var",
	"Invalid date format in report",
	"Could not resolve placeholder 'app.name'",
	"The requested URL was not found on this server.",
	"Unable to load plugin 'calendar'",
	"Retry count: 3",
	"Scheduled for 14:32",
	"Click here to resend the confirmation email",
	"Please check your email to confirm your account",
	"We will never share your email with anyone else.",
	"Email address is required",
	"Forgot your password? We'll email you a reset link.",
	"Unsubscribe from these emails",
	"Mail client configured successfully",
	"Connected to smtp.lab.example",
	"SMTP server: smtp.lab.example, port 587, encryption: STARTTLS",
	"Alert notifications are disabled for this rule",
	"Do not reply: this mailbox is not monitored.",
	"Email notifications are not configured for this project.",
	"Your order has been shipped and will arrive in 3 days.",
	"Sending 250 newsletters in batches of 50",
	"Resend verification code",
	"Queue 'default' has 0 jobs",
	"worker started, listening on queue mail",
	"The attachment could not be previewed.",
	"Could not load the image in this message.",
	"Unable to sync calendar",
	"Cannot open the file because it is in use by another process",
	"Do not send this message to external recipients",
	"We could not find that page.",
	"Your subscription will renew on 1 March",
	"Planning to retry the upload in 30 seconds",
	"Resend at your convenience",
	"Print spool deferred",
	"Count of users by domain",
	"Mail queue: 0 messages waiting",
	"Delayed send is on for this email",
	"Your order is delayed",
}

func TestKindCodeless20NonOutcomesRefused(t *testing.T) {
	for _, in := range codeless20NonOutcomes {
		if e, err := explainOne(in); err == nil {
			t.Errorf("%q: explained as %s/%s (rule %q), want the gate to refuse it", in, e.Category, e.Class, e.Rule)
		}
	}
}

// The gate's kinds of batch 20-codeless in new wording: a refusal said as a
// verb the gate did not list, or negated; a missing mail transport; a retry
// scheduled with its time; "no" before a recipient; a daemon's upper-case
// status in its log line; the words of mail and of a refusal in the large
// languages. Each is an outcome whose cause the text does not give
// (unknown), with the class its words give.
func TestKindCodeless20Gate(t *testing.T) {
	checkKinds(t, []kindCase{
		{"server refuses to take the email", Unknown, ClassPermanent},
		{"Impossible to deliver the newsletter email", Unknown, ClassUnknown},
		{"digest mail skipped for ana@far.example", Unknown, ClassUnknown},
		{"could not dispatch the welcome mail", Unknown, ClassUnknown},
		{"Their server didn't accept the message", Unknown, ClassUnknown},
		{"mail hub never delivered the digest", Unknown, ClassUnknown},
		{"newsletter engine: email is not welcome at this domain", Unknown, ClassUnknown},
		{"mailer: smtp transport not configured", Unknown, ClassUnknown},
		{"the relay smarthost is not set", Unknown, ClassUnknown},
		{"sender address mismatch on submission", Unknown, ClassUnknown},
		{"Outbox: resend in 10 minutes", Unknown, ClassTransient},
		{"requeuing message 9F2A for a later attempt", Unknown, ClassTransient},
		{"ana@far.example: no recipient found", Unknown, ClassUnknown},
		{"worker[12]: 1636695418700056ab.001 BOUNCED", Unknown, ClassPermanent},
		{"app[3]: job 88 DEFERRED", Unknown, ClassTransient},
		{"Your email to ana@far.example is delayed", Unknown, ClassTransient},
	})
}

func TestKindCodeless20Languages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"El correo fue rechazado por el servidor", Unknown, ClassPermanent},
		{"Ihre E-Mail wurde abgelehnt", Unknown, ClassPermanent},
		{"Votre courriel a été refusé", Unknown, ClassPermanent},
		{"La tua email è stata respinta", Unknown, ClassPermanent},
		{"Sua mensagem foi recusada", Unknown, ClassPermanent},
		{"メールが拒否されました", Unknown, ClassPermanent},
		{"您的邮件被拒绝", Unknown, ClassPermanent},
		{"Der Account darf nicht senden", Unknown, ClassPermanent},
		// "not delivered" and "not sent" said in the large languages
		{"Il messaggio non è stato consegnato al destinatario", Unknown, ClassPermanent},
		{"Votre courriel n'a pas été remis", Unknown, ClassPermanent},
		{"A mensagem não foi entregue", Unknown, ClassPermanent},
		{"Сообщение не отправлено", Unknown, ClassUnknown},
		{"El correo no fue enviado", Unknown, ClassUnknown},
	})
	// a refusal word of a language without a word of mail is no delivery's
	for _, in := range []string{"Pago rechazado", "Antrag abgelehnt", "Paiement refusé", "支払いが拒否されました", "Pedido no entregado"} {
		if e, err := explainOne(in); err == nil {
			t.Errorf("%q: explained as %s/%s, want it refused", in, e.Category, e.Class)
		}
	}
}

// The other kinds of batch 20-codeless in new wording: a client's sending
// attempts that ran out (expired), a JSON member that states the class as a
// boolean, a queue listing's entry without a reason line (the message waits:
// transient), and a reply after a client's "Authentication failed" (the AUTH
// stage: a security code no rule reads is a refused login).
func TestKindCodeless20Forms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Outbox: the maximum number of sending attempts has been reached", Expired, ClassPermanent},
		{`{"event":"message.failed","permanent":false,"reason":"over quota"}`, MailboxFull, ClassTransient},
		{`{"event":"message.failed","permanent":true,"reason":"over quota"}`, MailboxFull, ClassPermanent},
		{`{"type":"email.bounced","is_permanent":false}`, Unknown, ClassTransient},
		{"4F2B19A3C1*    1830 Thu Mar  5 10:11:12  news@near.example\n                                         ana@far.example", Unknown, ClassTransient},
		{"9Z8Y7X6W5V-   77 Sat Apr 11 08:00  <>\n    postmaster@far.example", Unknown, ClassTransient},
		{"SMTP error: Authentication failed: 550 5.7.3 Cannot process", AuthFailed, ClassPermanent},
		{"Login: Authentication failed: 501 5.7.3 Cannot decode credentials", AuthFailed, ClassPermanent},
	})
	// a line with a date that is no queue entry (no addresses) is no outcome
	if e, err := explainOne("Backup 12345 Mon Mar 3 10:00 done"); err == nil {
		t.Errorf("explained as %s/%s, want it refused", e.Category, e.Class)
	}
}

// Kinds of batch 20-codeless b in new wording: a negated perfect ("hasn't
// been delivered"), a French failure during the sending, exim -bp's entry
// and exiqsumm's table without reasons (messages waiting: transient), a
// platform's limit said in the plural, a user without an address (syntax),
// mail placed in an application's error queue (not retried: permanent).
func TestKindCodeless20b(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your message to ana@far.example hasn't been delivered", Unknown, ClassUnknown},
		{"Un problème est survenu pendant l'envoi de votre message", Unknown, ClassUnknown},
		{" 45m  3.4K 1wXyZa-000BcD-7q <app@near.example>\n          ana@far.example", Unknown, ClassTransient},
		{" 3d  910 1wXyZa-000BcDeFgHi-7q9Z <>\n     D ops@far.example\n       sales@far.example", Unknown, ClassTransient},
		{"Count  Volume  Oldest  Newest  Domain\n-----  ------  ------  ------  ------\n   12    40K      5h     10m  slow.example", Unknown, ClassTransient},
		{"Skipped: exceeded the daily emails limit", RateLimited, ClassTransient},
		{"Cannot notify member 88: member without email address", Syntax, ClassPermanent},
		{"3 emails failed and were moved to the error queue", Unknown, ClassPermanent},
		{"2 messages pending in the Outbox", Unknown, ClassTransient},
	})
	// an exim -bp entry whose recipients were all delivered waits for nothing
	if e, err := explainOne(" 5m 1.2K 1wXyZa-000BcD-7r <a@near.example>\n  D b@far.example"); err == nil && e.Class == ClassTransient {
		t.Errorf("a fully delivered exim -bp entry: %s/%s, want no transient outcome", e.Category, e.Class)
	}
}
