package explain

import (
	"strings"
	"testing"
)

// The kinds held-out batch 12-gw found on its only run, in new wording (not
// the batch's rows).

// A filter's key=value log line: hyphenated and underscored field names are
// no words of the reply (no "message-id" header refusal, no "relay"
// refusal); the values decide. Plain field names that rules read stay.
func TestKindGw12LogFieldNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Apr  2 11:40:02 gw1 mailfilter[2210]: verdict: message-id=<77aa@far.example>, client-ip=203.0.113.90, mail-from=kim@far.example, rcpt-to=ops@lab.example, virus-status=INFECTED (Eicar-Test-Signature), action=reject", Virus, ClassPermanent},
		{"Apr  2 11:41:10 gw1 mailfilter[2211]: verdict: message_id=<77ab@far.example> client_ip=203.0.113.91 mail_from=news@far.example rcpt_to=ops@lab.example spam_status=SPAM score=31.2 action=reject", SpamContent, ClassPermanent},
		// a field name written plain keeps its meaning for the rules that read it
		{"Apr  2 11:42:00 gw1 mailq: err=relay_not_allowed from=kim@far.example", RelayDenied, ClassPermanent},
	})
	if got, want := withoutLogKeys("relay-ip=192.0.2.1: av-status=\"Clean\" status=sent"), strings.Repeat(" ", 9)+"192.0.2.1: "+strings.Repeat(" ", 10)+"\"Clean\" status=sent"; got != want {
		t.Errorf("withoutLogKeys = %q", got)
	}
	// a hyphenated word followed by '=' inside prose or a URL query stays
	for _, s := range []string{"see https://lab.example/why?ip-addr=1", "x-spam==yes", "a-b= c"} {
		if got := withoutLogKeys(s); got != s {
			t.Errorf("withoutLogKeys(%q) = %q, want it unchanged", s, got)
		}
	}
}

// A W3C extended log writes the reply with '+' for spaces; the reply is
// read with its spaces back, and nothing else changes.
func TestKindGw12W3CPlusReply(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-05-04 08:12:00 192.0.2.44 OutboundConnectionResponse SMTPSVC1 MAILHUB - 25 - - 550+5.1.1+<ann@lab.example>:+Recipient+address+rejected:+User+unknown+in+virtual+mailbox+table 0 0 98 0 2210 SMTP - - - -", UserUnknown, ClassPermanent},
		{"2026-05-04 08:13:00 192.0.2.45 OutboundConnectionResponse SMTPSVC1 MAILHUB - 25 - - 452+4.2.2+Mailbox+full,+try+again+later 0 0 44 0 812 SMTP - - - -", MailboxFull, ClassTransient},
	})
	for in, want := range map[string]string{
		"x 554+5.7.1+Rejected+by+policy y": "x 554 5.7.1 Rejected by policy y",
		"a+b 550+1 c":                      "a+b 550+1 c",       // too few '+': no W3C reply
		"id=4550+5.7.1+a+b":                "id=4550+5.7.1+a+b", // no code at a word start
	} {
		if got := w3cPlusReply(in); got != want {
			t.Errorf("w3cPlusReply(%q) = %q, want %q", in, got, want)
		}
	}
}

// Generic network words alone in a 5xx reply are the server's refusal with
// no cause (read by the code); under a network enhanced code they stay the
// network, and 4xx is untouched.
func TestKindGw12Network5xxAlone(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Connection timed out", Unknown, ClassPermanent},
		{"550 connection reset", Unknown, ClassPermanent},
		{"554 5.4.1 Connection refused by next hop", Network, ClassPermanent},
		{"421 Connection timed out", Network, ClassTransient},
	})
}

// Exchange's mail flow rule codes (5.7.900-5.7.999) carry the admin's own
// text: the organization's policy, unless the text names a specific cause.
func TestKindGw12TransportRuleCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.912 Messages from outside the company to this distribution list are not accepted", Policy, ClassPermanent},
		{"Remote Server returned '550 5.7.981 Contact the legal department before mailing this address'", Policy, ClassPermanent},
		{"550 5.7.933 Your message looks like spam to our filters", SpamContent, ClassPermanent},
	})
}

