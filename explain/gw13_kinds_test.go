package explain

import (
	"strings"
	"testing"
)

// The kinds held-out batch 13-gw found on its only run, in new wording (not
// the batch's rows).

// A number that a word of quantity leads counts something, even when a
// word stands between it and its unit; a reply code after a colon or at
// the line's start stays a code.
func TestKindGw13QuantityAfterLead(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your plan lets you send 250 outbound messages per hour; please try later", RateLimited, ClassTransient},
		{"Remote host said: 550 spam messages are not accepted here", SpamContent, ClassPermanent},
	})
	for s, want := range map[string]bool{
		"you may send 200 bulk messages per hour": true,
		"no more than 450 new recipients a day":   true,
		"host said: 550 user unknown":             false,
		"We only 550 Service unavailable":         false, // an upper-case word follows: a reply
		"exceeded 421 times":                      true,
	} {
		i := strings.IndexAny(s, "2345")
		if got := countedAfterLead(s, i); got != want {
			t.Errorf("countedAfterLead(%q) = %v, want %v", s, got, want)
		}
	}
}

// A reply line that holds only its codes goes on in the lines after it,
// an address heading with words after its colon included; the last line
// may name the stage.
func TestKindGw13BareCodeLineWraps(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.1\n<kim@lab.example>: Recipient address rejected: User unknown in local recipient table", UserUnknown, ClassPermanent},
		{"> 554 5.7.1\n> mail.far.example[203.0.113.9]: Client host rejected:\n> listed at bl.spamsource.example (in reply to RCPT TO command)", Reputation, ClassPermanent},
	})
	r, err := Parse("451 4.7.1\nrelay.far.example[203.0.113.10]: Client host rejected:\ntry again later (in reply to MAIL FROM command)")
	if err != nil || r.Stage != "MAIL FROM" || strings.Contains(r.Text, "in reply to") || !strings.Contains(r.Text, "Client host rejected") {
		t.Errorf("Parse = stage %q text %q (%v), want the wrapped text without its stage trailer and stage MAIL FROM", r.Stage, r.Text, err)
	}
	for ln, want := range map[string]bool{"550 5.7.1": true, ">550-5.7.1 ": true, "  452": true, "Expected [250] but got response [452]": false, "550 5.7.1 Denied": false} {
		if codesOnly(ln) != want {
			t.Errorf("codesOnly(%q) = %v, want %v", ln, !want, want)
		}
	}
	// a recipient heading alone after a bare code is no text of it
	if addressLead("<ann@lab.example>:") || !addressLead("<ann@lab.example>: mailbox full") {
		t.Error("addressLead")
	}
}

// The field names of a PowerShell list (a message trace) are no words of
// the reply; its values decide.
func TestKindGw13ListFieldNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"MessageTraceId  : 5d1f0c2a-0000-4000-8000-000000000001\nSenderAddress   : promo@far.example\nRecipientAddress: it@corp.example\nSubject         : Last chance\nStatus          : FilteredAsSpam", SpamContent, ClassPermanent},
	})
	in := "SenderAddress   : a@far.example RecipientAddress: b@corp.example Status : Failed"
	got := withoutListKeys(in)
	if strings.Contains(got, "SenderAddress") || strings.Contains(got, "RecipientAddress") || !strings.Contains(got, "Status : Failed") || len(got) != len(in) {
		t.Errorf("withoutListKeys = %q", got)
	}
	// one CamelCase name is no list; prose keeps its words
	for _, s := range []string{"ReplyCode: 550 user unknown", "Sender address rejected: Access denied: not owned"} {
		if got := withoutListKeys(s); got != s {
			t.Errorf("withoutListKeys(%q) = %q, want it unchanged", s, got)
		}
	}
}

