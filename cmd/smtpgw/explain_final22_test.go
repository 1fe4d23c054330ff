package main

import "testing"

// Kinds of helper final22 (issue 10; docs/heldout/heldout22.md) through the
// command, in new wording: Cisco AsyncOS's delivery log, whose delayed or
// bounced line carries the remote reply in a tuple and whose "Message done"
// line is a delivery, and a reply code glued to Chinese, Japanese or Korean
// words (argument and standard input); a count glued to a counter word is
// no code (exit 2).
func TestExplainFinal22Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Sat Mar  7 16:20:09 2026 Info: Delayed: DCID 1188 MID 250 to RID [0] - 4.1.0 - Unknown address error ('451', ['Mailbox is over quota, please retry later'])", "mailbox-full", "transient"},
		{"Sat Mar  7 16:20:09 2026 Info: Bounced: DCID 1190 MID 4411 to RID [3] - 5.1.0 - Unknown address error ('550', ['5.7.1 Your message looks like SPAM and was refused']) []", "spam-content", "permanent"},
		{"Sat Mar  7 16:21:40 2026 Info: Delivery start DCID 1191 MID 4412 to RID [0]\nSat Mar  7 16:21:41 2026 Info: Message done DCID 1191 MID 4412 to RID [0]", "success", "success"},
		{"用客户端发信老是报452是什么情况", "server-error", "transient"},
		{"メール送信時に553エラーが返ってきます", "unknown", "permanent"},
	})
	for _, in := range []string{"本月已经发送了452封邮件", "서버에서 450개의 메일을 처리했습니다"} {
		if _, _, code := runCLI(t, "", "explain", in); code != 2 {
			t.Errorf("%q: exit %d, want 2 (a count, no reply code)", in, code)
		}
	}
}
