package explain

// Rules for the kinds held-out batch 6 showed (issue 10): replies pasted from
// the applications that send mail. Kept apart from the provider, wording and
// concept tables (other batches edit those); they join the table after the
// concept rules (assembleRules), so the rank alone orders them.
//
//   - The sender an application or ESP account may not use: a From or
//     envelope-sender address or domain that is not the logged-in user's, not
//     verified or not configured at the service ("Mail from address must be
//     same as authorization user", "The from address does not match a
//     verified Sender Identity", "550 envelope sender not allowed",
//     "Unconfigured Sending Domain"). That is the sender's address refused
//     (sender-invalid), not a policy in general.
//   - "Unauthenticated" said of the client or sender (SMTP AUTH missing) is
//     not "unauthenticated email" (SPF/DKIM failed).
//   - A relay refusal that asks to authenticate stays a relay refusal.
//   - Spamhaus's "Error: open resolver": the receiver queried Spamhaus
//     through a public resolver and got an error code back; the sender is
//     not listed. The receiver's configuration is at fault.
//   - Vocabulary seen in pastes: "Forwarding Denied", "queue quota",
//     "max message size exceeded", "Stream is more than N bytes long",
//     "message line is too long", "could not be saved", "not permitted",
//     "Delayed by Postgrey", "recipient is known to bounce", "invalid DNS MX",
//     Mimecast's "Internal resource temporarily unavailable", Symantec's
//     "Connection rejected by policy [7.7]", and client-library errors without
//     a code (Python's SMTPServerDisconnected, Go's "unencrypted connection").
//   - A basic code whose RFC meaning names one cause (535 credentials
//     invalid, 534, 538) beats one generic word ("535 Denied").

const pastePri = conceptPri + 4

var (
	// who sends: a From or envelope-sender address, domain or identity
	senderSubjects = []string{"from address", "mail from address", "sender address", "sender domain", "sending domain", "sender identity",
		"envelope sender", "envelope-sender", "as this sender", "as a sender domain", "from domain", "sender's address", "the sender"}
	// that it may not be used by this client or account
	senderNotYours = []string{"must be same", "must be the same", "does not match", "doesn't match", "not match", "not verified", "unverified",
		"verified sender", "unconfigured", "not configured", "no permission", "not allowed", "not permitted", "not authorized", "not owned by",
		"not authorised"}
	relayRefusals = []string{"relay access denied", "relaying denied", "relay denied", "relay not permitted", "relaying not allowed", "relay not allowed", "unable to relay"}
)

