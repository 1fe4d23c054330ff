package explain

import "testing"

// The kinds held-out batch 17-prov found on its first run, in new wording
// (not the batch's rows), with the neighbours that must not change.

// Sending or logging in over an unencrypted connection refused: TLS is
// required, whatever enhanced code the provider put on it. A message
// without a DKIM signature or without PGP is no TLS matter.
func TestKindProv17UnencryptedNotAllowed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"530 5.7.7 Mail submission without TLS is not permitted on this server", TLSRequired, ClassPermanent},
		{"535 5.7.0 Login over an unencrypted connection is refused, enable SSL", TLSRequired, ClassPermanent},
		{"Sending without STARTTLS is not allowed by your provider", TLSRequired, ""},
	})
	checkKinds(t, []kindCase{
		{"550 5.7.1 Messages without a DKIM signature are not allowed from this domain", SenderAuth, ClassPermanent},
	})
}

// The sending account's outgoing mail blocked: the provider's policy on
// the sender, over a sender-address enhanced code. A firewall that blocks
// outbound port 25 is no account block.
func TestKindProv17OutgoingBlocked(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.8 Outbound mail blocked for this account, contact your administrator", Policy, ClassPermanent},
		{"Your outgoing email has been blocked after unusual activity", Policy, ""},
	})
	e, err := explainOne("421 Outbound connections blocked by firewall on port 25")
	if err != nil || e.Rule == "prov17.outgoing-blocked" {
		t.Errorf("a firewall's port block: %v rule %q", err, e.Rule)
	}
}

// A login (or sending) refused until the account holder passes a check in
// the web interface: an account restriction, not wrong credentials. A
// plain failed login stays one.
func TestKindProv17ProveNotRobot(t *testing.T) {
	checkKinds(t, []kindCase{
		{"535 5.7.8 Authentication failed: please confirm that you are not a robot in the web interface", Policy, ClassPermanent},
		{"Sending stopped: use webmail for sending until you prove you are not a robot", Policy, ""},
	})
	checkKinds(t, []kindCase{
		{"535 5.7.8 Error: authentication failed: Invalid user or password", AuthFailed, ClassPermanent},
	})
}

// An account suspended for its bounces is the provider's policy on the
// sender; an hourly sending limit stays a rate limit.
func TestKindProv17BounceLimitSuspension(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailbox sending disabled: bounce limit exceeded (too many messages to addresses that do not exist)", Policy, ""},
		{"550 Account suspended - bounce rate limit reached", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"550 Domain shop.example has exceeded the max emails per hour (100/100 (100%)) allowed", RateLimited, ClassPermanent},
	})
}

// A relay that could not reach the recipient's next server: a network
// condition between the receiver's servers. The server that itself is
// temporarily unavailable stays a server error.
func TestKindProv17NextHopUnavailable(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.4.1 The destination server was temporarily unavailable, message queued", Network, ClassTransient},
		{"Deferred: recipient server is temporarily unavailable (verification pending)", Network, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"451 4.3.0 Mail server temporarily unavailable", ServerError, ClassTransient},
	})
}

// Java mail's exception names for a refused login; a message that failed
// email authentication (SPF/DKIM) stays sender-auth.
func TestKindProv17JavaAuthException(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Caused by: javax.mail.AuthenticationFailedException: 535 Login refused", AuthFailed, ClassPermanent},
		{"MailAuthenticationException thrown while connecting to smtp.host.example", AuthFailed, ""},
	})
	checkKinds(t, []kindCase{
		{"550 5.7.26 Email authentication failed: the message did not pass DMARC", SenderAuth, ClassPermanent},
	})
}

// A sending service's error that the sender identity is not verified.
func TestKindProv17SenderNotVerified(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"Error":{"Code":"FailedOperation.NotAuthenticatedSender","Message":"sender not authorised"}}`, SenderInvalid, ""},
		{"554 FailedOperation.NotAuthenticatedSender: 发件人没有经过认证", SenderInvalid, ClassPermanent},
	})
}

// An application password required instead of the account's own.
func TestKindProv17AppPasswordRequired(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Login failed: an app password is required for this account", AuthFailed, ClassPermanent},
		{"535 5.7.0 Application password required, see the security settings", AuthFailed, ClassPermanent},
	})
}

// An Erlang or Elixir term's atoms of two words are read as words
// (gen_smtp's failure tuples); a one-join identifier elsewhere is not.
func TestKindProv17TermAtoms(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{error,no_more_hosts,{permanent_failure,"mx.host.example",auth_failed}}`, AuthFailed, ClassPermanent},
		{`{:error, {:permanent_failure, "mx.host.example", :auth_failed}}`, AuthFailed, ClassPermanent},
	})
	for in, want := range map[string]bool{
		"{ok,auth_failed}":          true,
		"key:auth_failed,":          false,
		"use mail_from in settings": false,
		"[smtp_host] not set":       false,
	} {
		if got := textIdentifierWords(in) != ""; got != want {
			t.Errorf("textIdentifierWords(%q) gives words: %v, want %v", in, got, want)
		}
	}
}

// Held-out batch 17-prov b.

// Mail refused by the sending IP's country is the receiver's geographic
// policy; a DNSBL listing of the IP stays reputation.
func TestKindProv17bGeographicBlock(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Connection from 203.0.113.8 rejected: mail from this geographic region is not accepted", Policy, ClassPermanent},
		{"554 Rejected - blocked based on your country of origin (geographical location filter)", Policy, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"554 5.7.1 Service unavailable; Client host [203.0.113.8] blocked using zen.spamhaus.org", Reputation, ClassPermanent},
	})
}

// An expired recipient account is a disabled mailbox; a message that
// expired in the queue, and the sender's own expired password, are not.
func TestKindProv17bExpiredAccount(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.2.1 <jaan@mail.example>: this is an expired account", MailboxDisabled, ClassPermanent},
		{"554 Recipient rejected - expired mailbox, not renewed by its owner", MailboxDisabled, ClassPermanent},
	})
	checkKinds(t, []kindCase{
		{"Message expired: retry timeout exceeded after 5 days", Expired, ""},
	})
	e, err := explainOne("535 5.7.8 Your account password has expired, change it in the web interface")
	if err != nil || e.Rule == "prov17b.expired-account" {
		t.Errorf("an expired password: %v rule %q", err, e.Rule)
	}
}

// A receiving service that is unavailable for now and asks for a later
// try is the server's trouble; greylisting's own words stay greylisting.
func TestKindProv17bServiceUnavailableLater(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.7.1 The service is temporarily unavailable, please try again later", ServerError, ClassTransient},
		{"421 Sorry, service is currently not available. Come back later.", ServerError, ClassTransient},
	})
	checkKinds(t, []kindCase{
		{"451 4.7.1 Greylisting in action, please come back later", Greylisted, ClassTransient},
		{"450 4.7.1 <kim@lab.example>: Recipient address rejected: Service is unavailable (try later)", Greylisted, ClassTransient},
	})
}
