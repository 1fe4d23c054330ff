package explain

import "testing"

// The kinds held-out batch 11-sec found on its only run, in new wording (not
// the batch's rows).

// spamdyke's syslog codes are one family: each code decides, whatever the
// log line's field names ("missing from:") and program name ("spamdyke")
// would say as words.
func TestKindSec11SpamdykeCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mar 10 08:00:01 hub spamdyke[4410]: DENIED_RDNS_RESOLVE from: kim@far.example to: ops@lab.example origin_ip: 203.0.113.70 origin_rdns: host.far.example auth: (unknown) encryption: TLS reason: (empty)", PTRRequired, ClassPermanent},
		{"Mar 10 08:00:02 hub spamdyke[4411]: DENIED_IP_IN_RDNS from: kim@far.example to: ops@lab.example origin_ip: 203.0.113.71 origin_rdns: 203-0-113-71.pool.isp.example auth: (unknown) encryption: (none) reason: (empty)", PTRRequired, ClassPermanent},
		{"Mar 10 08:00:03 hub spamdyke[4412]: DENIED_RHSBL_MATCH from: kim@far.example to: ops@lab.example origin_ip: 203.0.113.72 origin_rdns: mx.far.example auth: (unknown) encryption: (none) reason: dbl.lists.example", Reputation, ClassPermanent},
		{"Mar 10 08:00:04 hub spamdyke[4413]: DENIED_GRAYLISTED from: kim@far.example to: ops@lab.example origin_ip: 203.0.113.73 origin_rdns: mx.far.example auth: (unknown) encryption: (none) reason: (empty)", Greylisted, ClassTransient},
		{"Mar 10 08:00:05 hub spamdyke[4414]: DENIED_SENDER_NO_MX from: kim@nomx.example to: ops@lab.example origin_ip: 203.0.113.74 origin_rdns: mx.far.example auth: (unknown) encryption: (none) reason: (empty)", SenderInvalid, ClassPermanent},
		{"Mar 10 08:00:06 hub spamdyke[4415]: DENIED_EARLYTALKER from: (unknown) to: (unknown) origin_ip: 203.0.113.75 origin_rdns: (unknown) auth: (unknown) encryption: (none) reason: (empty)", RFCNoncompliant, ClassPermanent},
	})
}

// Words whose general reading is wrong in these replies: credentials of a
// relay, spam sent by the sender, a quota under a security code, a sender
// address on the receiver's own list.
func TestKindSec11WrongGeneralReading(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Invalid credentials for relay [203.0.113.80]. The IP address is not registered within your relay settings.", RelayDenied, ClassPermanent},
		{"550 5.7.0 Mail relay denied [203.0.113.81] for the domain in HELO and MAIL FROM", RelayDenied, ClassPermanent},
		// the sender's account flagged for outbound spam
		{"554 5.2.0 Submission failed: OutboundSpamException; the account's verdict is Restrict", Reputation, ClassPermanent},
		{"550 5.7.1 Message not sent: your account is listed as an outbound spam source", Reputation, ClassPermanent},
		// a policy server's sending quota
		{"451 4.7.1 <ops@lab.example>: Recipient address rejected: Quota exceeded for this sender", RateLimited, ClassTransient},
		// but a quota of storage stays a full mailbox
		{"552 5.2.2 <ops@lab.example>: Recipient address rejected: Quota exceeded", MailboxFull, ClassPermanent},
		// the receiver's own list, no block list named
		{"553 5.7.1 <kim@far.example>: Sender address rejected: this address is blacklisted here", Policy, ClassPermanent},
		// a public list named stays reputation
		{"554 5.7.1 <kim@far.example>: Sender address rejected: listed in dbl.lists.example", Reputation, ClassPermanent},
	})
}

// Explicit words decide over an enhanced code whose registry meaning is
// another: X.2.2 (mailbox full) and X.5.6 (a long AUTH line).
func TestKindSec11WordsOverOddCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.2.2 sender address explicitly blocked by the domain's rules", Policy, ClassPermanent},
		{"451 4.5.6 mail system failure, retry later", ServerError, ClassTransient},
	})
}

// A reply that quotes the login's earlier failure is a refused login, the
// "criteria" form (SMTP AUTH switched off for the mailbox) too (common22's
// convention: a 5.7.57 quoting a 535 is auth-failed, as the bare 535 reads).
func TestKindSec11QuotedLoginFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful, the credentials were incorrect", AuthFailed, ClassPermanent},
		{"530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully.", AuthFailed, ClassPermanent},
	})
}

