package explain

import (
	"strings"
	"testing"
)

// The kinds held-out batch 12-prov found on its only run, in new wording
// (not the batch's rows).

// A generic refusal frame yields to the cause it names beside it: malware
// named as the reason of a content refusal, a blocklist beside
// "administrative prohibition", a gateway envelope tagged ":blocked"
// against the same envelope carrying nothing.
func TestKindProv12FrameYieldsToNamedCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Message content refused (malware detected in attachment invoice.zip)", Virus, ClassPermanent},
		{"550 Message rejected: trojan found in attachment", Virus, ClassPermanent},
		{"550 5.6.0 content blocked - ransomware signature in message body", Virus, ClassPermanent},
		{"550 administrative prohibition: sending host 198.51.100.7 is listed at bl.blocklist.example", Reputation, ClassPermanent},
		{"550 administrative prohibition (client blacklisted by dnsbl)", Reputation, ClassPermanent},
		// the frame alone keeps its generic reading
		{"550 Administrative prohibition", Policy, ClassPermanent},
		{"550 permanent failure for one or more recipients (ann@corp.example:blocked)", SpamContent, ClassPermanent},
		{"550 permanent failure for one or more recipients", Unknown, ClassPermanent},
	})
	// a scanner that failed or a spam-or-virus formula is no virus verdict
	for _, in := range []string{
		"451 4.7.1 virus scanner unavailable, message rejected temporarily",
		"550 Message rejected as spam or virus",
	} {
		e, err := explainOne(in)
		if err == nil && e.Category == Virus {
			t.Errorf("%q: read as a virus (rule %q)", in, e.Rule)
		}
	}
}

// A header field said to contain characters it may not is the message's
// format.
func TestKindProv12HeaderCharacters(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.6.0 From header contains illegal characters", RFCNoncompliant, ClassPermanent},
		{"550 Message refused: Subject header has non-ASCII characters that are not encoded", RFCNoncompliant, ClassPermanent},
		{"SMTP server error: DATA END command failed Detail: the To: display name contains forbidden characters SMTP code: 550 Additional SMTP info: 5.6.0", RFCNoncompliant, ClassPermanent},
	})
	// an address with bad characters stays the address's syntax
	e, err := explainOne("553 5.1.3 recipient address contains invalid characters")
	if err == nil && e.Category == RFCNoncompliant {
		t.Errorf("an address with invalid characters read as the message format (rule %q)", e.Rule)
	}
}

// An attachment or file over a limit is the message's size, with or without
// a code; a sending limit stays a rate.
func TestKindProv12AttachmentOverLimit(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your attachments exceeded the 20 MB maximum allowed by the server", MessageTooBig, ""},
		{"552 5.3.4 file size exceeds the permitted maximum for this domain", MessageTooBig, ClassPermanent},
		{"550 The attached file is larger than the server accepts", MessageTooBig, ClassPermanent},
	})
	e, err := explainOne("550 5.7.1 daily sending limit exceeded for attachments sent from this account")
	if err == nil && e.Category == MessageTooBig {
		t.Errorf("a daily sending limit read as the message size (rule %q)", e.Rule)
	}
}

// A domain that must resolve, not said whose, is the envelope sender's; a
// client IP that must resolve stays reverse DNS.
func TestKindProv12DomainMustResolve(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.1.8 domain does not resolve", SenderInvalid, ClassPermanent},
		{"450 4.1.8 Domain must exist: shop.example", SenderInvalid, ClassTransient},
		{"Deferred: 451 domain name does not resolve", SenderInvalid, ClassTransient},
	})
	e, err := explainOne("550 5.7.1 your IP must resolve: no PTR for 198.51.100.4")
	if err == nil && e.Category == SenderInvalid {
		t.Errorf("a client IP that must resolve read as the sender's domain (rule %q)", e.Rule)
	}
}

// A verification that failed at RCPT TO is the recipient's address; at MAIL
// FROM it stays the sender's.
func TestKindProv12VerificationAtRcpt(t *testing.T) {
	checkKinds(t, []kindCase{
		{"RCPT TO:<zoe@lab.example>\n550 5.1.0 address verification failed", UserUnknown, ClassPermanent},
		{"SMTP error from remote mail server after RCPT TO:<bo@corp.example>:\nhost mx.corp.example [192.0.2.9]: 550 Recipient could not be verified", UserUnknown, ClassPermanent},
		{"MAIL FROM:<news@shop.example>\n550 5.1.0 address verification failed", SenderInvalid, ClassPermanent},
	})
}

// Batch 12-prov b: a count of stored messages is the mailbox's capacity; a
// sending count stays a rate.
func TestKindProv12StoredMessageCount(t *testing.T) {
	checkKinds(t, []kindCase{
		{"552 Mailbox for kim@lab.example has too many messages stored", MailboxFull, ClassPermanent},
		{"452 4.2.2 too many messages in the mailbox, try later", MailboxFull, ClassTransient},
		{"550 Recipient rejected: number of messages in the inbox exceeds the mailbox limit", MailboxFull, ClassPermanent},
		{"421 4.7.0 too many messages from 198.51.100.9 in the last hour", RateLimited, ClassTransient},
	})
}

