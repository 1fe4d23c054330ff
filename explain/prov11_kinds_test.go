package explain

import "testing"

// The kinds held-out batch 11-prov found on its only run, in new wording
// (not the batch's rows).

// Comcast's codes of every generation are one family: any member decides,
// whatever the words around it; BlueTie's BL0001-BL0005 stay BlueTie's,
// and a word that only looks like a code is none.
func TestKindProv11ComcastCodeFamily(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Message refused (BL008) - http://www.comcast.net/help/faq/index.jsp?faq=SecurityMail_Policy19052", Reputation, ClassPermanent},
		{"554 imta11.westchester.comcast.example BL002 - connection refused", Reputation, ClassPermanent},
		{"421 4.2.0 Deferred, RL007", RateLimited, ClassTransient},
		{"554 5.7.1 comcast 198.51.100.14 found in BL000101, see https://postmaster.comcast.example/smtp-error-codes.php#BL000101", Reputation, ClassPermanent},
		{"421 4.2.0 mx.comcast.example RL000110 please slow down", RateLimited, ClassTransient},
		{"554 5.7.1 mx.comcast.example ES000010 https://postmaster.comcast.example/smtp-error-codes.php#ES000010", Reputation, ClassPermanent},
		// BlueTie's own codes are still read as BlueTie's (Provider below)
		{"554 Message rejected BL0004", Reputation, ClassPermanent},
	})
	for _, s := range []string{"ABL003 is a part number", "BL0034567 batch", "RL001x", "ES000011", "model BL003a"} {
		if tok := comcastCode(s); tok != "" {
			t.Errorf("comcastCode(%q) = %q, want none", s, tok)
		}
	}
	e, err := ExplainText("554 Message rejected BL0004")
	if err != nil || e.Provider != "BlueTie" {
		t.Errorf("BL0004: provider %q (%v), want BlueTie", e.Provider, err)
	}
}

// A reply that says only that it refused names the cause in its help link's
// path; the link decides only when the words do not.
func TestKindProv11ReasonInHelpLink(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Refused. See https://postmaster.isp.example/blocklist/lookup?ip=203.0.113.5", Reputation, ClassPermanent},
		{"554 Connection rejected - http://mail.isp.example/help/dnsbl.html", Reputation, ClassPermanent},
		{"550 5.7.1 Not accepted, please read https://www.isp.example/postmaster/reverse-dns.html", PTRRequired, ClassPermanent},
		{"451 4.7.1 Try later: http://help.isp.example/mail/noptr", PTRRequired, ClassTransient},
		// the words decide over the link
		{"550 5.1.1 User unknown - see http://help.isp.example/blocks.html", UserUnknown, ClassPermanent},
		// a host name is no reason, nor a query value
		{"550 5.7.1 Refused, see http://blocks.isp.example/info", Policy, ClassPermanent},
		{"550 5.7.1 Rejected by policy, see http://help.isp.example/policy?reason=blocked", Policy, ClassPermanent},
	})
}

// Error identifiers written as key=snake_case in free text are read as
// words; Qboxmail's documented err= codes are one rule per cause.
func TestKindProv11ErrIdentifiers(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.0 Sending blocked: err=monthly_overquota_limit_reached", RateLimited, ClassPermanent},
		{"550 5.7.1 Rejected (err=relay_domain_not_allowed)", RelayDenied, ClassPermanent},
		{"Diagnostic-Code: smtp; 553 5.7.1 err=domain_not_allowed", SenderInvalid, ClassPermanent},
		// another service's identifier, not in any table: its words decide
		{"550 5.7.1 Message not sent, err=recipient_mailbox_full", MailboxFull, ClassPermanent},
	})
}

