package explain

import (
	"errors"
	"testing"
)

// Kinds of helper tail17 (issue 10, session 12), each in new wording.

// A client's error that carries the server's code only in parentheses after
// a clause naming the reply, or after "code" words, with no text of the
// reply: the number is the reply's code. An expected code is still not the
// reply, and a parenthesised number that a word of its clause makes
// something else (an HTTP status, a time, a count, a process id) is none.
func TestKindTail17CodeOnlyInClientError(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailer error: invalid response code returned by the server (535)", AuthFailed, ClassPermanent},
		{"The server answered with an unexpected status (421)", ServerError, ClassTransient},
		{"Delivery failed - unexpected reply code 452", ServerError, ClassTransient},
		// guard: the expected code is not the reply, the one got is
		{"Expected response code 250 but got code 554", Unknown, ClassPermanent},
	})
	for _, in := range []string{
		"HTTP response code (503)",
		"Sync finished, average response time (250)",
		"Queue runner stopped, worker error count (451)",
		"Report error (2019)",
		"Relay worker exited, process id (421)",
	} {
		if _, err := Parse(in); !errors.Is(err, ErrNoCode) {
			t.Errorf("Parse(%q): err %v, want ErrNoCode", in, err)
		}
	}
}

// A message too large for the receiver, said without "too": "is larger
// than" / "bigger than" what the destination accepts is the message-size
// concept, with or without a code (a 552 is no longer read as a full
// mailbox by its code); a mailbox larger than its quota and a spam score
// larger than a threshold keep their verdicts.
func TestKindTail17LargerThanDestinationAccepts(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery failed: the attachment is larger than the receiving server will take", MessageTooBig, ClassPermanent},
		{"552 Your mail is bigger than the remote system allows", MessageTooBig, ClassPermanent},
		{"Mail delivery failed: the recipient's mailbox is larger than its quota", MailboxFull, ClassPermanent},
		{"Message rejected: spam score 8.2 is larger than the threshold 5.0", SpamContent, ClassPermanent},
		// a policy NDR that names size only as an example stays policy
		{"Your message wasn't delivered because the destination email system rejected it for security or policy reasons. For example, it might not accept some messages, like ones larger than a specific size.", Policy, ClassPermanent},
	})
}

// Full-width punctuation in Chinese and Japanese applications' errors
// ("：", "！", "（535）") is read as its ASCII form before the forms look for
// a code: the code after a full-width colon or in full-width parentheses is
// the reply's. Codeless Chinese wording after a full-width colon, and
// full-width digits (no punctuation), keep their verdicts.
func TestKindTail17FullWidthPunctuation(t *testing.T) {
	checkKinds(t, []kindCase{
		{"邮件发送失败！服务器返回：421 Too many connections, try later", RateLimited, ClassTransient},
		{"メール送信に失敗しました！SMTP error（535）", AuthFailed, ClassPermanent},
		{"退信原因：邮箱已满", MailboxFull, ClassPermanent},
	})
	if r, err := Parse("送信エラー：552 Message size exceeds fixed maximum"); err != nil || r.Code != 552 {
		t.Errorf("a code after a full-width colon: code %d, err %v, want 552", r.Code, err)
	}
	for _, in := range []string{"550 5.1.1 <kim@far.example>: user unknown", "５５０ 用户不存在"} {
		if got := fullWidthPunctuation(in); got != in {
			t.Errorf("fullWidthPunctuation(%q) = %q, want it unchanged", in, got)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = preparePaste("550 5.1.1 <kim@far.example>: user unknown") }); n != 0 {
		t.Errorf("preparePaste of an ASCII reply: %v allocations, want 0", n)
	}
}
