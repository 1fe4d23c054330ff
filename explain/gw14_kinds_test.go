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

// Batch b: a scanning engine's name labels a field of a status record; the
// value after the colon is the verdict, and the name in prose stays a word.
func TestKindGw14bEngineLabels(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Antispam verdict: URIBL listed link (bad.example)", SpamContent, ClassPermanent},
		{"Anti-Malware result: Trojan.GenericKD found; message rejected", Virus, ClassPermanent},
		{"550 5.7.1 Rejected by antivirus scan: infected attachment", Virus, ClassPermanent},
	})
	for in, want := range map[string]string{
		"Anti-Virus status: Clean":             "                 : Clean",
		"Antispam: not spam, AntiVirus: clean": "        : not spam,          : clean",
		"blocked by antivirus (no colon)":      "blocked by antivirus (no colon)",
		"Anti-Spam engine : spam score 9":      "                 : spam score 9",
		"AntiVirusCheck: failed":               "              : failed",
		"Antivirusfoo: x":                      "Antivirusfoo: x", // no label word after the name
		"mail.antispam.example: listed":        "mail.antispam.example: listed",
	} {
		if got := withoutEngineLabels(in); got != want {
			t.Errorf("withoutEngineLabels(%q) = %q, want %q", in, got, want)
		}
	}
	// a scanner's clean status is no virus
	if e, err := ExplainText("Anti-Virus status: Clean"); err == nil && e.Category == Virus {
		t.Errorf("a clean status read as a virus")
	}
}

// Batch b vocabulary: reverse DNS abbreviated, an anti-spoofing check, a
// recipient refused by DNS, a banned attachment name, a HELO with the
// receiver's identity, a sent count over a period in German.
func TestKindGw14bVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Rejected: rDNS check failed for 203.0.113.61", PTRRequired, ClassPermanent},
		{"Reject reason: revdns mismatch", PTRRequired, ClassPermanent},
		{"Blocked by anti-spoofing: sender claims corp.example from an outside network", SenderAuth, ClassPermanent},
		{"Rejected: recipient (DNS) - domain nosuch.example does not resolve", HostUnknown, ClassPermanent},
		{"Policy: banned attachment name (payment.scr)", Policy, ClassPermanent},
		{"554 Your server greets with our IP address in HELO", RFCNoncompliant, ClassPermanent},
		// a HELO refused for "your hostname" is not the receiver's own
		{"450 4.7.25 Client host rejected: cannot find your hostname, [198.51.100.9]; helo=<x.example>", PTRRequired, ClassTransient},
		{"Sie haben in der letzten Stunde zu viele E-Mails versendet (mehr als 200).", RateLimited, ClassTransient},
	})
}

// Batch b priority: a link on a blocklist is content; a malicious link is
// content, not a virus; a listed sending IP stays reputation.
func TestKindGw14bLinks(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 A link in your message is on a blacklist (tracker.example)", SpamContent, ClassPermanent},
		{"Quarantined: malicious URL (credential harvesting page)", SpamContent, ClassPermanent},
		{"554 5.7.1 Service unavailable; client host [203.0.113.5] blocked using a DNS block list", Reputation, ClassPermanent},
	})
}

// Batch b class: a record's "Temporary" reason or status, and a wait before
// sending again.
func TestKindGw14bClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Status: Temporary\nReason: sender IP on the dynamic reputation list", Reputation, ClassTransient},
		{"Your server is on our blacklist; wait 30 minutes before sending again.", Reputation, ClassTransient},
		{"Reason: Permanent\nSender IP listed in the reputation database", Reputation, ClassPermanent},
	})
}

// Batch b form: a Status field holds a status code and an Action field an
// RFC 3464 action; a filter's own "Status: Rejected" or "Action: Quarantine"
// is a line of its report, not a DSN field.
func TestKindGw14bDSNValues(t *testing.T) {
	for ln, want := range map[string]bool{
		"Status: 5.1.1":                       true,
		"Status: 4.4.7 (delivery expired)":    true,
		"Action: failed":                      true,
		"Action: delayed":                     true,
		"Status: Rejected":                    false,
		"Action: Quarantine":                  false,
		"Action: Reject":                      false,
		"Final-Recipient: rfc822;a@b.example": true,
	} {
		if _, _, ok := dsnField(ln); ok != want {
			t.Errorf("dsnField(%q) ok = %v, want %v", ln, ok, want)
		}
	}
	checkKinds(t, []kindCase{
		{"Verdict: blocked attachment (.js)\nStatus: Rejected", Policy, ClassPermanent},
		{"Final-Recipient: rfc822;kim@corp.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no such user", UserUnknown, ClassPermanent},
	})
}

// Probed after batch b: an impersonation verdict named by the bare word;
// a HELO that impersonates stays the HELO's fault, a domain spoof that names
// its failed check stays sender authentication.
func TestKindGw14ImpersonationVerdict(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Reason: Impersonation (display name of the finance director)", SpamContent, ClassPermanent},
		{"Quarantined - suspected BEC", SpamContent, ClassPermanent},
		{"Verdict: phishing (brand impersonation of a parcel service)", SpamContent, ClassPermanent},
		{"550 Rejected: EHLO impersonates our own domain", RFCNoncompliant, ClassPermanent},
		{"550 5.7.1 Impersonation of corp.example: SPF check failed", SenderAuth, ClassPermanent},
	})
}
