package explain

// Rules of helper prov20 (issue 10, session 15); see docs/heldout/heldout20-prov.md.
// Each is tested in new wording in prov20_kinds_test.go.
//
// Kinds found on the first run of held-out batch 20-prov (providers', ISPs'
// and hosters' own help pages and users' pastes of their replies):
//
//   - The sender's own account, mailbox or address blocked, locked or
//     suspended from sending because it sent spam or too much (Fastmail,
//     Proximus, Websupport, mailbox.org, variomedia, Kakao) is the
//     provider's restriction of that account: policy, as prov19 reads
//     "account has been banned for spam". The words differ by provider
//     ("locked", "we block your mailbox", "blocked from sending emails",
//     German "Mailversand ... gesperrt", Korean "이용정지"); a blocked IP
//     address, server or network stays reputation.
//   - A recipient's own list of blocked senders ("added to the recipient's
//     list of suspected spammers") is policy by the labelling convention (a
//     refusal of the sender by the receiver's or recipient's own list, no DNS
//     list named), not the sender's reputation.
//   - A receiver that throttles with deferrals because the sending IP has no
//     history or a poor reputation (Bluewin) is a rate limit, as Microsoft's
//     4.7.650 is read.
//   - A receiver's rule about the bounce rate of a sender's lists (Proximus'
//     "higher than 10% bounce failure rate") is the sender's reputation.
//   - A blocked attachment is the recipient's attachment policy even when the
//     filter is called an anti-spam policy ("blocked by the user's anti-spam
//     policy settings. Try to only use PDF files").
//   - A non-standard code with the recipient's address "not available here"
//     is an unknown recipient (a hoster's 557).
//   - Microsoft 365's "tenant has exceeded threshold" (5.7.705/5.7.708
//     family) in GoDaddy's Polish help ("Dzierżawca przekroczył próg") is the
//     tenant's reputation, as the corpus reads the codes.
//   - German: a receiver that refuses mail without transport encryption
//     ("ohne ... Transportwegverschlüsselung", Posteo's TLS receiving
//     guarantee) requires TLS.

// prov20SpamCause: the words that give a sending block its cause (spam or
// abuse from the account, too much mail, too many bounces).
var prov20SpamCause = []string{"spam", "abuse", "excessive number", "too many", "unzustellbar", "missbrauch", "스팸"}

