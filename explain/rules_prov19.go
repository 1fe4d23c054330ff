package explain

// Rules of helper prov19 (issue 10, session 14); see docs/heldout/heldout19*.md.
// Each is tested in new wording in prov19_kinds_test.go.
//
// Kinds found on the first run of held-out batch 19-prov (Microsoft 365 codes
// the corpus lacked, providers' bounce layouts, university gateways, national
// providers and ISPs):
//
//   - Provider code family: Microsoft's 4.7.850-899 ("Access denied, please try
//     again later": the sending IP restricted for a while after suspicious
//     activity) is the same throttle as 4.7.500-699 (ms.4.7.5xx, rules.go);
//     5.7.513 (the recipient organisation's own IP block list) is a block of
//     the connecting host by a list, reputation by the labelling convention,
//     not policy (rules.go).
//   - A sending account banned or blocked for spam (the provider's own
//     restriction of the sender's account, Microsoft's "banned sender") is
//     policy, over the spam-content verdict "spam" reads as and over gw14's
//     block of a sending source; an account suspended after spam complaints
//     stays the sender's reputation (esp9).
//   - A sender network's "history of spam" is its reputation, not a verdict on
//     this message's content.
//   - A recipient mailbox "throttled" because it receives too many messages too
//     quickly is a rate limit, not a mailbox that holds too many messages.
//   - Wordings without a code that no rule read: a header that is too long
//     (rfc-noncompliant), DANE/DNSSEC failures in Microsoft's words
//     (tls-required), a host that is "not reachable" (network), a recipient
//     set up to reject mail from outside its organisation (policy), too many
//     envelope recipients (rate-limited), a tenant sending from unprovisioned
//     domains (reputation, as the corpus reads 5.7.750), dynamic or residential
//     IP addresses with words between the adjective and "IP" (reputation).
//   - A recipient address that "could not be found" spelt out (Gmail's
//     "couldn't be found" was read only with the contraction).
//   - Spanish and Portuguese: mail marked as spam by a filter ("correo no
//     deseado", "correo no solicitado"), a sender address not valid for the
//     login ("endereço do remetente não é válido").
//
// Kinds found on the first run of held-out batch 19-prov b:
//
//   - Provider code family: Facebook's postmaster response codes (three
//     letters for the subject, RCP, POL, DNS, CON, MSG, INT, then P for a
//     permanent or T for a temporary refusal and a digit) are read by their
//     documented meaning when the reply carries Facebook's response_codes
//     link; the reply's own words ("Refused", "Try again later") tell nothing.
//   - Priority: "Too many unauthenticated commands" is a client that did not
//     log in (auth-required), not an unauthenticated sender domain
//     (sender-auth); a login that failed "due to a temporary system problem"
//     is the server's (server-error), not an authentication mechanism; a
//     remote server that "does not support SMTP authenticated relay" refuses
//     to relay (relay-denied).
//   - Wordings without a code: a server that will no longer accept mail from
//     the sender's IP address (reputation); a MAIL FROM domain without an MX
//     record (sender-invalid).
const refFacebookCodes = "https://www.facebook.com/postmaster/response_codes"

// facebookCode: the link Facebook's replies carry with their code.
var facebookCode = []string{"response_codes", "facebook"}

