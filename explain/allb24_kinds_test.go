package explain

import "testing"

// Held-out batch 24-allb (the all-category batch's second half): each kind
// its first run found wrong, tested in new wording (not the batch's rows),
// with the neighbouring readings kept.

// The sender address or its domain said not to exist is the envelope
// sender's (allb24.sender-domain-not-exist), not an unknown recipient.
func TestKindAllb24SenderDomainNotExist(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The sender domain shop.example does not exist", SenderInvalid, ClassPermanent},
		{"550 The domain of the sender address news@mailer.example could not be resolved", SenderInvalid, ClassPermanent},
		{"Rejected: the sender's domain was not found in DNS", SenderInvalid, ClassPermanent},
		// neighbour: the recipient's address that does not exist stays user-unknown
		{"550 5.1.1 The email account bob@rcpt.example does not exist", UserUnknown, ClassPermanent},
	})
}

// A sender address the account does not own, said without "by user"
// (allb24.sender-not-owned).
func TestKindAllb24SenderNotOwned(t *testing.T) {
	checkKinds(t, []kindCase{
		{"553 5.7.1 Sender address not owned: info@other.example", SenderInvalid, ClassPermanent},
		{"Mailer Error: SMTP Error: data not accepted. 553 from address not owned by the account", SenderInvalid, ClassPermanent},
	})
}

// A temporary system fault said in Chinese is the server's trouble
// (allb24.zh-system-fault), not a wait between messages.
func TestKindAllb24ZhSystemFault(t *testing.T) {
	checkKinds(t, []kindCase{
		{"服务器故障，请稍后再试", ServerError, ClassTransient},
		{"451 系统出现故障，请稍后重新发送", ServerError, ClassTransient},
	})
}

// Exim's require_files check failing on the receiving server is that
// server's set-up (allb24.exim-require-files-error), not its policy.
func TestKindAllb24EximRequireFiles(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2024-02-01 10:00:00 H=mx.client.example [192.0.2.9] sender verify defer for <kim@client.example>: require_files: error for /home/kim/etc/client.example: Permission denied", ServerError, ClassTransient},
	})
}

// Russian "send again later" gives the class (transient) to an
// application's failure without the server's reply.
func TestKindAllb24RussianSendLater(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Не удалось отправить письмо. Попробуйте позже.", Unknown, ClassTransient},
	})
}