// Generic words read the way they are meant in general.
func TestKindProv11GenericWords(t *testing.T) {
	checkKinds(t, []kindCase{
		// a quota counted in messages is a sending limit
		{"452 4.5.3 Sending quota exceeded: number of messages per day", RateLimited, ClassTransient},
		{"554 Quota exceeded (messages sent in the last 24 hours)", RateLimited, ClassPermanent},
		{"552 5.2.2 Quota exceeded: the recipient's mailbox is over its storage", MailboxFull, ClassPermanent},
		// a server's own "busy" is its load, even beside "connection refused"
		{"421 Connection refused: server is too busy, try again in a few minutes", ServerError, ClassTransient},
		{"connect to mx.shop.example[192.0.2.4]:25: Connection refused", Network, ClassTransient},
		// no mail server could be reached: unreachable, not a missing domain
		{"451 4.4.1 None of the mail servers for client.example could be reached", Network, ClassTransient},
		{"550 5.1.2 client.example: no mail servers found (domain has no MX)", HostUnknown, ClassPermanent},
		// a null sender refused for its recipient count is policy
		{"550 5.7.1 Bounce messages (empty sender) may have only one recipient", Policy, ClassPermanent},
		{"550 5.7.1 Null sender is not allowed here", SenderInvalid, ClassPermanent},
		// a plan that expired is not a queue expiry; a sending limit of a period
		{"554 5.7.1 Your subscription has expired, sending is disabled", Policy, ClassPermanent},
		{"550 Daily limit exceeded for this account", RateLimited, ClassPermanent},
		{"4.4.7 Delivery time expired", Expired, ClassPermanent},
	})
}

// Exchange's "Message expired -> <last attempt>": the expiry is the outcome
// whatever code the last attempt carried.
func TestKindProv11ExpiredArrow(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Remote server returned '550 5.4.300 Message expired -> 421 4.7.0 cmsmtp AUP#In-1340 too many concurrent connections'", Expired, ClassPermanent},
		{"550 5.4.300 Message expired -> 450 4.7.1 ELNK_110 connection deferred", Expired, ClassPermanent},
	})
}

// Held-out batch 11-prov b's kinds, in new wording: a temporary DNS failure
// and a broken connection in a gateway's own words (also without a code),
// a server out of resources, POP before SMTP, MX records naming hosts that
// do not exist, and a relay named like a dynamic pool.
func TestKindProv11bVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"delivery deferred: temporary failure of host name lookup for mx.client.example", Network, ClassTransient},
		{"Socket write error while sending DATA to 192.0.2.40", Network, ClassTransient},
		{"451 4.3.0 Insufficient system resources, please retry", ServerError, ClassTransient},
		{"452 Out of memory while receiving the message", ServerError, ClassTransient},
		// Mimecast's "internal resource" stays its greylisting wording
		{"451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451", Greylisted, ClassTransient},
		{"530 Relaying refused: use POP before SMTP or authenticate", AuthRequired, ClassPermanent},
		{"550 5.7.1 Please check your mail before sending through this server", AuthRequired, ClassPermanent},
		{"The domain's MX record points to a non-existent host", HostUnknown, ClassPermanent},
		{"550 5.7.1 Mail from a dial-up pool is not accepted here", Reputation, ClassPermanent},
	})
}

// Kinds listed from earlier batches, fixed after batch 11-prov c, in new
// wording: an errno name of a failed connection, a bounce refused for its
// recipient count, a failed lookup of an IP literal's name (reverse DNS),
// a reserved example domain, a recipient refused without a reason (now an
// outcome, category unknown).
func TestKindProv11ListedKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 forwarding failed: connect ECONNABORTED 203.0.113.8:25", Network, ClassTransient},
		{"550 5.7.1 A DSN must have one recipient; this bounce has three", Policy, ClassPermanent},
		{"450 4.7.1 Cannot find hostname for [192.0.2.77], try again later", PTRRequired, ClassTransient},
		{"550 Lookup failed for 203.0.113.45: no reverse name", PTRRequired, ClassPermanent},
		// a name lookup of a domain is not a reverse lookup
		{"550 Could not resolve shop.invalid-domain.example: host not found", HostUnknown, ClassPermanent},
		{"553 5.1.2 <info@example.net>: domain reserved by RFC 2606, not deliverable", HostUnknown, ClassPermanent},
		{"mail to <ops@lab.example>: recipient was rejected", Unknown, ""},
	})
}

// A codeless refusal that gives no reason and no time is permanent; with
// temporary words, or a cause of its own, it keeps their class.
func TestKindProv11CodelessRefusalClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"delivery to <kai@client.example>: recipient was rejected", Unknown, ClassPermanent},
		{"<kai@client.example>: recipient was rejected, please try again later", ServerError, ClassTransient},
		{"Message was rejected: greylisted, come back in 5 minutes", Greylisted, ClassTransient},
	})
}
