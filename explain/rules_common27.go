package explain

import "strings"

// Rules of batch 27-common (issue 10, helper common27, session 22): the
// labelling conventions common27 settled (docs/explain.md "Labelling
// conventions": an ESP's own bounce type, Outlook's bare sender refusal, a
// bare 451, a per-message recipient cap, causes as alternatives, "invalid
// address" as a bounce's reason, an account held for sending too much) and
// the kinds the common MTAs and providers as users paste them (batches
// 27-common) found; see docs/heldout/heldout27-common.md.

var common27Rules = []rule{
	// ---- Outlook's and CDO's "The server rejected the sender address."
	// in its languages: the client's summary of any refusal at MAIL FROM
	// (a STARTTLS or an AUTH demand included); without the server's reply
	// it is the application-failure convention's unknown, as the English
	// sentence reads. A server's own "Absenderadresse abgelehnt" reply stays
	// intl13.l10n-sender-refused's sender-invalid (common27 convention) ----
	{ID: "common27.client-sender-refused", Any: common27ClientSenderRefused,
		Cat: Unknown, Pri: conceptPri + 12,
		Summary: "The mail client reports that the server refused the sender address at MAIL FROM, without the server's reply: the cause (login required, STARTTLS required, a sender the account may not use) is in that reply.",
		Fix: []string{"Find the server's reply (the client's log, or the rest of the error message) to learn why the sender was refused.",
			"Check the account's outgoing server settings: log in with SMTP authentication, use STARTTLS on port 587, and send as the account's own address."}},

	// ---- "invalid address" as the reason of a bounce (a message that was
	// sent and came back: "Bounce reason: Email address is not valid",
	// "Hard bounce - invalid email address"): the receiver refused the
	// address, user-unknown (X.1.1); a check before sending (skipped,
	// dropped, a form's validation) and words of form stay syntax ----
	{ID: "common27.bounced-invalid-address", Any: []string{"invalid email address", "invalid e-mail address", "invalid address", "email address is not valid",
		"e-mail address is not valid", "email address is invalid", "e-mail address is invalid", "address is not valid", "not a valid email address"},
		With: []string{"bounce reason", "hard bounce", "hard-bounce", "hardbounce", "bounced", "bounce type: hard", "bounce: hard", "hard_bounce"},
		Not: []string{"syntax", "format", "malformed", "missing", "@-sign", "@ sign", "did not attempt", "not attempted", "skipped", "dropped", "not sent",
			"sender", "from address", "(from)", "domain of the"},
		Cat: UserUnknown, Pri: conceptPri + 10,
		Summary: "The message bounced because the recipient's address is not valid at the receiving side: the mailbox does not exist there.",
		Fix:     []string{"Check the address for typos and confirm it with the recipient by another channel; remove it from the list if it keeps bouncing."}},
}

// common27AccountHeldWording: a sending account suspended, restricted or
// blocked for sending too much (docs/explain.md "Labelling conventions",
// common27): a state someone must lift, permanent without a code; read
// after the temporary words, so a hold that says it lifts by itself
// ("temporarily", a period) keeps the limit-per-period convention's class.
var common27AccountHeldWording = []string{"suspended for sending too many", "suspended for sending out too many", "suspended for sending excessive",
	"restricted from sending email", "restricted from sending mail", "restricted from sending e-mail", "has been restricted from sending",
	"user restricted from sending", "account has been blocked because your email outgoing rate", "email outgoing blocked"}

// common27ClientSenderRefused: Outlook's and CDO's "The server rejected the
// sender address." in the languages Outlook is written in (common27
// convention: unknown without the server's reply; intl13.l10n-sender-refused
// steps aside for it).
var common27ClientSenderRefused = []string{"server rejected the sender address", "server has rejected the sender address",
	"der server hat die absenderadresse abgelehnt", "le serveur a rejeté l'adresse de l'expéditeur", "el servidor rechazó la dirección del remitente",
	"il server ha rifiutato l'indirizzo del mittente", "o servidor rejeitou o endereço do remetente", "de server heeft het adres van de afzender geweigerd",
	"服务器拒绝了发件人地址", "伺服器拒絕了寄件者地址", "サーバーは送信者のアドレスを拒否しました", "сервер отклонил адрес отправителя", "serwer odrzucił adres nadawcy"}

// recipientCapOnly reports a cap on one message's recipients said without a
// period ("Too many recipients", "exceeded the maximum number of recipients
// allowed"): without a code it is permanent, the same message is refused
// until it is split (common27 convention); a cap per hour or day follows
// the limit-per-period convention.
func recipientCapOnly(text, input string) bool {
	t := strings.ToLower(text)
	if !containsAny(t, common27RecipientCap) || containsAny(strings.ToLower(input), common27CapPeriod) {
		return false
	}
	// Postfix's own texts carry their 4xx code: "Error: too many
	// recipients" (in its case: Mailgun's API says "Too Many Recipients")
	// is smtpd's 452 4.5.3 (smtpd_recipient_limit), "too many recipients
	// from <IP>" anvil's 450 4.7.1 rate
	return !containsAny(t, common27CapPeriod) && !strings.Contains(input, "Error: too many recipients")
}

var common27RecipientCap = []string{"too many recipients", "maximum number of recipients", "recipient limit exceeded", "recipients limit exceeded",
	"more recipients than allowed", "recipients per message", "recipients per email", "recipients per e-mail", "recipients per mail"}

var common27CapPeriod = []string{"hour", "per day", "daily", "today", "a day", "24h", "minute", "per month", "this month", "period", "try later", "try again", "retry", "recipients from"}

// espBounceTypeClass is the class an ESP's own bounce type states in the
// words around a quoted reply (SES's bounceType, "Permanent General smtp;
// 450 ...", a soft or hard bounce). The ESP-bounce-type convention
// (common27) lets only a permanent type turn a 4xx permanent (the service
// returned the message); a transient type over a 5xx keeps the code's
// class. ClassUnknown when none.
func espBounceTypeClass(ctx string) Class {
	if len(ctx) > maxExplainText {
		ctx = ctx[:maxExplainText]
	}
	c := strings.ToLower(strings.TrimSpace(ctx))
	c = strings.NewReplacer(`"`, "", "'", "", " ", "", "_", "").Replace(c)
	for _, w := range []string{"bouncetype:transient", "bouncetype=transient", "bouncetype:soft", "softbounce"} {
		if strings.Contains(c, w) {
			return ClassTransient
		}
	}
	for _, w := range []string{"bouncetype:permanent", "bouncetype=permanent", "bouncetype:hard", "hardbounce"} {
		if strings.Contains(c, w) {
			return ClassPermanent
		}
	}
	switch {
	case strings.HasPrefix(c, "transient") && !strings.HasPrefix(c, "transienterror"):
		return ClassTransient
	case strings.HasPrefix(c, "permanent") && !strings.HasPrefix(c, "permanenterror"):
		return ClassPermanent
	}
	return ClassUnknown
}