// Vocabulary: the SMTP protocol broken, mail not taken for an address,
// submission only for authenticated users, a bounce with several
// recipients; a command out of turn stays syntax.
func TestKindSec11Vocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Connection refused: you violated the SMTP protocol (talked before the greeting)", RFCNoncompliant, ClassPermanent},
		{"503 5.5.1 SMTP protocol violation: RCPT before MAIL, bad sequence", Syntax, ClassPermanent},
		{"550 Mail for this address is not being accepted for this address by the site's rules", Policy, ClassPermanent},
		{"550 5.7.0 Submission is for authorized users only, please log in", AuthRequired, ClassPermanent},
		{"550 5.5.3 <ops@lab.example>: Recipient address rejected: Multi recipient bounce", Policy, ClassPermanent},
	})
}

// The stage: spam or virus words before DATA judge the sender, not a
// message not yet sent; the same words at the end of DATA stay content.
func TestKindSec11ContentWordsBeforeData(t *testing.T) {
	for _, c := range []struct {
		stage string
		cat   Category
	}{{"MAIL FROM", Reputation}, {"RCPT TO", Reputation}, {"CONNECT", Reputation}, {"END OF DATA", SpamContent}, {"", SpamContent}} {
		e := Explain(Reply{Code: 554, Enhanced: "5.7.1", Text: "Your mail looks like spam, rejected", Stage: c.stage})
		if e.Category != c.cat {
			t.Errorf("stage %q: %s (rule %q), want %s", c.stage, e.Category, e.Rule, c.cat)
		}
	}
	checkKinds(t, []kindCase{
		{"<kim@far.example>: host mx.far.example[192.0.2.9] said: 550 5.7.1 Rejected: suspected virus\n    sender (in reply to RCPT TO command)", Reputation, ClassPermanent},
		{"<kim@far.example>: host mx.far.example[192.0.2.9] said: 550 5.7.1 Rejected: virus found in\n    attachment (in reply to end of DATA command)", Virus, ClassPermanent},
	})
}

// An address written into a host name with dashes ("203-0-113-71.pool")
// is no multi-line reply; EHLO continuation lines and "550-5.7.1" stay
// replies.
func TestKindSec11DashedNumberNoCode(t *testing.T) {
	for _, s := range []string{"origin_rdns: 203-0-113-71.pool.isp.example", "client 250-10-1-9.dyn.isp.example rejected"} {
		if k := findCode(s, false); k >= 0 {
			t.Errorf("findCode(%q) = %d (%q), want none", s, k, s[k:])
		}
	}
	for _, s := range []string{"recv: 250-8BITMIME", "said: 550-5.7.1 blocked", "reason: 421-4.7.0 try later"} {
		if k := findCode(s, false); k < 0 {
			t.Errorf("findCode(%q): no code, want one", s)
		}
	}
}

// Exchange's line naming the organization that refused, without a code,
// is a delivery outcome (permanent, cause unknown), not unreadable input.
func TestKindSec11OrganizationRejected(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The following organisation rejected your message: filter.partner.example.", Unknown, ClassPermanent},
	})
}

// Batch 11-sec b's kinds (MailCleaner's ACL replies), in new wording: an
// address on the gateway's own list (an IP address stays reputation), a
// spoof of the recipient's own domain, an account refused for abuse, a
// recipient callout, the submission port without AUTH, BATV, MAIL before
// HELO.
func TestKindSec11bGatewayACL(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Sender blacklisted by the administrator: promo@far.example", Policy, ClassPermanent},
		{"550 Recipient is blacklisted: archive@lab.example", Policy, ClassPermanent},
		{"550 5.7.511 Access denied, banned sender[203.0.113.60]", Reputation, ClassPermanent},
		{"550 5.7.1 Our domain does not accept mail from itself without SPF pass (spoofing)", SenderAuth, ClassPermanent},
		{"550 5.7.1 Account blocked: spam sent through this user", Policy, ClassPermanent},
		{"550 Recipient callout verification failed: 550 No such user here", UserUnknown, ClassPermanent},
		{"530 5.7.0 Not authenticated: the submission port takes only logged-in clients", AuthRequired, ClassPermanent},
		{"550 5.7.1 Bounce refused: return path signature does not verify", Policy, ClassPermanent},
		{"503 5.5.1 No HELO command received before MAIL", Syntax, ClassPermanent},
	})
}