// Words about the HELO: forged or another identity, a stage code HLO-xxx,
// the greeting required first.
func TestKindGw13Helo(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Your HELO greeting is forged: you are not mail.lab.example", RFCNoncompliant, ClassPermanent},
		{"550 Rejected: EHLO impersonates our own domain", RFCNoncompliant, ClassPermanent},
		{"550 HLO-ZZZ: host identity not accepted", RFCNoncompliant, ClassPermanent},
		{"503 Transactions must begin with HELO or EHLO", Syntax, ClassPermanent},
		// a score that mentions HELO among other checks is no HELO verdict
		{"554 Mail looked like SPAM or forged. Fix your HELO and DNS MX settings or get removed from DNSBLs", Reputation, ClassPermanent},
	})
}

// Rates: sending too quickly, a limit per hour or day.
func TestKindGw13Rates(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 Your server is connecting too frequently, try again later", RateLimited, ClassTransient},
		{"450 198.51.100.4 is sending mail too rapidly. Please try again later.", RateLimited, ClassTransient},
		{"Outbound relay: newsletter classified as bulk, status DEFER (daily limit 1000 emails/day)", RateLimited, ClassTransient},
	})
}

// Addresses: "not a valid" user or mailbox; Exim's sender verification.
func TestKindGw13Addresses(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 Recipient is not a valid mailbox here", UserUnknown, ClassPermanent},
		{"550 Verification failed for <info@shop.example>", SenderInvalid, ClassPermanent},
		{"550 Mailbox bob@lab.example is not valid", UserUnknown, ClassPermanent},
	})
}

// A spam verdict that names an authentication check as its reason.
func TestKindGw13SpamByAuthCheck(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Classified SPAM - DMARC policy of news.example says reject", SenderAuth, ClassPermanent},
		{"Junk: sender blocked by SPF check (203.0.113.5 not permitted)", SenderAuth, ClassPermanent},
	})
}

// Outcome wording: a gateway's delivery failure notification, Outlook's
// "try sending ... again later", a filter's "status DEFER".
func TestKindGw13Outcomes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"This is an automatic delivery failure notification from the outbound gateway.", Unknown, ClassPermanent},
		{"Your message could not be sent. Try sending the message again later.", Unknown, ClassTransient},
		{"Message from ann@far.example: spam score 9.1, status DEFER", SpamContent, ClassTransient},
	})
}

// Batch b's kinds, in new wording: a network or host deemed malicious is
// the source's reputation (malware in the message stays a virus); the
// sending MTA's misconfiguration; a site's "Rule imposed" refusal (a
// blocklist named beside it decides); the sender's address blocked at the
// recipient's request (an IP address blocked stays reputation); a
// data-loss-prevention hold; a gateway's "refused email" audit line.
func TestKindGw13bSourcesAndRules(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Connection refused: the network 203.0.113.0/24 is known to be malicious", Reputation, ClassPermanent},
		{"554 Message contains a malicious attachment (Trojan.Dropper)", Virus, ClassPermanent},
		{"550 Your mail server is misconfigured; fix it before sending to us", RFCNoncompliant, ClassPermanent},
		{"550 Rule imposed for bob@corp.example: message refused", Policy, ClassPermanent},
		{"550 Rule imposed as ann@far.example [IP Address = 203.0.113.9] is blacklisted on SpamCop", Reputation, ClassPermanent},
		{"Your e-mail address has been blocked by this recipient.", Policy, ClassPermanent},
		{"550 Your IP address 198.51.100.8 is blocked, see rbl.lab.example", Reputation, ClassPermanent},
		{"This email was not sent: it triggered the data loss prevention policy.", Policy, ClassPermanent},
		{"Refused email (no reason given)", Unknown, ClassPermanent},
		{"550 5.7.1 Sending domain shop.example is too new to be trusted", Reputation, ClassPermanent},
		{"554 Your envelope sender spoofs the recipient's domain", SenderAuth, ClassPermanent},
		// held until someone approves it: temporary
		{"Your message is held for approval under the data loss prevention policy", Policy, ClassTransient},
	})
}
