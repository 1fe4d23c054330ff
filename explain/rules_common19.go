package explain

// Rules of helper common19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in common19_kinds_test.go.
var common19Rules = []rule{
	// ---- labels beyond the text on the common MTAs and providers: stable, public meanings ----

	// Gmail's bounce that only points to its help answer 69585 ("Message rejected. See
	// https://support.google.com/mail/answer/69585"): the answer is about messages Gmail
	// blocked as spam or suspicious content, so the pointer names the cause the words leave out.
	{ID: "common19.gmail-answer-69585", Any: []string{"answer/69585", "answer=69585"},
		Cat: SpamContent, Provider: ProvGmail, Actor: ActorSender,
		Summary: "Gmail refused the message as likely spam or suspicious content: its bounce points to the help answer on blocked messages (answer 69585).",
		Fix: []string{"Review the message's content, links and attachments against Gmail's bulk sender guidelines, and its authentication (SPF, DKIM, DMARC: `smtpgw check domain`).",
			"If many messages are refused, check the sending domain's and IP's reputation in Google Postmaster Tools."},
		Refs: []string{refGmailSender, refGmailPostmstr}},

	// A provider's refusal of a server, IP or network because its users complained about
	// the mail from it (AOL's "this server is generating high volumes of member
	// complaints", Hotmail's "complaints concerning mail coming from that IP address"):
	// the sender's reputation, whatever bulk-mail policy the reply cites. A recipient's own
	// complaint that suppressed one address is not this (codeless18, dash15).
	{ID: "common19.complaints-about-sender", Any: []string{"member complaints", "user complaints", "volumes of complaints", "volume of complaints",
		"complaints concerning mail", "complaints about mail", "complaints from our users", "complaints from its users", "complaints from users"},
		With: []string{"server", "ip address", "ip ", "your ip", "network", "domain", "host", "from this"},
		Not:  []string{"suppress", "unsubscrib", "marked the email", "marked your email", "feedback loop"},
		Cat:  Reputation, Pri: 8,
		Summary: "The receiving provider refuses mail from this server, IP address or network because its users complained about the mail coming from it.",
		Fix: []string{"Find what was sent from the IP (a compromised account or script, a purchased or stale list) and stop it.",
			"Join the provider's complaint feedback loop, send only to people who asked, then ask the provider to lift the block."}},

	// AOL's "521 5.2.1 : AOL will not accept delivery of this message." is its block of
	// the sending IP (an IP on its internal block list for spam or complaints), under a
	// code whose X.2.1 otherwise reads as a disabled mailbox.
	{ID: "common19.aol-will-not-accept", Any: []string{"will not accept delivery of this message"}, With: []string{"aol"},
		Cat: Reputation, Provider: ProvYahoo, Pri: 8,
		Summary: "AOL refuses mail from the sending IP address: it is on AOL's own block list (spam or complaints from AOL members).",
		Fix:     []string{"Check the IP's reputation and the mail sent from it (a compromised account or script), then ask Yahoo/AOL to lift the block through the sender hub."},
		Refs:    []string{refYahooErrors}},

	// Postfix's sendmail(1)/submission success, pasted without the 250 before it
	// ("Message queued as 4F2A1B3C9D", the queue id the server gave): the message was
	// accepted, as "250 2.0.0 Ok: queued as ..." says with its code.
	{ID: "common19.postfix-queued-as", Any: []string{"message queued as", "mail queued as"},
		Not:     []string{"not queued", "could not", "failed", "error", "deferred", "bounced"},
		Cat:     Success,
		Summary: "The server accepted the message and queued it under the id shown: this step succeeded (a later hop may still fail)."},
}