var prov19Rules = []rule{
	{ID: "prov19.facebook-recipient-unknown", Any: []string{"rcp-p1", "int-p1", "int-p3", "int-p4"}, With: facebookCode, Cat: UserUnknown, Provider: "Facebook", Pri: codePri,
		Summary: "Facebook: the recipient address (or group address) does not exist (RCP-P1, INT-P1/P3/P4).",
		Fix:     []string{"Remove the address from your list; check it for typos."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-recipient-settings", Any: []string{"rcp-p2", "rcp-p3"}, With: facebookCode, Cat: Policy, Provider: "Facebook", Pri: codePri, Actor: ActorRecipient,
		Summary: "Facebook: the recipient's preferences or privacy settings do not let this mail through (RCP-P2, RCP-P3).",
		Fix:     []string{"Reach the recipient another way; only the recipient can change the settings."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-recipient-deactivated", Any: []string{"rcp-t4"}, With: facebookCode, Cat: MailboxDisabled, Provider: "Facebook", Pri: codePri, Actor: ActorRecipient,
		Summary: "Facebook: the recipient address is deactivated for now; the user may reactivate it (RCP-T4).",
		Fix:     []string{"Let the sending MTA retry; if it keeps failing, reach the recipient another way."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-internal", Any: []string{"rcp-t1"}, With: facebookCode, Cat: ServerError, Provider: "Facebook", Pri: codePri,
		Summary: "Facebook: the recipient is not available because of an internal system issue; a temporary condition (RCP-T1).",
		Fix:     []string{"Let the sending MTA retry later."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-server-blocked", Any: []string{"pol-p1", "pol-p2", "pol-p3", "pol-p4", "pol-t1", "pol-t2", "pol-t3"}, With: facebookCode, Cat: Reputation, Provider: "Facebook", Pri: codePri,
		Summary: "Facebook does not accept mail from this sending server or IP address: it is on the Spamhaus PBL (POL-P1), refused for good (POL-P2), or blocked for some hours (POL-P3/P4, POL-T1 to T3, which may be retried).",
		Fix:     delistFix, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-virus", Any: []string{"pol-p5"}, With: facebookCode, Cat: Virus, Provider: "Facebook", Pri: codePri,
		Summary: "Facebook refused the message: it contains a virus (POL-P5).",
		Fix:     []string{"Scan the sending system and the attachment; send the message without the infected file."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-url", Any: []string{"pol-p6"}, With: facebookCode, Cat: SpamContent, Provider: "Facebook", Pri: codePri,
		Summary: "Facebook refused the message: it contains a URL Facebook has blocked (POL-P6).",
		Fix:     []string{"Remove or replace the blocked link (also in signatures and tracking redirects) and send again."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-sender-domain", Any: []string{"dns-p1", "dns-p2", "dns-t1"}, With: facebookCode, Cat: SenderInvalid, Provider: "Facebook", Pri: codePri, Actor: ActorSender,
		Summary: "Facebook refused the envelope sender's domain: it does not exist (DNS-P1), has no MX record (DNS-P2) or does not resolve now (DNS-T1).",
		Fix:     []string{"Send with a MAIL FROM domain that exists and has an MX record (the bounce address must be able to receive mail)."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-rdns", Any: []string{"dns-p3", "dns-t2"}, With: facebookCode, Cat: PTRRequired, Provider: "Facebook", Pri: codePri,
		Summary: "Facebook refused the sending server: its IP address has no reverse DNS record (DNS-P3) or it does not resolve now (DNS-T2).",
		Fix:     []string{"Set a PTR record for the sending IP address whose name resolves back to it."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-connections", Any: []string{"con-t1", "con-t2", "con-t3", "con-t4", "msg-t1"}, With: facebookCode, Cat: RateLimited, Provider: "Facebook", Pri: codePri,
		Summary: "Facebook limits connections and recipients: too many connections open (CON-T1/T2), too many new ones in a short time (CON-T3), too many recipients on the connection (CON-T4) or the message (MSG-T1).",
		Fix:     []string{"Open fewer connections to Facebook at once and send fewer recipients per connection and message; the MTA retries."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-size", Any: []string{"msg-p1", "int-p2"}, With: facebookCode, Cat: MessageTooBig, Provider: "Facebook", Pri: codePri,
		Summary: "Facebook refused the message: it exceeds the maximum size (MSG-P1, INT-P2).",
		Fix:     []string{"Send a smaller message (link to large files instead of attaching them)."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-attachment", Any: []string{"msg-p2"}, With: facebookCode, Cat: Policy, Provider: "Facebook", Pri: codePri,
		Summary: "Facebook refused the message: it contains an attachment type Facebook does not accept (MSG-P2).",
		Fix:     []string{"Send the file another way, or in a type the receiver accepts."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.facebook-header", Any: []string{"msg-p3"}, With: facebookCode, Cat: RFCNoncompliant, Provider: "Facebook", Pri: codePri,
		Summary: "Facebook refused the message: a header field that may occur only once occurs several times (MSG-P3).",
		Fix:     []string{"Fix the sending software so that each single header field (From, Date, Subject, Message-ID, ...) occurs once."}, Refs: []string{refFacebookCodes}},
	{ID: "prov19.unauthenticated-commands", Any: []string{"unauthenticated commands", "too many unauthenticated"},
		Cat: AuthRequired, Pri: conceptPri + 8,
		Summary: "The server closed the session after too many commands sent without logging in: it requires authentication first.",
		Fix:     []string{"Configure the client to log in (SMTP AUTH over TLS) before MAIL FROM."}},
	{ID: "prov19.auth-temporary-problem", Any: []string{"temporary system problem", "temporary system error", "temporary server problem"},
		With: []string{"authenticat", "login", "log in", "sign in"},
		Cat:  ServerError, Pri: conceptPri + 8,
		Summary: "The server could not check the login because of a temporary problem of its own: not a wrong password.",
		Fix:     []string{"Try again later; the client or MTA retries by itself."}},
	{ID: "prov19.no-authenticated-relay", Any: []string{"authenticated relay"},
		With: []string{"not support", "does not", "doesn't", "not allowed", "not permitted"},
		Cat:  RelayDenied, Pri: conceptPri + 8,
		Summary: "The remote server does not relay mail for an authenticated client (as Gmail's 'Send mail as' through another provider's server needs): it is no relay for this sender.",
		Fix:     []string{"Use the outgoing (submission) server of the provider the address belongs to, with that account's login, on port 587 or 465."}},
	{ID: "prov19.ip-no-longer-accepted", Any: []string{"mail server's ip address", "your ip address", "from your ip", "your server's ip"},
		With: []string{"no longer accept", "will not accept", "won't accept", "not accepting mail", "no longer be accepted"},
		Cat:  Reputation, Pri: conceptPri + 6,
		Summary: "The receiver no longer accepts mail from the sending server's IP address: a block of the source.",
		Fix:     delistFix},
	{ID: "prov19.mail-from-domain-no-mx", Any: []string{"mail from domain", "sending domain", "envelope sender domain"},
		With: []string{"does not have an mx", "doesn't have an mx", "has no mx", "no mx record", "without an mx"},
		Cat:  SenderInvalid, Pri: conceptPri + 6, Actor: ActorSender,
		Summary: "The envelope sender's (MAIL FROM) domain has no MX record: bounces to it could not be delivered, so the receiver refuses it.",
		Fix:     []string{"Send with a MAIL FROM domain that has an MX record (or at least an address record)."}},
	{ID: "prov19.account-banned-spam", Any: []string{"account has been banned", "account has been blocked", "account was banned", "account was blocked",
		"account is banned", "account is blocked", "account banned", "account blocked"},
		With: []string{"spam"},
		Not:  []string{"recipient", "mailbox is", "ip address", "your ip", "the ip", "server has been", "network", "complaint"},
		Cat:  Policy, Pri: conceptPri + 16, Actor: ActorSender,
		Summary: "The provider banned or blocked the sender's own account for sending spam (often after the account was compromised): a restriction of the account, not a verdict on this message.",
		Fix: []string{"Secure the account (change its password, check for malware and unknown forwarding rules or app passwords).",
			"Ask the provider to restore the account's sending; it is usually lifted after a review."}},
	{ID: "prov19.history-of-spam", Any: []string{"history of spam", "spam history", "history of sending spam", "history of abuse", "history of spamming"},
		Cat: Reputation, Pri: conceptPri + 8,
		Summary: "The receiver refuses mail from this sending network or server because of its history of spam: a matter of the source's reputation, not of this message's content.",
		Fix: []string{"Ask the provider of the sending IP to stop the abuse on its network or move to a relay with a good reputation.",
			"Check the sending IP on the public blocklists and ask the receiver which history it means."}},
	{ID: "prov19.recipient-throttled", Any: []string{"too many messages too quickly", "being throttled", "receiving mail too quickly", "receiving messages too quickly"},
		Cat: RateLimited, Pri: conceptPri + 14,
		Summary: "The recipient's mailbox is receiving too many messages too quickly, so the receiver throttles delivery to it for a while.",
		Fix:     []string{"Let the sending MTA retry later; send fewer messages to this recipient per hour."}},
	{ID: "prov19.header-too-long", Any: []string{"header is too long", "header too long", "headers too long", "headers are too long", "header field is too long", "header field too long"},
		Cat:     RFCNoncompliant,
		Summary: "A header of the message is longer than the receiver accepts (a Rich Text/TNEF message's x-dg-ref header, or a header line over the limit).",
		Fix:     []string{"Send the message as HTML or plain text, not Rich Text (TNEF), or shorten the header that is too long."}},
	{ID: "prov19.dane-dnssec", Any: []string{"dnssec-invalid", "dnssec-authentic", "tlsa-invalid", "dane validation", "failed dane", "invalid dnssec records",
		"certificate-host-mismatch", "certificate-expired"},
		Cat:     TLSRequired,
		Summary: "The sending server's DANE check of the destination failed: its DNSSEC records are invalid, its TLSA record does not match its certificate, or the certificate does not name the host or has expired. Mail is not sent without a verified TLS session.",
		Fix: []string{"The destination's administrator must fix the DNSSEC signatures or the TLSA records (they must match the certificate the MX presents), or renew the certificate.",
			"Check the domain with a DANE/DNSSEC test tool before resending."}},
	{ID: "prov19.host-not-reachable", Any: []string{"host not reachable", "host is not reachable", "server not reachable", "server is not reachable", "host was not reachable"},
		Cat: Network, Generic5xx: true,
		Summary: "The destination mail host could not be reached over the network.",
		Fix:     []string{"Check the destination's MX hosts and whether they accept connections on port 25 (`dig MX domain`, then connect to them)."}},
	{ID: "prov19.outside-organization", Any: []string{"from outside of its organization", "from outside its organization", "from outside the organization",
		"from outside of the organization", "from outside of its organisation", "from outside its organisation", "from outside the organisation",
		"from outside of your organization", "from outside your organization"},
		With: []string{"reject", "not accept", "doesn't accept", "does not accept", "only accept", "set up to", "not allowed", "not permitted"},
		Cat:  Policy, Pri: conceptPri + 8, Actor: ActorRecipientAdmin,
		Summary: "The recipient (a group, a public folder or a mailbox) is set up to accept mail only from inside its own organisation.",
		Fix:     []string{"Ask the recipient's administrator to allow external senders for this recipient, or reach the recipient another way."}},
	{ID: "prov19.envelope-recipients-limit", Any: []string{"envelope recipients", "recipients per message", "recipients in one message", "recipients from the same domain"},
		With: []string{"more than", "too many", "exceed", "maximum", "limit"},
		Cat:  RateLimited, Pri: conceptPri + 6,
		Summary: "The message has more recipients than the receiver accepts in one transaction: the sending server must split them and send the rest again.",
		Fix:     []string{"Send to fewer recipients per message (split the envelope), or let the sending MTA retry the refused ones."}},
	{ID: "prov19.unprovisioned-domains", Any: []string{"unprovisioned domain", "unregistered domains", "unregistered domain", "unverified domains",
		"domaines non enregistrés", "dominios no registrados", "domini non registrati", "domínios não registrados", "nicht registrierten domänen"}, // batch 27-parse b: Microsoft's translated 5.7.750
		With: []string{"tenant", "sending from", "messages from", "blocked", "bloqu", "bloccat", "blockiert"},
		Cat:  Reputation, Pri: conceptPri + 6,
		Summary: "The provider blocked or distrusts the sending tenant because it sends from domains it has not added and verified.",
		Fix:     []string{"Add and verify every domain the tenant sends from (Microsoft 365: accepted domains), then ask for the block to be lifted."}},
	{ID: "prov19.dynamic-ip-words", Any: []string{"dynamic or residential", "residential or dynamic", "dynamically or residentially", "residential assigned", "dynamic assigned"},
		With:    []string{"ip address", "ip addresses", "ips", " ip "},
		Cat:     Reputation,
		Summary: "The receiver refuses mail sent directly from dynamic/residential IP ranges; such hosts must send through their provider's relay.",
		Fix:     []string{"Send through your provider's or a mail service's relay (smarthost) with authentication, not directly from a dynamic address."}},
	{ID: "prov19.spam-es", Any: []string{"correo no deseado", "correo no solicitado", "correo basura"},
		With:    []string{"marcado", "marcó", "rechaz", "filtro", "bloque", "detect", "identific", "considerad", "clasificad"},
		Cat:     SpamContent,
		Summary: "El filtro del receptor clasificó el mensaje como correo no deseado (spam) / The receiver's filter classified the message as spam.",
		Fix:     []string{"Review the content, links and attachments, authenticate the domain (SPF, DKIM, DMARC) and send only to recipients who asked for the mail."}},
	{ID: "prov19.address-not-found", Any: []string{"address could not be found", "address cannot be found", "address can't be found", "address was not found", "address wasn't found"},
		Not:     []string{"ip address", "server address", "host", "dns", "domain name", "sender", "from address", "mx"},
		Cat:     UserUnknown,
		Summary: "The recipient address does not exist at the receiving server (Gmail's wording, spelt out).",
		Fix:     []string{"Check the recipient address for typos, and confirm it with the recipient by another channel."}},
	{ID: "prov19.sender-invalid-pt-es", Any: []string{"endereço do remetente não é válido", "endereco do remetente nao e valido", "remetente não é válido", "remetente inválido",
		"remitente no es válido", "remitente no válido", "dirección del remitente no es válida"},
		Cat: SenderInvalid, Actor: ActorSender,
		Summary: "O endereço do remetente não é válido (para este login) / The sender address is not valid (for the account that logged in).",
		Fix:     []string{"Send with the address of the account the client logs in as, or one the server allows for it."}},
}
