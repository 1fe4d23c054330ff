package explain

import "testing"

// Held-out batch 25-allb (the all-category batch's second half): each kind
// its first run found wrong, tested in new wording (not the batch's rows),
// with neighbouring readings kept.

// A bare CR refused as a line ending is the line form (allb25.bare-cr), as
// a bare LF is; a bare "Line too long" stays syntax.
func TestKindAllb25BareCR(t *testing.T) {
	checkKinds(t, []kindCase{
		{"500 5.5.2 mail.rcpt.example Error: bare <CR> received", RFCNoncompliant, ClassPermanent},
		{"550 message refused: bare carriage return in line 12", RFCNoncompliant, ClassPermanent},
		{"554 5.5.0 Error: bare <LF> received", RFCNoncompliant, ClassPermanent},
	})
}

// The receiver saying in words that it greylisted the client decides over
// a list marker in the same reply (allb25.you-are-greylisted).
func TestKindAllb25YouAreGreylisted(t *testing.T) {
	checkKinds(t, []kindCase{
		{"450 [RBL] You have been greylisted, come back in 5 minutes", Greylisted, ClassTransient},
		{"451 4.7.1 you are greylisted on this server, retry later", Greylisted, ClassTransient},
		// neighbour: the marker alone stays the listing
		{"550 5.7.1 [RBL] 192.0.2.7 is listed", Reputation, ClassPermanent},
	})
}

// A message detected as malware is a virus refusal whatever product tags
// the reply (allb25.detected-as-malware).
func TestKindAllb25DetectedAsMalware(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 SPFBL: message detected as malware, not delivered", Virus, ClassPermanent},
		{"550 This message was detected as possible malware (Win.Trojan.Agent).", Virus, ClassPermanent},
	})
}

// A Chinese provider's anti-spam interception is spam by content, not the
// sending rate its advice mentions (allb25.zh-antispam-intercepted).
func TestKindAllb25ZhAntispamIntercepted(t *testing.T) {
	checkKinds(t, []kindCase{
		{"退信原因：邮件被反垃圾系统拦截，请修改邮件内容或降低发信频率后重试", SpamContent, ClassPermanent},
		{"554 您的邮件被系统反垃圾拦截", SpamContent, ClassPermanent},
	})
}

// A German "sender address invalid" names the envelope sender
// (allb25.de-sender-address-invalid), not a recipient's form check.
func TestKindAllb25GermanSenderAddressInvalid(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Versand fehlgeschlagen: Ungültige Absenderadresse noreply@shop", SenderInvalid, ClassPermanent},
		{"mailer: Absenderadresse ist ungültig (kein @)", SenderInvalid, ClassPermanent},
	})
}

// Microsoft 365's external-forwarding block in Chinese is the organisation's
// policy (allb25.zh-external-forwarding-blocked).
func TestKindAllb25ZhExternalForwardingBlocked(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.520 拒绝访问，您的组织不允许外部转发。请与管理员联系。AS(7555)", Policy, ClassPermanent},
		{"遠端伺服器傳回 '550 5.7.520 您的組織不允許外部轉寄'", Policy, ClassPermanent},
	})
}
