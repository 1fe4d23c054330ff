package explain

// Rules of batch 25 helper prov25 (issue 10); see docs/heldout/heldout25-prov.md.

var prov25Rules = []rule{
	// ---- held-out batch 25-prov: a spam class given to the connecting host ----
	// Postfix's "Client host rejected:" refuses the connecting client, and
	// a class after it that names spam ("Client host rejected: CONN:SPAM",
	// a recipient's server refusing Zoho's sending host) says what the
	// receiver holds against the client: a spam source, so the sending
	// host's standing (reputation), not a verdict on this message's content
	// (mta.spam). A content, phishing or virus word keeps the content
	// reading.
	{ID: "prov25.client-host-spam-class", Any: []string{"client host rejected"}, With: []string{"spam", "spamtrap"},
		Not: []string{"content", "message", "body", "phishing", "virus", "attachment", "url", "link", "keyword", "subject", "header"},
		Cat: Reputation, Pri: conceptPri + 6,
		Summary: "The receiver refused the connecting host (Postfix's \"Client host rejected\") because it classes it as a source of spam: a block of the sending host's standing, not a verdict on this message's content.",
		Fix: []string{"Check the sending IP on the common blocklists and at the receiver's postmaster pages, stop whatever spam left it, then ask for the block to be lifted.",
			"If the sender is a shared provider's host (a hoster's or a mailbox provider's relay), ask the provider; meanwhile send through another relay."}},

	// ---- held-out batch 25-prov b: the sender sent to the receiver's abuse desk ----
	// A refusal that tells the sender to write to the receiver's abuse desk
	// ("421 Try again later (198.51.100.185). Please contact
	// abuse@corp.mail.ru.", "421 This IP is in blacklist. Write to
	// abuse@...") is a block of the sending host that only the abuse desk
	// lifts: the sender's standing (reputation), not a busy server; its
	// class stays the code's. The abuse address as a recipient (a bounce
	// of mail TO abuse@) has no such verb before it, and a spam verdict
	// that names the desk for complaints ("Spam message rejected; If this
	// is not spam contact abuse") stays the spam rules'. The matcher keeps
	// the local part "abuse" of an address as a word (matcher.go
	// nextIdentifier) so that "contact abuse@..." is read.
	{ID: "prov25.contact-abuse-desk", Any: prov25ContactVerbs, With: []string{"abuse"},
		Not: []string{"spam", "unsolicited", "abused", "abuse detected", "recipient's email address", "does not exist", "no such user", "user unknown", "mailbox unavailable", "mailbox full", "over quota"},
		Cat: Reputation, Pri: conceptPri + 2,
		Summary: "The receiver refused the sending host and sends the sender to its abuse desk: a block of the sending IP or domain (its reputation or a complaint), which the abuse desk lifts, not a busy server.",
		Fix: []string{"Write to the abuse address the reply names, from a working mailbox, with the sending IP, the time and the reply's ID, and ask for the block to be lifted.",
			"Meanwhile check the IP on the common blocklists and stop any spam or bulk mail from it."}},
}

// prov25ContactVerbs: "contact", "write to" in the regional providers'
// languages (a probe after batch 25-prov b: the abuse desk named in 14
// languages); with the abuse desk ("abuse@...", "the abuse team") they
// send the sender to it.
var prov25ContactVerbs = []string{"contact", "write to", "reach out to", "email to", "e-mail to", "mail to", "report to",
	"wenden sie sich an", "kontaktieren", "schreiben sie an", "contactez", "contacter", "écrivez à", "ecrivez a", "contatta", "contattare",
	"scrivi a", "scrivere a", "contacte", "contactar", "póngase en contacto", "pongase en contacto", "escriba a", "entre em contato", "contate",
	"escreva para", "skontaktuj", "napisz do", "kontaktujte", "napište na", "napíšte na", "обратитесь", "свяжитесь", "напишите", "пишите на",
	"зверніться", "зв'яжіться", "напишіть", "联系", "聯繫", "聯絡", "連絡", "問い合わせ", "문의", "연락", "iletişime geç", "ile iletişim",
	"neem contact op", "contact op met", "mail naar", "vegye fel a kapcsolatot", "contactați", "contactati", "kontakta", "kontakt",
	"ota yhteyttä", "liên hệ", "hubungi"}
