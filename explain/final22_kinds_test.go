package explain

import "testing"

// Held-out batch 22's parser kinds (rules_final22.go), tested in new
// wording: not heldout21's rows, nor heldout22's.

// Cisco AsyncOS's delayed or bounced delivery line: the reply in its tuple
// decides, not AsyncOS's label for the enhanced code's subject ("Unknown
// address error" for any X.1.x, "Other network problem" for X.4.x).
func TestKindFinal22AsyncOSTuple(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Tue Nov  4 10:12:01 2025 Info: Delayed: DCID 812 MID 30211 to RID [2] - 4.1.0 - Unknown address error ('452', ['4.2.2 Mailbox over quota, try later'])", MailboxFull, ClassTransient},
		{"Info: Bounced: DCID 4 MID 11 to RID [0] - 5.1.0 - Unknown address error ('554', ['5.7.1 Message rejected as spam by Content Filtering.']) []", SpamContent, ClassPermanent},
		{"Fri Jan  9 07:40:55 2026 Info: Delayed: DCID 90 MID 7 to RID 0 - 4.4.0 - Other network problem ('421', ['4.7.0 Too many connections from your IP, slow down'])", RateLimited, ClassTransient},
		{"Info: Bounced: DCID 61 MID 902 to RID [1] - 5.1.0 - Unknown address error ('550', ['Mailbox', 'disabled for this recipient']) []", MailboxDisabled, ClassPermanent},
		// a non-standard code (second digit over 5) with the reply's words
		{"Wed Apr  2 09:00:00 2025 Info: Delayed: DCID 8 MID 3 to RID 0 - 4.1.0 - Unknown address error ('471', ['Mailbox temporarily over its storage limit'])", MailboxFull, ClassTransient},
		// the reply's code, not a message number that looks like one ("MID 310"),
		// and not AsyncOS's X.1.0 grouping, decides
		{"Mon Jun  2 08:15:44 2025 Info: Delayed: DCID 23 MID 310 to RID [0] - 4.1.0 - Unknown address error ('421', ['Service not available, closing transmission channel']) []", ServerError, ClassTransient},
		{"Mon Jun  2 08:15:44 2025 Info: Delayed: DCID 8 MID 3 to RID 0 - 4.1.0 - Unknown address error ('450', ['Too much mail waiting for this user'])", RateLimited, ClassTransient},
		{"Mon Jun  2 08:15:44 2025 Info: Delayed: DCID 8 MID 3 to RID 0 - 4.1.0 - Unknown address error ('471', ['Recipient mailbox has no room left'])", Unknown, ClassTransient},
		{"Mon Jun  2 08:15:44 2025 Info: Bounced: DCID 9 MID 12 to RID 0 - 5.1.0 - Unknown address error ('452', ['Requested action not taken: insufficient system storage'])", ServerError, ClassTransient},
		// neighbour: the reply names the unknown user itself
		{"Info: Bounced: DCID 12 MID 77 to RID [0] - 5.1.0 - Unknown address error ('550', ['5.1.1 <ana@lab.example>: Recipient address rejected: User unknown in virtual mailbox table']) []", UserUnknown, ClassPermanent},
	})
}

// AsyncOS's "Message done DCID n MID n to RID [..]": the message was handed
// to the next server.
func TestKindFinal22AsyncOSMessageDone(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Thu Feb  5 11:02:17 2026 Info: Message done DCID 7731 MID 120044 to RID [0, 1, 2]", Success, ClassSuccess},
		{"Info: Delivery start DCID 40 MID 55 to RID [0]\nInfo: Message done DCID 40 MID 55 to RID [0]\nInfo: DCID 40 close", Success, ClassSuccess},
	})
	// neighbour: the same log's delayed line is no delivery
	e, err := explainOne("Info: Delayed: DCID 40 MID 55 to RID 0 - 4.4.0 - Other network problem ('451', ['4.3.0 Temporary local problem, please try again'])")
	if err != nil || e.Category == Success {
		t.Errorf("a delayed AsyncOS line read as %s (%v)", e.Category, err)
	}
}

// A reply code glued to Chinese, Japanese or Korean words, which put no
// space between words, is a code; a number glued to a counter or unit word
// ("封", "秒", "件", "개") or after an ordinal ("第") is none.
func TestKindFinal22CJKGluedCode(t *testing.T) {
	for _, tc := range []struct {
		in   string
		code int
	}{
		{"发邮件的时候服务器一直返回553不知道为什么", 553},
		{"寄信時出現550錯誤怎麼辦", 550},
		{"送信すると550エラーになってしまいます", 550},
		{"메일을 보내면 554오류가 발생합니다", 554},
		{"提示421，请稍后再试", 421},
		// numbers that count or order: no code
		{"今天一共发送了550封邮件", 0},
		{"日志第451行有问题", 0},
		{"等待了450秒之后才连上", 0},
		{"メールを550件送信しました", 0},
		{"메일 550개를 보냈습니다", 0},
	} {
		r, err := Parse(tc.in)
		if tc.code == 0 {
			if err == nil && r.Code != 0 {
				t.Errorf("%q: read the count as code %d", tc.in, r.Code)
			}
			continue
		}
		if err != nil || r.Code != tc.code {
			t.Errorf("%q: got code %d (%v), want %d", tc.in, r.Code, err, tc.code)
		}
	}
	checkKinds(t, []kindCase{
		{"发邮件的时候服务器一直返回553不知道为什么", Unknown, ClassPermanent},
		{"送信すると550エラーになってしまいます", Unknown, ClassPermanent},
	})
}

// Heldout21's vocabulary and priority kinds in new wording: a log line cut
// inside "response", a mail library's blank sender (not a blank
// recipient's syntax error), "connection" misspelt with one n.
func TestKindFinal22CutAndBlank(t *testing.T) {
	checkKinds(t, []kindCase{
		{"[error][yii\\mail] Sending failed: Expected response code 220 but got an empty resp", Network, ClassTransient},
		{"2025-03-01 08:00:12 ERROR mailer: Expected response code 250 but got an empty respons", Network, ClassTransient},
		{"Mail::SMTP error: sender address may not be blank", SenderInvalid, ClassPermanent},
		{"ArgumentError (SMTP From address can't be blank)", SenderInvalid, ClassPermanent},
		{"Error: From address must not be empty", SenderInvalid, ClassPermanent},
		{"Outgoing mail: Conection failed to SMTP server mail.shop.example", Network, ClassTransient},
		// neighbours: a blank recipient stays a syntax error
		{"ArgumentError: SMTP To address may not be blank: []", Syntax, ClassPermanent},
	})
}
