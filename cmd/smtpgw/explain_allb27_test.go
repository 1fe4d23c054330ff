package main

import "testing"

// Kinds of helper allb27 (issue 10; docs/heldout/heldout27-allb.md) through
// the command, in new wording: a Chinese message size over the limit, a
// Traditional Chinese "sending the mail failed", a PowerShell path error
// around a send, Gmail's From: header refusal quoted in prose.
func TestExplainAllb27Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"发送邮件失败：邮件大小超出服务器限制", "message-too-big", "permanent"},
		{"寄送郵件失敗", "unknown", "unknown"},
		{"Send-MailMessage : Failure sending mail. Get-Content : Cannot find path 'C:\\mail\\body.html' because it does not exist.", "unknown", "unknown"},
		{"The reminder bounced: 550-5.7.1 Messages missing a valid address in From: header (our script built a malformed sender address)", "rfc-noncompliant", "permanent"},
	})
}
