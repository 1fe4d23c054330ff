package explain

import "testing"

// The kinds that held-out batch 9-gw (security gateways, filters and
// blocklist operators) found in its first run, each in new wording: not the
// batch's rows, other members of the same families and other forms.

// Vade's codes: the number after the underscore names the cause, whatever
// the prefix (platform, direction) and the generic words around it say
// ("Connection refused" is no network failure, X.2.1 no disabled mailbox).
func TestKindGW9VadeCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Connection refused (OXSEU0001_101)", Reputation, ClassPermanent},
		{"550 5.7.1 Connection refused - oxseu0001_105", PTRRequired, ClassPermanent},
		{"421 4.2.1 Connection refused - OXSEU0001_139", RateLimited, ClassTransient},
		{"421 4.2.1 Connection deferred - OXSEU0001_102", ServerError, ClassTransient},
		{"550 5.7.1 Connection refused - OXSUS_102", Reputation, ClassPermanent}, // outbound 102: a blocklisted sender
		{"550 5.7.1 Connection refused - OXSEU0001_403", UserUnknown, ClassPermanent},
		{"550 5.7.1 HELO command rejected - OXSEU_201", RFCNoncompliant, ClassPermanent},
		// an undocumented number gives no token: the words decide
		{"550 5.7.1 Message rejected as spam - OXSUS0001_777", SpamContent, ClassPermanent},
	})
	for _, s := range []string{"BOXSUS0001_101", "OXSUS0001_1010", "OX_101"} {
		if tok := vadeCode(s); tok != "" {
			t.Errorf("vadeCode(%q) = %q, want no token", s, tok)
		}
	}
}

// Trellix's ETP codes and Trend Micro Deep Discovery's sender-filtering
// replies decide over the generic words ("Invalid recipient", "Block").
func TestKindGW9GatewayFamilies(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Invalid recipient (ETP101)", UserUnknown, ClassPermanent},
		{"451 4.4.3 Invalid recipient (ETP103)", ServerError, ClassTransient},
		{"550 5.7.1 Invalid recipient (ETP105)", RelayDenied, ClassPermanent},
		{"554 Routing loop detected - ETP104", ServerError, ClassPermanent},
		{"421 4.7.0 Block temporarily (Sender Filtering/Authentication) - try later", Policy, ClassTransient},
		{"550 5.7.1 Permanent denial of connection for RBL+ matches (ERS)", Reputation, ClassPermanent},
		{"451 4.7.1 Temporary denial of connection for Zombie matches (ERS)", Reputation, ClassTransient},
	})
}

// Concepts the table did not know, in other words than the batch's.
func TestKindGW9Concepts(t *testing.T) {
	checkKinds(t, []kindCase{
		// the sender's IP called bad
		{"550 5.7.1 Your IP is bad, go away", Reputation, ClassPermanent},
		{"554 rejected: bad sender IP 203.0.113.9", Reputation, ClassPermanent},
		// the organisation's own block list is policy, not a DNSBL
		{"550 5.7.1 Message refused: blocked senders policy of the recipient organisation", Policy, ClassPermanent},
		// a blocklist's error answer to the receiver's query is no listing
		{"554 5.7.1 Service unavailable; Client host [198.51.100.4] blocked using multi.uribl.example; Query Refused", ServerError, ClassPermanent},
		// the sender's domain without MX
		{"550 5.1.8 Sender domain has no MX record, cannot send replies", SenderInvalid, ClassPermanent},
		// a scanner's log line: the signature decides, not the message-id field
		{"Jun  2 08:00:01 gw amavis[311]: message-id <a1@corp.example> infected with Win.Test.EICAR_HDB-1", Virus, ClassPermanent},
		// "to many" for "too many"
		{"450 4.7.1 You have sent to many emails, slow down", RateLimited, ClassTransient},
		// reverse DNS and TLS in a gateway's own words
		{"550 5.7.25 Client rejected: no reverse lookup name for 2001:db8::25", PTRRequired, ClassPermanent},
		{"530 5.7.0 Mail must be sent with encryption (STARTTLS) only", TLSRequired, ClassPermanent},
	})
}

// Greylisting said only as "try again later": a policy-class 4.7.1 or a bare
// 451 with no other reason; postscreen's deferral of a first contact.
// A reason next to the same words still decides.
func TestKindGW9TryAgainLater(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.7.1 Please try again later", Greylisted, ClassTransient},
		{"451 Please try again later.", Greylisted, ClassTransient},
		{"450 4.3.2 Service currently unavailable", Greylisted, ClassTransient},
		{"451 4.7.1 Too many connections from your IP, try again later", RateLimited, ClassTransient},
		{"451 Local error in processing, try again later", ServerError, ClassTransient},
		{"451 4.7.1 Sender is on a blocklist, try again later", Reputation, ClassTransient},
	})
}

// A Postfix bounce copied without its indentation: the lines after "host
// X[ip] said: 550 5.7.1" are the reply's own text, up to "(in reply to".
func TestKindGW9SaidContinuation(t *testing.T) {
	checkPastes(t, []pasteCase{
		{"<kim@lab.example>: host mx.lab.example[192.0.2.7] said: 554 5.7.1\nService unavailable; Client host [203.0.113.7] blocked\nusing bl.spamcop.example (in reply to RCPT TO command)", Reputation, ClassPermanent, 554, "RCPT TO"},
		{"<kim@lab.example>: host mx.lab.example[192.0.2.7] said: 552 5.2.2\nMailbox full, quota exceeded (in reply to RCPT TO command)\nReporting-MTA: dns; mail.corp.example\nAction: failed", MailboxFull, ClassPermanent, 552, "RCPT TO"},
	})
}

// Held-out batch 9-gwb's kinds, in new wording. A short keyword that begins
// a label of a host name in the reply ("mime" in a Mimecast URL) is not a
// word of the reply; it still matches as the stem of a word ("spammer").
func TestKindGW9bHostLabelsAndConcepts(t *testing.T) {
	checkKinds(t, []kindCase{
		// the SPF refusal next to a Mimecast URL is not a MIME error
		{"550 DKIM Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 [k2]", SenderAuth, ClassPermanent},
		{"550 Invalid MIME structure in message body", RFCNoncompliant, ClassPermanent},
		{"554 Rejected: you are a known spammer", Reputation, ClassPermanent},
		// TLS asked for by cipher strength
		{"553 5.7.0 Weak ciphers are not accepted on this route", TLSRequired, ClassPermanent},
		// a limit on parallel work
		{"421 4.7.0 Concurrency limit reached for your IP, retry later", RateLimited, ClassTransient},
		{"550 Outbound thread limit exceeded for this account", RateLimited, ClassPermanent},
		// a sender's domain blocked for spam
		{"550 5.7.1 Your domain has been banned for spamming", Reputation, ClassPermanent},
	})
	for _, c := range []struct {
		text string
		end  int
		want bool
	}{
		{"see community.mimecast.com now", len("see community.mime"), true},
		{"listed on zen.spamhaus.org", len("listed on zen.spam"), true},
		{"a known spammer.", len("a known spam"), false},    // a word of the sentence, then its full stop
		{"mime.", len("mime"), false},                       // the keyword is the whole word
		{"mimeless. Next", len("mime"), false},              // a word, a full stop, a space
		{"x dnsbl-1.uceprotect.net", len("x dnsbl"), false}, // "-" ends the keyword's word
	} {
		if got := inHostLabel(c.text, c.end); got != c.want {
			t.Errorf("inHostLabel(%q, %d) = %v, want %v", c.text, c.end, got, c.want)
		}
	}
}