var pasteRules = []rule{
	{ID: "paste.sender-not-yours", Any: senderSubjects, With: senderNotYours,
		Not: []string{"spf", "dkim", "dmarc", "relay", "recipient address", "rcpt"},
		Cat: SenderInvalid, Weak: true, Pri: pastePri,
		Summary: "The server refused the sender address: this client or account may not send as it (it is not the logged-in user's address, or the address or domain is not verified or configured at the sending service).",
		Fix: []string{"Send with the From and envelope-sender address of the account you log in with, or one the service lets that account use.",
			"At an email service (ESP), verify the sender address or domain (its DNS records) before sending from it.",
			"In applications, set the sender address in the mail settings to the SMTP account's address; bounce or VERP addresses must be allowed too."}},
	{ID: "paste.esp-sender-unverified", Any: []string{"not associated with your account", "unconfigured sending domain", "verified sender identity", "not a verified sender",
		"sending domain is not verified", "sender domain is not verified", "email address is not verified", "domain is not verified"},
		Cat: SenderInvalid, Pri: pastePri,
		Summary: "The sending service refused the sender: the From address or its domain is not verified (configured) in this account.",
		Fix: []string{"Verify the sender address or domain in the sending service's account (add the DNS records it asks for).",
			"Or send from an address or domain that is already verified there."}},
	// "... as this sender": the account may not send as that address
	// (a send-as permission), whatever it says about submitting
	{ID: "paste.send-as-sender", Any: []string{"permission to send as", "permissions to send as", "permission to submit as", "submit as this sender", "send as this sender"},
		Cat: SenderInvalid, Pri: pastePri + 10,
		Summary: "The server refused the sender: the logged-in account has no permission to send as this From or envelope-sender address."},
	{ID: "paste.unauthenticated-client", Any: []string{"unauthenticated senders", "unauthenticated sender not allowed", "unauthenticated users", "unauthenticated clients",
		"unauthenticated relay", "unauthenticated submission", "unauthenticated connections", "unauthenticated smtp"},
		Not: []string{"spf", "dkim", "dmarc"},
		Cat: AuthRequired, Pri: pastePri,
		Summary: "The server accepts mail only from clients that log in (SMTP AUTH), and this client did not."},
	{ID: "paste.relay-please-authenticate", Any: relayRefusals,
		With: []string{"please authenticate", "authenticate first", "must authenticate", "not authenticated"},
		Cat:  RelayDenied, Pri: pastePri,
		Summary: "The server refused to relay for a client that did not log in: it is not a destination for the recipient's domain, and only authenticated users may send through it."},
	{ID: "paste.spamhaus-open-resolver", Any: []string{"open resolver", "error: open resolver", "excessive number of queries"},
		With: []string{"spamhaus", "blocked using", "dnsbl", "rbl"},
		Cat:  ServerError, Pri: 40, Actor: ActorRecipientAdmin,
		Summary: "The receiver's blocklist lookup failed: it queries Spamhaus through a public (open) DNS resolver, and Spamhaus answers such queries with an error code that the receiver misread as a listing. The sending IP is not listed.",
		Fix: []string{"Nothing to fix at the sender: the sending IP is not on the list.",
			"Tell the recipient's postmaster: the server must query Spamhaus through its own resolver (or the Data Query Service) and treat the 127.255.255.x error codes as no listing."},
		Refs: []string{"https://www.spamhaus.org/resource-hub/dnsbl/using-our-public-mirrors-check-your-return-codes-now./"}},
	{ID: "paste.invalid-dns-mx", Any: []string{"invalid dns mx", "no valid dns mx", "invalid mx record", "no valid mx record"},
		Cat: HostUnknown, Pri: pastePri,
		Summary: "The domain of the address has no usable mail records (no valid MX, A or AAAA record)."},
	{ID: "paste.forwarding-denied", Any: []string{"forwarding denied", "forwarding not allowed", "forwarding prohibited"},
		Cat: RelayDenied, Pri: pastePri,
		Summary: "The server refused to forward (relay) the message to a domain it is not responsible for."},
	{ID: "paste.queue-quota", Any: []string{"queue quota exceeded", "queue quota", "sending quota exceeded", "sending quota", "submission quota", "outbound quota", "send quota"},
		Cat: RateLimited, Pri: pastePri,
		Summary: "The sender's (organization's) sending quota is used up: the service throttles further mail for now."},
	{ID: "paste.size-exceeded", Any: []string{"message size", "max message size", "maximum message size", "size limit", "message length", "data size", "bytes long", "bytes in size"},
		With: []string{"exceeded", "exceeds", "is more than", "larger than", "over the limit"},
		Not:  []string{"mailbox", "quota", "storage"},
		Cat:  MessageTooBig, Weak: true, Pri: pastePri,
		Summary: "The message is larger than the server accepts."},
	{ID: "paste.message-line-too-long", Any: []string{"message line is too long", "message line too long", "body line too long", "line length exceeds", "line length exceeded", "lines longer than"},
		Cat: RFCNoncompliant, Pri: pastePri,
		Summary: "A line of the message is longer than the 998 characters RFC 5322 allows; the client must wrap or encode it (quoted-printable or base64)."},
	{ID: "paste.could-not-be-saved", Any: []string{"could not be saved", "could not save", "unable to save", "failed to save", "could not be stored", "could not store"},
		Cat: ServerError, Weak: true, Pri: pastePri,
		Summary: "The receiving server accepted the message but could not store it: a fault of its own."},
	{ID: "paste.not-permitted", Any: []string{"not permitted"}, Cat: Policy, Weak: true,
		Summary: "The receiving site's policy does not permit this message or sender."},
	{ID: "paste.postgrey", Any: []string{"delayed by postgrey", "postgrey"},
		Not: []string{"greylist", "graylist"}, // those say it already (mta.greylisted)
		Cat: Greylisted, Pri: pastePri, Refs: []string{refGreylist},
		Summary: "The receiver greylisted the message (Postgrey): the first attempt is deferred and a retry after a few minutes is accepted."},
	{ID: "paste.known-to-bounce", Any: []string{"known to bounce", "has previously bounced", "previously hard bounced", "address has bounced before"},
		Cat: UserUnknown, Pri: pastePri,
		Summary: "The service suppresses this recipient: mail to the address bounced before (it does not exist or no longer accepts mail)."},
	{ID: "paste.mimecast-internal-resource", Any: []string{"internal resource temporarily unavailable", "internal resources temporarily unavailable"},
		Cat: Greylisted, Provider: ProvMimecast, Pri: pastePri, Refs: []string{refGreylist},
		Summary: "Mimecast greylisted the message (its 451 \"internal resource temporarily unavailable\"): the first attempt of a new sender/recipient/IP triplet is deferred; a retry is accepted."},
	{ID: "paste.symantec-policy-7.7", Any: []string{"rejected by policy [7.7]"},
		Cat: Reputation, Provider: "Symantec Email Security.cloud", Pri: pastePri,
		Summary: "Symantec Email Security.cloud (MessageLabs) refuses the connection from this IP address: it is on the service's own blocklist."},
	{ID: "paste.client-disconnected", Any: []string{"smtpserverdisconnected", "server disconnected", "please run connect() first", "connection closed by server"},
		Cat: Network, Weak: true, Pri: pastePri,
		Summary: "The connection to the SMTP server closed (or was never opened) before the mail was sent."},
	{ID: "paste.unencrypted-connection", Any: []string{"unencrypted connection"},
		Cat: TLSRequired, Pri: pastePri,
		Summary: "The client refused to send the password over an unencrypted connection: the server offered no TLS (STARTTLS) before authentication."},
	{ID: "paste.sender-rejected", Any: []string{"sender address rejected", "following from address failed"},
		Cat: SenderInvalid, Weak: true,
		Summary: "The server refused the envelope sender (MAIL FROM) address."},
	// batch 6b: a sender verification (callout) that failed is about the
	// sender, whatever words about accepting mail it quotes; a From domain
	// that must resolve; a sender name refused
	{ID: "paste.sender-callout", Any: []string{"callback setup failed", "callout verification failed", "callout failed", "sender callout", "sender verification callout", "could not verify sender"},
		Cat: SenderInvalid, Pri: pastePri + 6,
		Summary: "The receiver verified the envelope sender by calling back its mail server (a callout), and that check failed: the sender's server refused the probe (often its MAIL FROM:<>) or the sender address does not exist."},
	{ID: "paste.sender-domain-resolve", Any: []string{"from:domain", "from domain", "sender domain", "sender's domain", "envelope domain"},
		With: []string{"must resolve", "does not resolve", "doesn't resolve", "not resolve", "did not resolve"},
		Cat:  SenderInvalid, Pri: pastePri,
		Summary: "The sender's domain must resolve in DNS (an MX or A record) for the receiver to accept mail from it, and it does not."},
	{ID: "paste.sender-name-invalid", Any: []string{"sender name", "from/sender", "sender address", "from address"},
		With: []string{"is not valid", "not valid"},
		Cat:  SenderInvalid, Weak: true, Pri: pastePri,
		Summary: "The server refused the sender address or name: it is not one this account or server may use."},
	// refused recipients counted: "too many recipient attempts"
	{ID: "paste.too-many-recipients", Any: []string{"too many recipient", "too many rcpt"},
		Not: []string{"invalid", "unknown", "bad recipient"},
		Cat: RateLimited, Weak: true, Pri: pastePri,
		Summary: "The server limits how many recipients (or recipient attempts) a client may give; the sender must send the rest later or in another transaction."},
	// a loop: the message passed too many hops
	{ID: "paste.too-many-hops", Any: []string{"too many received", "max hop count"}, // ("hop count exceeded", "too many hops": the loop rules)
		Cat: ServerError, Pri: pastePri,
		Summary: "The message has passed too many mail servers (Received: headers): it is looping between servers, a forwarding or routing misconfiguration."},
	// a refusal addressed to the client's IP address without naming a list
	{ID: "paste.no-access-for-ip", Any: []string{"for this ip", "for your ip", "from your ip", "this ip address", "your ip address"},
		With: []string{"no access", "not welcome", "access denied", "refused", "not allowed"},
		Not:  []string{"relay", "authenticat", "hostname", "reverse", "ptr", "too many", "rate", "limit"},
		Cat:  Reputation, Weak: true, Pri: pastePri,
		Summary: "The receiver refuses mail from the sending IP address itself (a local block of that address or its network)."},
	{ID: "paste.malformed-address", Any: []string{"malformed address", "address malformed", "malformed recipient", "malformed sender"},
		Cat: Syntax, Pri: pastePri,
		Summary: "The address in the command is malformed (not valid address syntax)."},
	// a codeless client error naming the address as not found
	{ID: "paste.address-not-found", Any: []string{"address was not found", "address not found", "address is unknown"},
		Not: []string{"sender", "domain", "host"},
		Cat: UserUnknown, Weak: true, Pri: pastePri,
		Summary: "The recipient address does not exist at the receiving server."},
	{ID: "paste.code-auth-failed", Codes: []int{534, 535}, Cat: AuthFailed,
		Summary: "Authentication failed: the credentials or the mechanism were refused (RFC 4954)."},
	{ID: "paste.code-encryption-required", Codes: []int{538}, Cat: TLSRequired,
		Summary: "The server requires an encrypted connection (TLS) for this authentication mechanism (RFC 4954)."},
}