// Batch 12-prov b: a terminated account is a disabled mailbox, also inside
// an "invalid mailbox" frame; the sender's own terminated account is not.
func TestKindProv12AccountTerminated(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.2.1 <ivo@isp.example>: invalid recipient, account has been terminated", MailboxDisabled, ClassPermanent},
		{"554 delivery error: mailbox unavailable (terminated account)", MailboxDisabled, ClassPermanent},
	})
	e, err := explainOne("550 5.7.1 Your account has been terminated for abuse; you may not send mail")
	if err == nil && e.Category == MailboxDisabled {
		t.Errorf("the sender's own terminated account read as the recipient's (rule %q)", e.Rule)
	}
}

// Batch 12-prov b: an outcome word that describes earlier mail given as the
// reason is no statement of this reply's class; "temporarily" decides.
func TestKindProv12CauseOutcomeWords(t *testing.T) {
	for _, tc := range []struct {
		in    string
		class Class
	}{
		{"Sending is temporarily blocked because too many of your messages were undeliverable emails", ClassTransient},
		{"Your account is temporarily suspended from sending after too many bounced messages", ClassTransient},
		// an outcome word about this message still decides
		{"Message undeliverable: the account is temporarily unavailable", ClassPermanent},
	} {
		e, err := explainOne(tc.in)
		if err != nil || e.Class != tc.class {
			t.Errorf("%q: class %s (rule %q, %v), want %s", tc.in, e.Class, e.Rule, err, tc.class)
		}
	}
}

// Batch 12-prov b: a reply wrapped after a colon goes on in the next line.
func TestKindProv12ReplyWrappedAtColon(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SMTP error from remote mail server after RCPT TO:<al@isp.example>:\nhost mx.isp.example [192.0.2.8]: 550 Delivery refused for this address:\nmailbox is over quota", MailboxFull, ClassPermanent},
		{"host mx.isp.example [192.0.2.8]: 554 Rejected by local policy:\nsender domain has no MX record", SenderInvalid, ClassPermanent},
	})
	// wrapped in the middle of a sentence: the next line goes on in lower case
	checkKinds(t, []kindCase{
		{"SMTP error from remote mail server after RCPT TO:<al@isp.example>:\nhost mx.isp.example [192.0.2.8]: 550 Delivery to this address is refused because the\nmailbox is over its storage quota", MailboxFull, ClassPermanent},
	})
	for _, in := range []string{
		// a bounce generator's own sentence after the reply is no part of it
		"host mx.isp.example [192.0.2.8]: 550 mailbox unavailable for this\nGiving up on 192.0.2.8.",
		// nor the client's words after a reply that succeeded
		"S: 354 go ahead with the message input\nclient error: broken pipe",
	} {
		r, err := Parse(in)
		if err != nil || strings.Contains(r.Text, "Giving up") || strings.Contains(r.Text, "input client") {
			t.Errorf("%q: a line that is no continuation was joined: %q (%v)", in, r.Text, err)
		}
	}
	// a new recipient's heading after a colon is no continuation
	r, err := Parse("550 5.1.1 Recipient rejected:\n<bo@isp.example>: host mx.isp.example[192.0.2.8] said: 552 5.2.2 over quota")
	if err != nil || strings.Contains(r.Text, "Recipient rejected: <bo") {
		t.Errorf("a recipient heading was joined to the reply before it: %q (%v)", r.Text, err)
	}
}

// Batch 12-prov c: RFC 5321's text of 552 keeps its first meaning (a full
// mailbox) under an enhanced code that names neither of its meanings; an
// enhanced code that does choose still decides.
func TestKindProv12StorageTextUnderOtherSubject(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.0 <mo@isp.example>: Requested mail action aborted: exceeded storage allocation", MailboxFull, ClassPermanent},
		{"452 4.7.1 mailbox of mo@isp.example has exceeded its storage allocation", MailboxFull, ClassTransient},
		{"552 5.3.4 Requested mail action aborted: exceeded storage allocation", MessageTooBig, ClassPermanent},
	})
}

// Batch 12-prov c: a blocklist named only by its lookup host, or a DNSBL
// answer in Sendmail's check_relay, is the sending IP's reputation; a
// sender refused because of spam is reputation, over the access-map frame.
func TestKindProv12BlocklistHostsAndSpamSenders(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Rejected. http://cbl.abuseat.example/lookup.cgi?ip=203.0.113.9", Reputation, ClassPermanent},
		{"Mar  3 10:00:01 mx sendmail[811]: ruleset=check_relay, arg1=dyn-203-0-113-9.isp.example, arg2=127.0.0.4, relay=dyn-203-0-113-9.isp.example [203.0.113.9], reject=550 5.7.1 Access denied", Reputation, ClassPermanent},
		{"553 5.7.1 <promo@deals.example>: Sender address rejected: blocked because of spam complaints", Reputation, ClassPermanent},
	})
}

// Batch 12-prov c: Postfix's status=SOFTBOUNCE (soft_bounce = yes) keeps the
// message queued, whatever the reply's code.
func TestKindProv12SoftBounceIsDelay(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mar  3 10:00:02 relay postfix/smtp[9]: 1A2B3C: to=<al@far.example>, relay=mx.far.example[192.0.2.5]:25, delay=3, delays=0.1/0/1/2, dsn=5.1.1, status=SOFTBOUNCE (host mx.far.example[192.0.2.5] said: 550 5.1.1 <al@far.example>: Recipient address rejected: User unknown (in reply to RCPT TO command))", UserUnknown, ClassTransient},
	})
}
