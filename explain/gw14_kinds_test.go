package explain

import "testing"

// The kinds held-out batch 14-gw found on its only run, in new wording (not
// the batch's rows).

// A named blocklist whose name begins with a check's name (SPFBL) is the
// blocklist, not the check; a real SPF failure stays one.
func TestKindGw14NamedBlocklist(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 [SPFBL] 203.0.113.88 is listed; see https://spfbl.example/en/delist", Reputation, ClassPermanent},
		{"451 4.7.1 Sender temporarily refused by SPFBL (listed)", Reputation, ClassTransient},
		{"550 5.7.23 SPF fail: 203.0.113.88 is not a permitted sender for shop.example", SenderAuth, ClassPermanent},
	})
}

// A filter's reasons in its own terms: an attachment blocked by type, an
// attachment without a file name, a sandbox detonation, a destination it
// cannot find, a message held for review, a delivery with a tag.
func TestKindGw14FilterReasons(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Held: blocked attachment (.iso) for recipient kim@corp.example", Policy, ClassPermanent},
		{"554 5.7.1 Attachment type blocked by gateway policy: .vbs", Policy, ClassPermanent},
		{"Quarantined: message part without a file name (content-disposition attachment)", Policy, ClassPermanent},
		{"Threat: attachment detonation found ransomware behaviour; message quarantined", Virus, ClassPermanent},
		{"Status: blocked - URL detonation reputation (credential phishing page)", SpamContent, ClassPermanent},
		{"Deferred: forwarding destination not found for corp.example, will retry", HostUnknown, ClassTransient},
		{"Your email to legal@partner.example is pending review by the compliance team and will be sent once approved.", Policy, ClassTransient},
		{"The administrator has rejected your message from the quarantine; it will not be delivered.", Policy, ClassPermanent},
		{"Result: delivered to the junk folder (bulk score 7)", Success, ClassSuccess},
	})
}

// Content refused by a firewall's or filter's rule is the site's policy,
// whatever network detail the enhanced code names.
func TestKindGw14ContentBlocked(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.4.1 Message content blocked by the perimeter gateway", Policy, ClassPermanent},
		{"550 5.7.1 Content has been blocked by data protection rules", Policy, ClassPermanent},
		// content refused as spam stays spam
		{"550 5.7.1 Content blocked: spam detected", SpamContent, ClassPermanent},
	})
}

// Priority: a virus with a forged sender is a virus; a sender blocked for
// what it sends is its reputation; a HELO refused for its characters is
// the HELO, also under a filter's "Block list" class.
func TestKindGw14Priority(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Blocked: malware sent from a forged sender address", Virus, ClassPermanent},
		{"554 5.7.1 Rejected: W32/Netsky virus (spoofed sender)", Virus, ClassPermanent},
		{"550 Your account is suspended for sending mass mailings", Reputation, ClassPermanent},
		{"554 5.7.1 This address was blacklisted for sending unsolicited bulk email", Reputation, ClassPermanent},
		// a sending limit stays a rate
		{"451 Sender blocked for sending too many messages per hour", RateLimited, ClassTransient},
		{"Block list: EHLO name has invalid characters (mail_server!)", RFCNoncompliant, ClassPermanent},
		{"501 5.5.2 HELO argument contains illegal characters", RFCNoncompliant, ClassPermanent},
	})
}

// Class: contracted outcome wording is an outcome; a record that states
// the rejection's type says the class; a "Defers due to" status waits.
func TestKindGw14Class(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Your message couldn't be delivered because the recipient's mailbox is full.", MailboxFull, ClassPermanent},
		{"This message wasn't delivered to anyone because it exceeds the limit of 50 recipients per message.", RateLimited, ClassPermanent},
		{"Rejection type: temporary\nReason: client [203.0.113.40] blocked using bl.spamsource.example", Reputation, ClassTransient},
		{"DEFER - Defers due to internal problems", ServerError, ClassTransient},
		// cPanel's hourly "max defers and failures" still bounces
		{"Domain shop.example has exceeded the max defers and failures per hour allowed", RateLimited, ClassPermanent},
	})
}
