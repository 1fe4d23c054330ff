package explain

// common23Rules: rules added by the common23 work of session 18 (issue 10).
//
// The first group follows the labelling conventions common23 settled
// (docs/explain.md "Labelling conventions").
var common23Rules = []rule{
	// ---- a receiver's callout that verified the sender's domain and
	// failed, quoting the callout's own dialogue ("550-Postmaster
	// verification failed while checking <sender> ... 550-Response: 550
	// <postmaster@...>: User unknown", SourceForge's list server; held-out
	// batch 23-commonb): the sender, not the recipient, whatever the
	// quoted response says ----
	{ID: "common23.sender-callout-failed", Any: []string{"postmaster verification failed", "verification failed while checking", "postmaster verification"},
		Not: []string{"recipient verification", "recipient address verification"},
		Cat: SenderInvalid, Pri: conceptPri + 8,
		Summary: "The receiver checked the sender's domain with a callout (its postmaster or the sender address) and the check failed, so it refuses mail from this sender.",
		Actor:   ActorSenderAdmin,
		Fix: []string{"Make the sender domain's postmaster@ address (and the envelope sender) accept mail: RFC 5321 requires a postmaster mailbox.",
			"Then send again; the receiver's callout is repeated on the next attempt."}},

	// ---- a local delivery program that could not run or failed
	// (sendmail's transcript "451 Cannot exec /usr/bin/getmail: ... during
	// delivery with /usr/bin/getmail"; held-out batch 23-commonb) is the
	// receiving server's own failure, server-error: the convention for a
	// local delivery agent that failed ----
	{ID: "common23.local-program-failed", Any: []string{"cannot exec ", "during delivery with /", "unable to exec "},
		Cat: ServerError, Pri: conceptPri + 4,
		Summary: "The receiving server's local delivery program (a pipe or filter) could not run or failed, so the server could not deliver the message.",
		Actor:   ActorRecipientAdmin,
		Fix: []string{"Receiving administrator: check the program named in the reply (it exists, is executable, and what it needs is reachable), then requeue the mail.",
			"Sender: nothing to change; resend once the recipient's site has fixed it."}},

	// ---- a receiver's content policy on the message's form (HTML parts,
	// plain text only) is the site's rule, policy, even when it names spam
	// as its motive: vger's "Content-Policy reject msg: The message contains
	// HTML subpart, therefore we consider it SPAM or Outlook Virus.
	// TEXT/PLAIN is accepted." (held-out batch 23-common); the fix is the
	// message's form, not its sender's reputation or wording ----
	{ID: "common23.content-form-policy", Any: []string{"content-policy", "content policy", "html subpart", "html part", "html mail", "html message", "html e-mail", "html email"},
		With: []string{"text/plain", "plain text", "plain-text", "only accept", "not accepted", "not allowed", "not permitted"},
		Not:  []string{"virus found", "infected", "malware"},
		Cat:  Policy, Pri: conceptPri + 6,
		Summary: "The receiver's content policy refused the message's form (an HTML part where it accepts plain text only), whatever the sender or the wording.",
		Actor:   ActorSender,
		Fix: []string{"Send the message as plain text (text/plain only, no HTML part) to this receiver or list.",
			"In the mail client, turn off HTML for this recipient or address book entry."}},

	// ---- a relay's own DNS record that authorises a sender domain is
	// missing: TransIP's "421 4.7.0 No valid 'x-transip-mail-auth' DNS
	// record found for 'shop.example'" (held-out batch 23-common): the
	// sender domain's authentication, as a missing SPF record is ----
	{ID: "common23.sender-domain-auth-record", Any: []string{"no valid"}, All: []string{"record found for"},
		With: []string{"dns record", "txt record", "mail-auth", "mail auth"},
		Not:  []string{"mx record", "ptr", "reverse", "a record", "aaaa record"},
		Cat:  SenderAuth, Pri: conceptPri + 4,
		Summary: "The relay refused the sender domain: the DNS record it requires to authorise that domain's mail through it is missing or invalid.",
		Actor:   ActorSenderAdmin,
		Fix: []string{"Publish the DNS (TXT) record the relay's documentation names for the sender domain, with the value it gives for your account.",
			"Wait for the record to propagate, then let the queue retry."}},

	// ---- a From domain the account may not use: a shared host's Exim ACL
	// "Your domain X is not allowed in header From" (DirectAdmin/cPanel
	// hosts refuse a From domain the account does not host) is the sender
	// address the account may not use, sender-invalid, as "You are not
	// allowed to use the domain X as a sender domain" and "Sender address
	// is not allowed" read (convention "a sender address or domain the
	// account may not use"). The continuation code of the flattened
	// multi-line reply may sit inside the words ("in header 550 From") ----
	{ID: "common23.header-from-domain-not-allowed", Any: []string{"header from", "not allowed in header", "in header from"},
		With: []string{"your domain", "domain is not allowed", "domain not allowed", "is not allowed", "not permitted"},
		Not:  []string{"spf", "dkim", "dmarc", "blacklist", "blocklist", "spam"},
		Cat:  SenderInvalid, Pri: pastePri + 2,
		Summary: "The server refused the message's From domain: the account or host that sends it may not use that domain (it is not one the account hosts).",
		Actor:   ActorSender,
		Fix: []string{"Send with a From address of a domain the sending account hosts (its own address or one of its aliases).",
			"For a web form, put the visitor's address in Reply-To and keep the From at the site's own domain."}},
}

// postfixSASLSoftBounce reports Postfix's log of a SASL login its SMTP client
// tried and the server refused with 535 ("SASL authentication failed; server
// X said: 535 5.7.3 Authentication unsuccessful"), when nothing says the
// message bounced: by default (smtp_sasl_auth_soft_bounce = yes, postconf(5))
// Postfix defers the mail instead of returning it, so the delivery is
// retried once the credentials are fixed (held-out batch 23-common).
func postfixSASLSoftBounce(input string, code int) bool {
	return code == 535 && indexFold(input, "sasl authentication failed; server") >= 0 &&
		indexFold(input, "status=bounced") < 0 && indexFold(input, "action: failed") < 0
}
