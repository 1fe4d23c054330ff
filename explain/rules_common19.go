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
}