// Concepts the vocabulary lacked, each in wording of its own.
func TestKindGw12Concepts(t *testing.T) {
	checkKinds(t, []kindCase{
		// a recipient domain not configured on this host
		{"550 5.7.1 Relaying refused: this domain is not hosted here", RelayDenied, ClassPermanent},
		{"554 We are not configured to accept mail for lab.example", RelayDenied, ClassPermanent},
		// a HELO claiming the receiver's identity
		{"550 5.7.1 HELO rejected: you are not me (mx.lab.example)", RFCNoncompliant, ClassPermanent},
		{"501 Client pretending to be us in EHLO", RFCNoncompliant, ClassPermanent},
		// an encryption policy that could not be applied (not TLS)
		{"Message could not be encrypted: no S/MIME certificate found for kim@far.example", Policy, ClassPermanent},
		// but TLS words stay TLS
		{"530 5.7.0 Must issue a STARTTLS command first; unable to encrypt the session", TLSRequired, ClassPermanent},
		// the server's own failure in words
		{"554 5.3.0 Journal copy failed due to an internal error", ServerError, ClassPermanent},
		// the sender organization's own block list
		{"550 5.7.1 Delivery to far.example is blocked by your organization", Policy, ClassPermanent},
		// Microsoft's ban under any code
		{"550 5.7.506 Access denied, banned inbound relay [203.0.113.7]", Reputation, ClassPermanent},
		// a spam confidence level over the threshold beats a Sender ID note
		{"550 5.7.1 Rejected: SCL at or above the reject threshold (SCL 9); Sender ID result: fail", SpamContent, ClassPermanent},
		// a sandbox verdict is malware
		{"554 5.7.1 Attachment detonated in sandbox: malicious behaviour observed", Virus, ClassPermanent},
		{"The message was held: sandboxing returned a suspicious verdict for invoice.zip", Virus, ClassPermanent},
		// an e-mail address on the recipient's own list; an IP address stays reputation
		{"550 5.7.1 Your e-mail address is on the recipient's personal blacklist", Policy, ClassPermanent},
		{"550 5.7.1 Your IP address is on our blacklist", Reputation, ClassPermanent},
		// "try later" under 4.7.1 is greylisting
		{"450 4.7.1 <ops@lab.example>: Recipient address rejected: please retry later", Greylisted, ClassTransient},
		// an admin's rule or script asked for the rejection
		{"550 5.7.1 Message rejected by a custom rule of the Anti-Spam service", Policy, ClassPermanent},
		{"554 The domain's filter script requested that the message be rejected", Policy, ClassPermanent},
	})
}

// OpenText FirstClass's spam log entry (batch 12-gw b): its first word
// "Spam" names the log; the reason code decides, with the extra field.
func TestKindGw12FirstClassSpamLog(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Spam 1000000000 07/02/2026 04:10:09 PM smtp.far.example 198.51.100.70 alerts@far.example ReverseDNS", PTRRequired, ClassPermanent},
		{"Spam 1000000000 07/02/2026 04:11:41 PM smtp.far.example 198.51.100.71 alerts@far.example RelayReject ann@elsewhere.example", RelayDenied, ClassPermanent},
		{"Spam 1000000000 07/02/2026 04:12:00 PM smtp.far.example 198.51.100.72 alerts@far.example RBL bl.lists.example", Reputation, ClassPermanent},
		{"Spam 1000000000 07/02/2026 04:13:30 PM smtp.far.example 198.51.100.73 alerts@far.example Sender", Policy, ClassPermanent},
		{"Spam 1000000000 07/02/2026 04:14:02 PM smtp.far.example 198.51.100.74 alerts@far.example MailRule Mail from this partner must be sent over TLS to the archive address", Policy, ClassPermanent},
	})
	// a line that only starts with the word is left as it is
	for _, s := range []string{"Spam detected in message", "Spam 12 foo bar baz qux quux corge grault garply"} {
		if got := firstClassSpamLog(s); got != s {
			t.Errorf("firstClassSpamLog(%q) = %q, want it unchanged", s, got)
		}
	}
}

// The batch's concepts probed in further wording of gateways (after batch
// b): a block list the receiver owns (policy; an IP address on it stays
// reputation), impersonation judged by the content filter, a host that
// "does not accept mail for" the domain (relay refused, not a null MX).
func TestKindGw12OwnListsImpersonationDomainNotServed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Rejected: the sender is on the user's block list", Policy, ClassPermanent},
		{"554 5.7.1 Sender domain far.example is listed on the admin block list", Policy, ClassPermanent},
		{"550 5.7.1 Your IP address 203.0.113.9 is on the admin block list", Reputation, ClassPermanent},
		{"550 5.7.1 Blocked: CEO fraud suspected in this message", SpamContent, ClassPermanent},
		{"554 5.7.1 Message quarantined (impersonation) - display name matches a protected user", SpamContent, ClassPermanent},
		{"550 Bad HELO - host impersonating domain name [lab.example]", RFCNoncompliant, ClassPermanent},
		{"550 5.7.1 This mail gateway does not accept mail for shop.example", RelayDenied, ClassPermanent},
		{"550 5.7.27 <a@null.example>: Sender address rejected: Domain null.example does not accept mail (nullMX)", SenderInvalid, ClassPermanent},
	})
}
