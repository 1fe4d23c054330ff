package explain

import "testing"

// Held-out batch 27-allb (the all-category batch's second half): each kind
// its first run found wrong, tested in new wording (not the batch's rows),
// with neighbouring readings kept.

// A Chinese message size said to exceed a limit is the message's size
// (allb27.zh-message-size-exceeds); a mailbox without room stays the
// mailbox's.
func TestKindAllb27ChineseMessageSizeExceeds(t *testing.T) {
	checkKinds(t, []kindCase{
		{"发送失败：附件大小超过服务器允许的上限", MessageTooBig, ClassPermanent},
		{"552 郵件大小超過伺服器限制", MessageTooBig, ClassPermanent},
		{"错误：邮件大小超过了对方服务器的限制", MessageTooBig, ClassPermanent},
		// neighbour: the recipient's mailbox without room
		{"552 收件人邮箱空间不足", MailboxFull, ClassPermanent},
	})
}

// Chinese "sending the mail failed" with the object between the verb and
// 失敗 (傳送郵件失敗, 寄送郵件失敗) is an application's send failure without
// the server's reply: unknown, its class the words' (outcome.go,
// outcomeSentWording); a reply quoted after it decides.
func TestKindAllb27ChineseSendMailFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"錯誤：傳送郵件失敗", Unknown, ClassUnknown},
		{"传送邮件失败", Unknown, ClassUnknown},
		{"寄送郵件失敗，請稍後再試", Unknown, ClassTransient},
		// neighbour: the server's reply quoted after it
		{"傳送郵件失敗：550 5.1.1 user unknown", UserUnknown, ClassPermanent},
	})
}

// A local file system's error printed around an application's send
// (PowerShell's "Cannot find path ... because it does not exist", "A drive
// with the name 'Q' does not exist") names no recipient: not user-unknown
// (mta.user-unknown's Not); a mailbox that does not exist still is.
func TestKindAllb27LocalPathErrorIsNoRecipient(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Send-MailMessage : Failure sending mail. Get-Item : Cannot find path 'D:\\reports\\x.pdf' because it does not exist.", Unknown, ClassUnknown},
		{"Test-Path : A drive with the name 'Q' does not exist. Send-MailMessage : Unable to send mail.", Unknown, ClassUnknown},
		// neighbour
		{"550 5.1.1 Mailbox does not exist", UserUnknown, ClassPermanent},
	})
}

// Gmail's "missing a valid address in From: header" quoted in prose that
// adds "malformed address" and "sender" stays Gmail's header refusal
// (gmail.from-header's priority); a bad MAIL FROM address alone stays
// sender-invalid.
func TestKindAllb27GmailFromHeaderInProse(t *testing.T) {
	checkKinds(t, []kindCase{
		{`Our newsletter bounced at Gmail with "550-5.7.1 Messages missing a valid address in From: header"; the sender string was malformed.`, RFCNoncompliant, ClassPermanent},
		{"The invoice mail came back: 550 5.7.1 Messages missing a valid address in From: header. Our code built a malformed address for the sender.", RFCNoncompliant, ClassPermanent},
		// neighbour
		{"501 5.1.7 Bad sender address syntax", SenderInvalid, ClassPermanent},
	})
}
