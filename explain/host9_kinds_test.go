package explain

import "testing"

// The kinds that held-out batch 9-host (hosting panels' mail stacks, mail
// hosts' limits, a hoster's code families, business mail platforms) found
// in its first run, each in new wording: other members of the families and
// other forms, not the batch's rows.

// LWS's codes: the family names the cause, whatever words stand around it;
// L-SIZE00 alone is one message's size, the other L-SIZE codes a volume.
func TestKindHost9LWSCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.7.1 Sending temporarily suspended (LPR-RATE11)", RateLimited, ClassTransient},
		{"550 5.7.1 Message refused - L-SPAM10", SpamContent, ClassPermanent},
		{"554 5.7.1 Refused (L-SIZE00)", MessageTooBig, ClassPermanent},
		{"550 5.7.1 Refused (L-SIZE11)", RateLimited, ClassPermanent},
		{"554 5.7.1 L-IPSPAM1", Reputation, ClassPermanent},
		{"421 4.7.0 Blocked: L-IPA2", AuthFailed, ClassTransient},
		{"550 5.7.1 LPR-DSDR01 refused", RateLimited, ClassPermanent},
	})
	for _, s := range []string{"XL-RATE01", "L-RATE", "L-RATE01X", "URL-SPAM10", "XLPR-DEST01", "L-RATE12345", "L-FOO01"} {
		if tok := lwsCode(s); tok != "" {
			t.Errorf("lwsCode(%q) = %q, want no token", s, tok)
		}
	}
	for s, want := range map[string]string{"(L-HB0101)": tokLWSLimit, "code L-SIZE00.": tokLWSSize, "LPR-DEST11": tokLWSLimit, "x L-IPB3": tokLWSLogin} {
		if tok := lwsCode(s); tok != want {
			t.Errorf("lwsCode(%q) = %q, want %q", s, tok, want)
		}
	}
}

// A control panel's limit on outgoing messages is a sending volume (not the
// server error that "try again later" suggests), in its words and its log;
// a size limit on outgoing messages is not.
func TestKindHost9OutgoingLimit(t *testing.T) {
	checkKinds(t, []kindCase{
		{"452 4.5.3 The limit on outgoing messages for this mailbox has been exceeded", RateLimited, ClassTransient},
		{"550 Outbound messages limit exceeded for user ann@shop.example, try again later", RateLimited, ClassPermanent},
		{"Oct  2 18:01:55 mail psa-pc-remote[19533]: 0D3F1B2C45: REJECT during call 'limit-out' handler", RateLimited, ClassTransient},
		{"552 5.3.4 Outgoing messages over the size limit are refused", MessageTooBig, ClassPermanent},
	})
}

// The mailbox's quota said "for this recipient" or as the maximum mailbox
// size is the recipient's storage (not "quota exceeded for" a sender); batch
// 9-mta's rule (mta9.mailbox-quota) reads this kind.
func TestKindHost9MailboxQuota(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery failed: mailbox quota exceeded for kim@lab.example", MailboxFull, ClassPermanent},
		{"550 5.2.2 This message would exceed the maximum mailbox size of the recipient", MailboxFull, ClassPermanent},
	})
}

// A refusal of the sender's IP address or network, with no other cause, is
// a reputation block; too many connections from it is a rate.
func TestKindHost9IPNetworkRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 We are not accepting mail from your IP address at this time", Reputation, ClassPermanent},
		{"421 Mail from your network is blocked, try again later", Reputation, ClassTransient},
		{"421 Too many connections from your IP, try again later", RateLimited, ClassTransient},
	})
}

// The sender's account or address blocked from sending is the provider's
// policy, over an enhanced code of another meaning (X.1.8, X.4.6); the
// forward-path refused for its domain is relaying denied.
func TestKindHost9SendingBlocked(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 Outgoing mail blocked for this account due to unusual activity", Policy, ClassPermanent},
		{"550 5.1.8 Sender address has been blocked", Policy, ClassPermanent},
		{"451 4.4.6 Unusual sending activity detected, try later", Policy, ClassTransient},
		{"553 5.7.1 Forward-path domain not permitted on this server", RelayDenied, ClassPermanent},
	})
}

// Batch 9-host b's kinds: a quota the reply calls the sender's own is a
// sending limit (not the recipient's mailbox, even behind "Recipient address
// rejected"); the sending host refused as an open relay or proxy is a
// reputation block (a server that will not relay is not); qmail-style
// codeless refusals of the envelope.
func TestKindHost9bSenderQuotaRelayEnvelope(t *testing.T) {
	checkKinds(t, []kindCase{
		{"452 4.7.1 <kim@lab.example>: Recipient address rejected: you have reached your daily quota", RateLimited, ClassTransient},
		{"550 5.2.2 <kim@lab.example>: Recipient address rejected: mailbox storage quota exceeded", MailboxFull, ClassPermanent},
		{"554 5.7.1 Host 198.51.100.9 rejected: suspected open proxy", Reputation, ClassPermanent},
		{"554 5.7.1 Relay access denied: we are not an open relay", RelayDenied, ClassPermanent},
		{"Bogus envelope sender.", SenderInvalid, ClassPermanent},
		{"553 5.1.3 Recipient address must include a domain", Syntax, ClassPermanent},
	})
}
