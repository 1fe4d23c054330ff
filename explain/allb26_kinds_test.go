package explain

import "testing"

// Held-out batch 26-allb (the all-category batch's second half): each kind
// its first run found wrong, tested in new wording (not the batch's rows),
// with neighbouring readings kept.

// A Japanese message size said to be larger than allowed is the message's
// size (allb26.ja-size-larger-than); a mailbox's capacity stays the
// mailbox's.
func TestKindAllb26JapaneseSizeLargerThan(t *testing.T) {
	checkKinds(t, []kindCase{
		{"552 メールのサイズが上限(10MB)よりも大きいため受信できません", MessageTooBig, ClassPermanent},
		{"送信エラー: メッセージサイズが許可されたサイズより大きいです", MessageTooBig, ClassPermanent},
		// neighbour: the mailbox's capacity
		{"552 メールボックスの容量が上限を超えています", MailboxFull, ClassPermanent},
	})
}

// A Russian refusal "by policy" is the receiver's policy
// (allb26.ru-rejected-by-policy); spam words keep their reading.
func TestKindAllb26RussianRejectedByPolicy(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 Сообщение отклонено по политике безопасности получателя", Policy, ClassPermanent},
		{"Ошибка доставки: письмо отклонено политикой сервера", Policy, ClassPermanent},
		// neighbours: a spam refusal stays spam, a named DMARC policy is the
		// sender's authentication
		{"550 5.7.1 Сообщение отклонено политикой DMARC домена example.org", SenderAuth, ClassPermanent},
		{"550 Письмо отклонено как спам", SpamContent, ClassPermanent},
	})
}