var prov20Rules = []rule{
	{ID: "prov20.account-sending-blocked", Any: []string{"your account has been locked", "your account is locked", "your account was locked",
		"block your mailbox", "blocked your mailbox", "mailbox has been blocked", "address has been blocked from sending",
		"blocked from sending emails", "blocked from sending e-mails", "blocked from sending mail", "blocked from sending messages",
		"suspended from sending emails", "sending has been suspended", "sending has been blocked"},
		With: prov20SpamCause,
		Not:  []string{"recipient", "ip address", "your ip", "the ip", "server", "host", "network", "complaint", "domain"},
		Cat:  Policy, Pri: conceptPri + 18, Actor: ActorSender,
		Summary: "The provider blocked the sender's own account (or its mailbox or address) from sending, because it sent spam, too much mail or too many undeliverable messages: a restriction of the account, not a verdict on this message.",
		Fix: []string{"Secure the account (change its password, check devices for malware) and clean the lists it sends to.",
			"Ask the provider to lift the block; most lift it after a password change or a review."}},
	// German: "kann der Mailversand dieses Accounts ... gesperrt werden",
	// "wird das Postfach ... für den Versand von E-Mails gesperrt"
	{ID: "prov20.account-sending-blocked-de", Any: []string{"mailversand", "für den versand", "versand von e-mails", "versand von emails"},
		With: []string{"gesperrt", "sperren", "sperrt", "blockiert"},
		Not:  []string{"empfänger", "ip-adresse", "server"},
		Cat:  Policy, Pri: conceptPri + 18, Actor: ActorSender,
		Summary: "The provider blocked sending from this account or mailbox (suspected abuse, too many undeliverable messages): a restriction of the sender's account.",
		Fix:     []string{"Secure the account and clean the recipient lists, then ask the provider to unblock sending."}},
	// Korean: a mail service suspended for a user who sent spam ("이용정지")
	{ID: "prov20.account-suspended-ko", Any: []string{"이용정지", "이용 정지", "발송정지", "발송 정지", "발송 차단", "발송차단"},
		With: []string{"스팸"},
		Cat:  Policy, Pri: conceptPri + 18, Actor: ActorSender,
		Summary: "The provider suspended the sender's mail service or account for sending spam.",
		Fix:     []string{"Secure the account and ask the provider to restore it."}},
	{ID: "prov20.recipient-own-list", Any: []string{"recipient's list", "recipient's block list", "recipient's blocklist", "recipient's blocked senders",
		"recipient has blocked", "blocked by the recipient", "recipient's blacklist", "recipient's own list", "user's blocked senders"},
		Not: []string{"dnsbl", "spamhaus", "spamcop", "barracuda", "reputation"},
		Cat: Policy, Pri: conceptPri + 16, Actor: ActorRecipient,
		Summary: "The recipient has blocked this sender (the recipient's own list of blocked senders or suspected spammers): a refusal by the recipient's settings, not a DNS blocklist.",
		Fix:     []string{"Ask the recipient by another channel to remove the sender from the blocked list."}},
	{ID: "prov20.reputation-throttle", Any: []string{"throttled", "throttling", "throttle", "deferrals", "deferred"},
		With: []string{"poor ip reputation", "poor reputation", "ip reputation", "no history", "without history", "new ip"},
		Cat:  RateLimited, Pri: conceptPri + 14,
		Summary: "The receiver throttles mail from the sending IP with temporary deferrals because the IP has no sending history or a poor reputation; mail at a lower rate is accepted.",
		Fix:     []string{"Let the sending MTA retry; send less per connection and per hour from a new IP (warm it up) and keep its reputation clean."}},
	{ID: "prov20.bounce-rate-senders", Any: []string{"bounce failure rate", "bounce rate", "hard bounce rate"},
		With: []string{"senders whose", "recipient lists", "recipient list", "mailing list", "reject connections", "reject mail"},
		Not:  []string{"your account", "account is", "restrict"},
		Cat:  Reputation, Pri: conceptPri + 10,
		Summary: "The receiver refuses senders whose lists produce many bounces (addresses that do not exist): a matter of the sender's list hygiene and reputation.",
		Fix:     []string{"Remove addresses that bounced and confirm old ones before sending again."}},
	{ID: "prov20.attachment-blocked", Any: []string{"attachment you're trying to send", "attachment you are trying to send", "attachment is blocked", "attachments are blocked",
		"attachment was blocked", "attachment has been blocked", "only pdf", "nur pdf"},
		With: []string{"blocked", "blockiert", "not allowed", "nicht erlaubt"},
		Not:  []string{"virus", "malware", "infected", "too large", "too big", "size"},
		Cat:  Policy, Pri: conceptPri + 14,
		Summary: "The recipient's settings block this type of attachment: a policy on attachments, not a spam verdict on the message.",
		Fix:     []string{"Send the file in an allowed format (PDF) or share it by a link."}},
	{ID: "prov20.address-not-available-here", Any: []string{"is not available here", "not available here"},
		With: []string{"address", "mailbox"},
		Cat:  UserUnknown, Pri: conceptPri + 8,
		Summary: "The receiving server has no mailbox for this address.",
		Fix:     []string{"Check the address for typos; ask the recipient for a current one."}},
	{ID: "prov20.tenant-threshold", Any: []string{"tenant has exceeded threshold", "tenant exceeded threshold", "tenant has exceeded the threshold", "dzierżawca przekroczył próg"},
		Cat: Reputation, Pri: conceptPri + 10, Provider: "Microsoft",
		Summary: "Microsoft 365 restricts mail from this tenant: it sent a suspicious amount of mail or spam (the 5.7.705/5.7.708 family).",
		Fix:     []string{"Find and secure the compromised accounts of the tenant, then ask Microsoft support to lift the restriction."}},
	{ID: "prov20.tls-refused-de", Any: []string{"transportwegverschlüsselung", "transportverschlüsselung"},
		With: []string{"ohne", "nicht angeboten", "benötigt", "erforderlich", "lehnen", "abgelehnt"},
		Cat:  TLSRequired, Pri: conceptPri + 10,
		Summary: "The receiver (or the sender's own provider) requires an encrypted connection (TLS) for this mail and the other side did not offer or use it.",
		Fix:     []string{"Enable STARTTLS on the sending server (or ask the recipient's provider to offer it)."}},
	// Kinds of held-out batch 20-prov b:
	// a hoster's suspension of the sender's service or account for spam
	// ("your service has been suspended for sending ... (SPAM)", "we have
	// had to suspend your account: spam ... from your account"): the words
	// name recipients and the hoster's network as the scene, not as the
	// verdict's subject, so fewer words keep it off than the rule above;
	// a suspension for a complaint is left to panel14's own-account rule
	{ID: "prov20.account-suspended", Any: []string{"service has been suspended", "suspend your account"},
		With: prov20SpamCause,
		Not:  []string{"ip address", "your ip", "the ip", "complaint"},
		Cat:  Policy, Pri: conceptPri + 18, Actor: ActorSender,
		Summary: "The provider suspended the sender's own service or account because it sent spam: a restriction of the account, not a verdict on this message.",
		Fix: []string{"Secure the account and clean the lists it sends to (only addresses that asked for the mail).",
			"Ask the provider to review and lift the suspension."}},
	// a sender domain the account does not own (as "not owned by user")
	{ID: "prov20.domain-not-owned", Any: []string{"domain you don't own", "domain you do not own"},
		Cat: SenderInvalid, Pri: conceptPri + 10,
		Summary: "The provider refuses mail whose sender domain the account does not own (is not verified for it).",
		Fix:     []string{"Send from an address of a domain added to and verified in the account."}},
	// a limit on the size of incoming messages
	{ID: "prov20.size-limited", Any: []string{"size of incoming e-mails is limited", "size of incoming emails is limited"},
		Cat: MessageTooBig, Pri: conceptPri + 8,
		Summary: "The receiver limits the size of the messages it accepts; this message is larger.",
		Fix:     []string{"Send smaller attachments or share large files by a link."}},
	// German: recipients per period ("pro 10 Minuten ... höchstens 250 Empfänger")
	{ID: "prov20.recipients-per-period-de", Any: []string{"empfänger angeschrieben", "e-mails pro"},
		With: []string{"minuten", "höchstens"},
		Cat:  RateLimited, Pri: conceptPri + 6,
		Summary: "The provider limits how many mails or recipients an account sends in a period; this account reached it and waits until the period has passed.",
		Fix:     []string{"Wait for the period to pass, then send to fewer recipients at a time."}},
	// Japanese: mail from dynamic IP addresses restricted (@nifty's Inbound Port25 Blocking)
	{ID: "prov20.dynamic-ip-ja", Any: []string{"動的ipアドレス"},
		With: []string{"制限", "拒否"},
		Cat:  Reputation, Pri: conceptPri + 10,
		Summary: "The receiver does not accept mail sent directly from dynamic (residential) IP addresses.",
		Fix:     []string{"Send through the provider's own outgoing server (with authentication) rather than directly from a dynamic address."}},
	// a server that sent many mails to unknown recipients, blocked for a while
	// (NTT docomo: "大量の宛先不明メールを検知"): the sender's reputation, not
	// an unknown recipient
	{ID: "prov20.many-unknown-recipients", Any: []string{"大量の宛先不明"},
		Cat: Reputation, Pri: conceptPri + 14,
		Summary: "The receiver blocks the sending server for a while because it sent many mails to addresses that do not exist: the sender's reputation and list hygiene.",
		Fix:     []string{"Remove invalid addresses from the lists (and check forwarding settings), then let the sending MTA retry."}},
}
