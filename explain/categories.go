package explain

// What each category means by default: who acts and what to do when no
// provider- or wording-specific rule gives something better.

type catInfo struct {
	Summary string
	Actor   Actor
	Fix     []string
	Ref     string
}

// categoryInfoOf is what category c means by default (the zero catInfo for
// a category without an entry).
func categoryInfoOf(c Category) catInfo {
	for i := range categoryInfos {
		if categoryInfos[i].cat == c {
			return categoryInfos[i].info
		}
	}
	return catInfo{}
}

// categoryInfos is static data (a map would be built on the first
// explanation: 26 entries, each with a slice, some 60 allocations).
var categoryInfos = [...]struct {
	cat  Category
	info catInfo
}{
	{UserUnknown, catInfo{"The recipient address does not exist at the receiving server.", ActorSender, []string{
		"Check the recipient address for typos, in the local part and in the domain.",
		"Confirm the address with the recipient by another channel: it may have been deleted or renamed.",
		"Remove the address from your lists: repeated mail to unknown users hurts the sender's reputation.",
	}, "RFC 3463 §3.2"}},
	{MailboxFull, catInfo{"The recipient's mailbox is over its storage quota.", ActorRecipient, []string{
		"Tell the recipient by another channel: they must delete mail or get a larger quota.",
		"For a 4xx reply the sending MTA retries by itself; for a 5xx reply resend after the recipient has made room.",
	}, "RFC 3463 §3.3"}},
	{MailboxDisabled, catInfo{"The recipient's mailbox exists but is disabled or inactive and accepts no mail.", ActorRecipient, []string{
		"Ask the recipient by another channel for a current address.",
		"Remove the address from your lists if it stays disabled.",
	}, "RFC 3463 §3.3"}},
	{Moved, catInfo{"The recipient has moved and the server does not forward.", ActorSender, []string{
		"Use the new address given in the reply, or ask the recipient for it.",
		"Update your address book or list with the new address.",
	}, "RFC 5321 §3.4"}},
	{HostUnknown, catInfo{"The recipient's domain does not exist or accepts no mail (no usable MX, null MX).", ActorSender, []string{
		"Check the recipient domain for typos.",
		"Look up its mail servers: `dig MX domain` — NXDOMAIN, no MX and no A record, or a null MX (\"MX 0 .\") means the domain receives no mail.",
		"If the domain is yours, publish MX records that point at working mail servers.",
	}, "RFC 7505; RFC 7504"}},
	{RelayDenied, catInfo{"The server refused to relay: it is not a destination for the recipient's domain and you are not allowed to send through it.", ActorSenderAdmin, []string{
		"Deliver to the recipient domain's own MX hosts (`dig MX domain`), not to a server that is not responsible for it.",
		"If you submit mail as a user or application, authenticate first (SMTP AUTH on port 587 after STARTTLS).",
		"If the server should accept the domain, the recipient's admin must add it to its accepted/relay domains (Postfix relay_domains or mydestination; Exchange accepted domains; Microsoft 365 inbound connectors).",
	}, "RFC 5321 §3.6, §7.1"}},
	{AuthRequired, catInfo{"The server requires SMTP authentication before it accepts this mail.", ActorSenderAdmin, []string{
		"Configure the client or relay to authenticate (SMTP AUTH) with valid credentials, normally on port 587 after STARTTLS.",
		"For server-to-server delivery, deliver to the recipient domain's MX instead of a submission server.",
	}, "RFC 4954 §6"}},
	{AuthFailed, catInfo{"SMTP authentication failed: the credentials or the mechanism were refused.", ActorSender, []string{
		"Check the username and password; many providers require an app password or OAuth2 instead of the account password.",
		"Use a mechanism the server offers in EHLO, over TLS: many servers refuse PLAIN/LOGIN without STARTTLS.",
		"Check that the account is enabled and allowed to use SMTP AUTH (for example Microsoft 365 \"Authenticated SMTP\").",
	}, "RFC 4954 §6"}},
	{TLSRequired, catInfo{"The server (or the message) requires TLS, and TLS was not used or failed.", ActorSenderAdmin, []string{
		"Enable STARTTLS in the sending MTA (Postfix: smtp_tls_security_level = may, or encrypt for this destination).",
		"Check TLS versions, ciphers and certificates on both sides: `smtpgw probe domain` shows the handshake.",
		"For REQUIRETLS (RFC 8689) every hop must support it; send the message without REQUIRETLS or through a path that supports it.",
	}, "RFC 3207; RFC 8689"}},
	{SenderAuth, catInfo{"The message failed sender authentication (SPF, DKIM or DMARC).", ActorSenderAdmin, []string{
		"Publish an SPF record for the envelope-sender domain that includes the sending IP (`dig TXT domain`).",
		"Sign outgoing mail with DKIM for the From: domain (aligned d=) and publish the public key.",
		"Publish a DMARC record (_dmarc.domain) and make sure SPF or DKIM passes aligned with the From: domain.",
		"If the mail was forwarded, the forwarder must rewrite the envelope sender (SRS) or sign with ARC.",
	}, "RFC 7208; RFC 6376; RFC 7489; RFC 7372"}},
	{Reputation, catInfo{"The sending IP address or domain has a bad reputation or is on a blocklist.", ActorSenderAdmin, []string{
		"Look up the sending IP and domain on the blocklist named in the reply and follow its delisting procedure.",
		"Fix the cause before delisting (compromised account, open relay, infected host, purchased or stale lists), or the listing returns.",
		"Watch the reputation at the big providers (Google Postmaster Tools, Microsoft SNDS) and keep complaint rates low.",
		"Meanwhile send through a relay with a good reputation.",
	}, "RFC 5782"}},
	{PTRRequired, catInfo{"The sending IP address has no valid reverse DNS (PTR) record.", ActorSenderAdmin, []string{
		"Ask whoever owns the sending IP (ISP, hosting or cloud provider) to set a PTR record for it.",
		"Make the PTR name resolve back to the same IP (forward-confirmed reverse DNS).",
		"Use a HELO/EHLO name that matches the PTR name.",
	}, "RFC 7372 §3.3"}},
	{RateLimited, catInfo{"The receiver is limiting how fast or how much you send.", ActorSenderAdmin, []string{
		"Slow down: fewer parallel connections and fewer messages per connection (Postfix: smtp_destination_concurrency_limit, smtp_destination_rate_delay).",
		"Let the MTA retry with backoff; do not resend by hand.",
		"Spread bulk sends over time and warm up new IPs gradually.",
	}, "RFC 3463 §3.5"}},
	{Greylisted, catInfo{"The receiver greylisted the message: it refuses the first attempt and accepts a retry after a delay.", ActorNone, []string{
		"Nothing to do with a standard MTA: the retry is accepted after the greylisting delay (usually a few minutes).",
		"Make sure the sender retries from the same IP (or a known pool) with the same envelope, and does not give up within 30 minutes.",
		"Scripts that send directly must queue and retry; or send through a real MTA.",
	}, "RFC 6647"}},
	{SpamContent, catInfo{"The message was classified as spam by its content.", ActorSender, []string{
		"Review the content: links to listed domains, URL shorteners, attachments, image-only mail, spammy wording.",
		"Authenticate the mail (SPF, DKIM, DMARC) and add List-Unsubscribe for bulk mail.",
		"Do not resend the same message unchanged; test it with a content scanner (such as SpamAssassin) first.",
	}, "RFC 3463 §3.8"}},
	{Virus, catInfo{"The message was rejected because it contains (or looks like it contains) malware.", ActorSender, []string{
		"Scan the sending machine and the attachment; do not resend the same file.",
		"If it is a false positive, share the file another way (link) or ask the recipient's admin to allow it.",
	}, "RFC 3463 §3.8"}},
	{Policy, catInfo{"The receiving site's local policy refused the message.", ActorRecipientAdmin, []string{
		"Read the reply text for the rule that refused it.",
		"Contact the recipient's postmaster (postmaster@ their domain) with the full reply, the time and your sending IP.",
		"Check that your IP is on no blocklist and your mail passes SPF, DKIM and DMARC.",
	}, "RFC 3463 §3.8"}},
	{SenderInvalid, catInfo{"The sender (MAIL FROM) address was refused: its domain does not exist, it cannot receive replies, or you may not use it.", ActorSenderAdmin, []string{
		"Use an envelope-sender address in a domain that exists and receives mail (MX or A record).",
		"If the receiver verifies senders by callback, make sure the envelope-sender address accepts mail.",
		"Send only as addresses you are authorized to use (the authenticated account's addresses).",
	}, "RFC 5321 §3.3; RFC 3463 §3.2"}},
	{MessageTooBig, catInfo{"The message is larger than the receiver accepts.", ActorSender, []string{
		"Send a smaller message: share large files by link instead of attaching them.",
		"Check the limit the server advertises in EHLO (SIZE); base64 makes attachments about 37% larger.",
	}, "RFC 1870"}},
	{RFCNoncompliant, catInfo{"The message or the session does not comply with the standards (headers, line endings, HELO name, encoding).", ActorSenderAdmin, []string{
		"Fix the message format: exactly one From:, Date: and Message-ID: header, valid header syntax (RFC 5322), CRLF line endings, no bare LF.",
		"Use a HELO/EHLO name that is a fully-qualified domain name that resolves.",
		"Use 8BITMIME/SMTPUTF8 only when the server announces it; otherwise encode the content.",
	}, "RFC 5322; RFC 5321 §4.1.1.1"}},
	{Syntax, catInfo{"The server did not understand a command or its parameters.", ActorSenderAdmin, []string{
		"Fix the client: the command, its order or its parameters are not accepted by this server.",
		"Capture the SMTP transcript (smtpgw send) to see which command was refused.",
	}, "RFC 5321 §4.2.4"}},
	{ServerError, catInfo{"The receiving server has a problem of its own.", ActorRecipientAdmin, []string{
		"For a 4xx reply the sending MTA retries by itself; usually nothing to do.",
		"If it persists or is permanent, contact the recipient's postmaster with the full reply and the time.",
	}, "RFC 5321 §4.2.1"}},
	{Network, catInfo{"The connection to the receiving server failed or timed out.", ActorSenderAdmin, []string{
		"Check that the sending host can reach the MX on port 25: many ISPs and clouds block outbound port 25.",
		"Check the MX hosts are up and answering: `smtpgw probe domain`.",
		"The MTA retries by itself; if the destination stays unreachable the message expires (typically after 5 days).",
	}, "RFC 3463 §3.5"}},
	{Expired, catInfo{"The message stayed in the queue too long and was returned without delivery.", ActorSenderAdmin, []string{
		"Find the earlier deferrals of this message in the mail log: they tell the real cause.",
		"Fix that cause, then resend.",
	}, "RFC 3463 §3.5"}},
	{Success, catInfo{"The command succeeded.", ActorNone, []string{}, "RFC 5321 §4.2.1"}},
	{Unknown, catInfo{"The reply does not say why.", ActorNone, []string{
		"Read the full reply text; the receiving site's documentation may explain its wording.",
		"Contact the recipient's postmaster with the full reply, the time and your sending IP.",
	}, "RFC 5321 §4.2"}},
}
