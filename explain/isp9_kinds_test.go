package explain

import "testing"

// The kinds that held-out batch 9 (isp) found on its first run, each in new
// wording (not the batch's rows).

// Vade Secure's postmaster codes share one numbering on every platform it
// filters: the three digits after the prefix name the cause, whatever the
// prefix (ELNK_, OXSUS0001_, OXSEU001_) and whatever generic words and
// enhanced code (4.2.1 "mailbox disabled", 5.7.1) stand around them.
func TestKindVadeCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"421 4.2.1 Connection deferred - OXSEU0001_110", RateLimited, ClassTransient},
		{"421 4.2.1 Service refused OXSUS001_136", RateLimited, ClassTransient},
		{"550 5.7.1 Connection refused ELNK_403", UserUnknown, ClassPermanent},
		{"550 5.7.1 Rejected OXSEU0001_108", PTRRequired, ClassPermanent},
		{"421 4.2.1 Connection deferred ELNK_130", Reputation, ClassTransient},
		{"421 4.2.1 Try later OXSUS0001_103", ServerError, ClassTransient},
		{"Dec  6 09:01:02 mx postfix/smtp[9]: 1A2B: to=<ann@ox-hosted.example>, relay=mx.ox-hosted.example[192.0.2.5]:25, status=bounced (host mx.ox-hosted.example[192.0.2.5] said: 550 5.7.1 Connection refused OXSEU0001_111 (in reply to MAIL FROM command))", Reputation, ClassPermanent},
	})
	// another family's underscore code is not Vade's
	for _, s := range []string{"OFR006_105", "SFR_IN_105", "XOXSUS_105", "ELNK_105x", "ELNK_999"} {
		if tok := vadeCode(s); tok != "" {
			t.Errorf("vadeCode(%q) = %q, want none", s, tok)
		}
	}
}

// BlueTie's BL0001-BL0005 are read as codes of their own; Comcast's
// six-digit BL000001/BL000100 are not these.
func TestKindBlueTieCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Message refused BL0004", Reputation, ClassPermanent},
		{"554 bl0001 - see the sender blocklist", Reputation, ClassPermanent},
	})
	for _, s := range []string{"BL000100", "BL000001", "BL0006", "XBL0002"} {
		if tok := blueTieCode(s); tok != "" {
			t.Errorf("blueTieCode(%q) = %q, want none", s, tok)
		}
	}
}

// Blocklists named by their operator's product; a provider's documented
// prefixes (Iridis) and phrase (Yandex).
func TestKindIsp9Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Rejected: 192.0.2.8 blocked by Validity, see senderscore.org", Reputation, ClassPermanent},
		{"550 5.7.1 Your IP is on the Vade Threat Network", Reputation, ClassPermanent},
		{"550 MSG-DOM: Header-From (a@brand.example) is not authorised", SenderInvalid, ClassPermanent},
		{"550 SND-NUL: bounce rate too high", Reputation, ClassPermanent},
		{"550 MSG-EXT: file extension not permitted (setup.bat)", Policy, ClassPermanent},
		{"Aug  3 11:00:00 mx postfix/smtp[5]: 9F: to=<ivan@yandex.example>, relay=mx.yandex.example[198.51.100.2]:25, status=bounced (host mx.yandex.example[198.51.100.2] said: 550 5.7.1 Policy rejection on the target address (in reply to RCPT TO command))", MailboxDisabled, ClassPermanent},
	})
}

// Concepts the batch showed, in new wording.
func TestKindIsp9Concepts(t *testing.T) {
	checkKinds(t, []kindCase{
		// an IP address literal said to be blocked
		{"554 IP address 203.0.113.77 is blacklisted here", Reputation, ClassPermanent},
		{"550 Sorry, IP [198.51.100.4] is banned", Reputation, ClassPermanent},
		// spam abuse of the sender
		{"550 Your server is under investigation for spam abuse", Reputation, ClassPermanent},
		// a file type refused, malware named only as the motive
		{"552 Attachment rejected: file extension .js is blacklisted", Policy, ClassPermanent},
		{"554 Attachments of this file type are not allowed, to protect against malware", Policy, ClassPermanent},
		// the sending server without a DNS entry
		{"550 5.7.1 Your mail server has no DNS entry", PTRRequired, ClassPermanent},
		// characters an address may not have
		{"553 Illegal characters in the address", Syntax, ClassPermanent},
		// the sender must be the logged-in account
		{"The sender and the login must be identical.", SenderInvalid, ClassPermanent},
		// a refusal worded as the sender's, and nothing more
		{"550 Sender rejected", SenderInvalid, ClassPermanent},
		{"553 sender refused", SenderInvalid, ClassPermanent},
	})
}

