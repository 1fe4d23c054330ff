package explain

import "testing"

// Kinds of helper concept20 (issue 10, session 15; docs/heldout/heldout20-concept.md):
// the long tail's vocabulary by concept, second pass, each in new wording
// (not rows of a batch or of the probe set), with the neighbours that must
// not change.

// An OAuth grant, token or consent the identity provider refused is a
// failed login, however the provider or library words it.
func TestKindConcept20OAuthGrant(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Send failed: invalid_grant (the refresh token was revoked by the account owner)", AuthFailed, ClassPermanent},
		{"AADSTS700016: Application with identifier 'mailer' was not found in the directory 'corp.example'", AuthFailed, ClassPermanent},
		{"OAuth error: admin consent required for the SMTP.Send permission", AuthFailed, ClassPermanent},
		{"Mailer: could not obtain an access token for ops@corp.example", AuthFailed, ClassPermanent},
		{"MsalUiRequiredException: interaction_required", AuthFailed, ClassPermanent},
		// neighbours: a certificate that expired, an unsubscribe token
		{"x509: certificate has expired or is not yet valid", TLSRequired, ClassPermanent},
		{"530 5.7.0 Authentication required", AuthRequired, ClassPermanent},
	})
}

// A firewall, proxy or port block between client and server is the
// network, not the receiver's policy; a blocklist that names an open proxy,
// and a block by the receiver's provider, stay what they were.
func TestKindConcept20Middlebox(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Test e-mail failed: the corporate firewall is blocking outgoing SMTP", Network, ClassTransient},
		{"SOCKS4 proxy rejected the request: connection refused by ruleset", Network, ClassTransient},
		{"Mail: egress traffic to 203.0.113.25:587 denied by security group", Network, ClassTransient},
		{"smtp alg intercepted the EHLO and dropped STARTTLS", Network, ClassTransient},
		// neighbours
		{"554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using an open proxy list", Reputation, ClassPermanent},
		{"Blocked: the recipient's mail provider blocked the email delivery", Policy, ClassPermanent},
	})
}

// A sending API's address field that does not hold a valid address is the
// request's syntax, not an unknown recipient at a server.
func TestKindConcept20APIAddressFormat(t *testing.T) {
	checkKinds(t, []kindCase{
		{"400 Bad Request: 'cc' field must be a valid e-mail address", Syntax, ClassPermanent},
		{"validation_error: recipient field is malformed", Syntax, ClassPermanent},
		// neighbour: a server's refusal of an address it does not have
		{"550 5.1.1 <kim@corp.example>: Recipient address rejected: User unknown in virtual mailbox table", UserUnknown, ClassPermanent},
	})
}

// The sending account's own email address not yet verified is an account
// state (policy); a sending address or domain not verified at the service
// is the sender.
func TestKindConcept20AccountEmail(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Sending is disabled until you confirm your email (check your inbox for the link)", Policy, ClassPermanent},
		{"Account not verified: verify your account to start sending newsletters", Policy, ClassPermanent},
		// neighbours: the sending domain, the sender identity
		{"Domain mail.corp.example has not been verified yet", SenderInvalid, ClassPermanent},
		{"Sender identity noreply@corp.example pending verification", SenderInvalid, ClassPermanent},
	})
}

// Credits or a plan's allowance used up is a sending limit (rate-limited);
// credits that someone must buy make it permanent, and a plan's allowance
// is no mailbox's quota.
func TestKindConcept20CreditsAndPlan(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Campaign paused: no credits left, purchase more credits to resume", RateLimited, ClassPermanent},
		{"Sending stopped: the quota of your plan is used up", RateLimited, ClassTransient},
		{"Limit of your plan reached (2,000 emails)", RateLimited, ClassTransient},
		// neighbours: a mailbox's quota, a period's allowance
		{"Recipient's mailbox quota exhausted", MailboxFull, ClassPermanent},
		{"Daily sending quota exceeded", RateLimited, ClassTransient},
	})
}

// An attachment's type or extension refused (concept.attachment-type-refused,
// widened) is policy, not a virus, and not the message's size.
func TestKindConcept20AttachmentType(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Upload rejected: file type .js is not permitted as an attachment", Policy, ClassPermanent},
		{"API error: attachment content type application/x-msdownload unsupported", Policy, ClassPermanent},
		// neighbours: a virus, a size
		{"554 5.7.1 Rejected: message contains a virus (Win.Trojan.Agent-1)", Virus, ClassPermanent},
		{"Attachment size exceeds the 25 MB limit", MessageTooBig, ClassPermanent},
	})
}

// Windows' name for a certificate that does not name the host is a TLS
// failure.
func TestKindConcept20CertPrincipal(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SmtpException: Authentication failed, see inner exception. ---> Win32Exception: The target principal name is incorrect", TLSRequired, ClassPermanent},
		{"schannel: SEC_E_WRONG_PRINCIPAL (0x80090322)", TLSRequired, ClassPermanent},
	})
}

// An application's gate verbs: an alert or notification "not triggered"
// or "not emitted" through the mail transport is a failure of a delivery
// (unknown, no class) when a word of mail stands with them (codeless20's
// negated verbs, widened); without a word of mail the text is still
// refused.
func TestKindConcept20GateVerbs(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Alert 'CPU high' not triggered via email", Unknown, ClassUnknown},
		{"Notifier: the SMTP message was not emitted (queue closed)", Unknown, ClassUnknown},
		{"The warning e-mail could not be dispatched to the notification transport", Unknown, ClassUnknown},
	})
	for _, in := range []string{"Could not open the configuration file", "The job was not triggered"} {
		if e, err := explainOne(in); err == nil {
			t.Errorf("%q: want no explanation (no word of mail), got %s/%s", in, e.Category, e.Class)
		}
	}
}

// Held-out batch 20-concept's kinds, in new wording: the application's own
// sending module or its error page's label is no receiver's back end; .NET's
// "remote name" that did not resolve is the host; the Polish past tense of
// "could not send"; an application's advice to check the server's name; credits
// with a word between; an API client's exception before "error NNN" is an
// HTTP status.
func TestKindConcept20Batch(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Error delivering mail using backend 'App::Mailer::SMTP'. Message could not be sent.", Unknown, ClassUnknown},
		{"Backend ERROR: OTRS-CGI-10 OS: linux\n Message: Impossible to send message to: agent@corp.example", Unknown, ClassUnknown},
		{"SmtpException: Failure sending mail. ---> WebException: The remote name could not be resolved: 'mail.corp.example'", HostUnknown, ClassPermanent},
		{"Nie można było wysłać wiadomości do klienta", Unknown, ClassUnknown},
		{"Alarm mail failed: check the SMTP server name", HostUnknown, ClassPermanent},
		{"Newsletter paused: no more sending credits on this account", RateLimited, ClassPermanent},
		{"Acme::ApiError (error 422 while sending #<RestClient::Resource> to https://api.acme.example/v1/mail with {})", Syntax, ClassPermanent},
		// neighbours: a receiver's back end, a mailbox's quota, an SMTP 451
		{"451 4.3.0 The backend server is unavailable", ServerError, ClassTransient},
		{"Recipient's mailbox quota exhausted", MailboxFull, ClassPermanent},
		{"451 4.3.0 Error: queue file write error", ServerError, ClassTransient},
	})
}
