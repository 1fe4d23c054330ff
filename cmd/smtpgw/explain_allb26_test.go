package main

import "testing"

// Kinds of helper allb26 (issue 10; docs/heldout/heldout26-allb.md) through
// the command, in new wording: a Japanese message size larger than allowed,
// a Russian refusal by policy.
func TestExplainAllb26Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"552 添付ファイルのサイズが上限よりも大きいため送信できません", "message-too-big", "permanent"},
		{"550 Письмо отклонено по политике получателя", "policy", "permanent"},
	})
}
