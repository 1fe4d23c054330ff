package explain

// Rules of batch 25 helper allb25 (issue 10): the kinds held-out batch
// 25-allb's first run found wrong (docs/heldout/heldout25-allb.md). Each
// kind is tested in new wording in allb25_kinds_test.go.

const allb25Pri = conceptPri + 12

// allb25StatedPri lets a statement of the cause in plain words win over a
// product's or list's marker in the same reply ("[RBL]", "SPFBL"), which
// the marker rules read at codePri.
const allb25StatedPri = codePri + 4

var allb25Rules = []rule{
	// a bare CR (not only a bare LF) refused as a line ending ("521 5.5.2
	// mx Error: bare <CR> received", Postfix 3.9's smtpd_forbid_bare_newline
	// words): the message's or command's line form, as wording.bare-lf reads
	// the bare LF
	{ID: "allb25.bare-cr", Any: []string{"bare <cr>", "bare cr received", "bare carriage return"},
		Cat: RFCNoncompliant, Pri: allb25Pri,
		Summary: "The client sent a bare CR (a carriage return without a line feed); SMTP requires every line to end with CRLF.",
		Fix:     []string{"Make the sending program end every line with CRLF (RFC 5321 §2.3.8) and send no lone CR or LF characters."},
		Refs:    []string{"RFC 5321 §2.3.8"}},
	// the receiver says in words that it greylisted the client ("451 [RBL]
	// you are greylisted on this server", SPFBL's Exim ACL): the greylisting
	// decides over the list marker that tags the reply
	{ID: "allb25.you-are-greylisted", Any: []string{"you are greylisted", "you have been greylisted", "greylisted on this server", "you are graylisted", "graylisted on this server"},
		Cat: Greylisted, Pri: allb25StatedPri,
		Summary: "The receiver greylisted the sending server: it refuses the first attempt and accepts a retry after a delay.",
		Fix:     []string{"Nothing to do with a standard MTA: the retry is accepted after the greylisting delay; make sure the sender retries from the same IP."}},
	// the message itself detected as malware ("550 5.7.1 SPFBL this message
	// was detected as possible malware"): the malware words decide over the
	// filter product's name, which gw14.spfbl reads as a listing
	{ID: "allb25.detected-as-malware", Any: []string{"detected as possible malware", "detected as malware", "message was detected as possible malware", "identified as malware"},
		Not: []string{"ip address", "your ip", "host is listed", "listed on"},
		Cat: Virus, Pri: allb25StatedPri,
		Summary: "The receiver's scanner took the message for malware and refused it.",
		Fix:     []string{"Scan the attachment and the sending machine; if it is a false positive, share the file another way or ask the recipient's admin to allow it."}},
	// a Chinese provider's notice that its anti-spam system intercepted the
	// message (Alibaba Cloud's "您发送的邮件被系统反垃圾拦截……建议调整邮件内容或发信频率",
	// "ESO_LOCAL_SPAM: spamed by local spam engine"): spam by content, the
	// sending-rate advice in the same sentence is advice, not the cause
	{ID: "allb25.zh-antispam-intercepted", Any: []string{"反垃圾拦截", "被系统反垃圾", "反垃圾系统拦截", "反垃圾邮件系统拦截", "被垃圾邮件系统拦截", "spamed by local spam engine", "eso_local_spam"},
		// the anti-spam system that judged the sending rate abnormal is the rate
		// (heldout17-lang: "被反垃圾系统认定为外发频率异常")
		Not: []string{"频率异常", "频率限制", "频率过"},
		Cat: SpamContent, Pri: allb25Pri,
		Summary: "The provider's anti-spam system intercepted the message as spam.",
		Fix:     []string{"Review the content (links, wording, attachments) and authenticate the mail; do not resend the same message unchanged."}},
	// the sender address named as malformed in German ("smtp:
	// Absenderadresse ungültig: mail: missing '@' or angle-addr"): the
	// envelope sender, as "Bad sender address syntax" is (the docs'
	// convention), not a recipient's form check
	{ID: "allb25.de-sender-address-invalid", Any: []string{"absenderadresse ungültig", "absender-adresse ungültig", "ungültige absenderadresse", "ungültige absender-adresse", "absenderadresse ist ungültig", "absenderadresse nicht gültig"},
		Cat: SenderInvalid, Pri: allb25Pri,
		Summary: "The sender (From) address is not a valid address, so the mail was not sent or was refused.",
		Fix:     []string{"Correct the sender address in the application's mail settings: one @, a full domain, no display name inside the address."}},
	// Microsoft 365's external-forwarding block in Chinese ("550 5.7.520
	// 存取權遭到拒絕，您的組織不允許外部轉送"): the organisation's outbound policy,
	// as the English "does not allow external forwarding"
	{ID: "allb25.zh-external-forwarding-blocked", Any: []string{"不允許外部轉送", "不允许外部转发", "不允許外部轉寄", "不允许外部转送", "不允許自動轉寄", "不允许自动转发"},
		Cat: Policy, Pri: allb25Pri,
		Summary: "The sender's organisation does not allow automatic forwarding to external addresses (Microsoft 365's outbound policy).",
		Fix:     []string{"The organisation's administrator must allow external forwarding for this mailbox (outbound spam filter policy or remote domain settings), or forward by hand."}},
}