// Sendmail restates the server's reply in its own "X.0.0" line after a
// transcript; the server's words (without an enhanced code) decide.
func TestKindSendmailRestatement(t *testing.T) {
	checkKinds(t, []kindCase{
		{"----- Transcript of session follows -----\n... while talking to mx.lab.example.:\n>>> RCPT To:<ann@lab.example>\n<<< 552 Sorry, the mailbox of this user is full\n552 5.0.0 <ann@lab.example>... Service unavailable", MailboxFull, ClassPermanent},
		// a different code is not a restatement: the last failure decides
		{"----- Transcript of session follows -----\n... while talking to mx.lab.example.:\n>>> DATA\n<<< 451 Try again later\n554 5.0.0 Service unavailable", Unknown, ClassPermanent},
	})
}

// The kinds of the b batch (heldout9-ispb.tsv), in new wording.

// AOL's legacy block codes: the prefix before the colon names the cause,
// in any of the forms the code is quoted in.
func TestKindAOLCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 RTR:DU Dynamic or residential IP, see http://postmaster.aol.example/errors/554rtrdu.html", Reputation, ClassPermanent},
		{"421 (RLY:B2) try again later", Reputation, ClassTransient},
		{"554HVU:B4 http://postmaster.aol.example/errors/554hvub4.html", SpamContent, ClassPermanent},
	})
	for _, s := range []string{"con:b1", "Error: PCL:AB", "ABCD:B1", "RLY:b1", "https://x.example/", "HVU:B12"} {
		if tok := aolCode(s); tok != "" {
			t.Errorf("aolCode(%q) = %q, want none", s, tok)
		}
	}
}

// A hosting provider's filter codes (Bluehost GL/xx) and help-article
// family (Forpsi), and sending limits in words of their own.
func TestKindIsp9bLimitsAndFamilies(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 try again later - GL/GL", Greylisted, ClassTransient},
		{"550 sender blocked by recipient GL/BL", Policy, ClassPermanent},
		{"554 5.7.0 aB3x policy violation, see https://support.forpsi.example/kb/a4075", RateLimited, ClassPermanent},
		{"452 Too many messages per connection, max 50", RateLimited, ClassTransient},
		{"554 5.7.0 Daily sending limit reached for this account", RateLimited, ClassPermanent},
		{"421 Client restricted for excessive usage, authenticate to send", RateLimited, ClassTransient},
		{"550 Policy reject: outgoing quota exceeded", RateLimited, ClassPermanent},
	})
}

// Reply forms of the b batch: a multi-line reply flattened into running
// text keeps the words before its continuation code; Postfix's "delivery
// temporarily suspended" wording defers a refused greeting; qmail's expiry
// on the line after its (#4.x.x) last error is an expiry.
func TestKindIsp9bForms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Deferred: the mailbox you are writing to is over its storage quota 452-4.2.2 and cannot take more mail now 452-4.2.2 try later", MailboxFull, ClassTransient},
		{"delivery temporarily suspended: host mx.far.example[192.0.2.9] refused to talk to me: 550 5.7.1 Service unavailable; client blocked using bl.spamcop.example", Reputation, ClassTransient},
		{"Sorry, no SMTP connection could be made. (#4.4.2)\nGiving up: the message has been in the queue too long.", Expired, ClassPermanent},
		// words that wrap the reply stay context
		{"Remote server said 450-4.2.1 The user is receiving mail too quickly 450-4.2.1 try later", RateLimited, ClassTransient},
	})
}

// The kind of the c batch (heldout9-ispc.tsv), in new wording: a refusal
// that says where to ask for the block to be lifted is a block of the
// sender.
func TestKindIsp9cRequestRemoval(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Mail from your server is refused. Go to https://postmaster.isp.example/ to request delisting.", Reputation, ClassPermanent},
		{"554 Access not allowed; submit a removal request at https://isp.example/unblock", Reputation, ClassPermanent},
	})
}
