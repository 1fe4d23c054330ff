package main

import "testing"

// Kinds of helper allb24 (issue 10; docs/heldout/heldout24-allb.md) through
// the command, in new wording: the sender's domain said not to exist, a
// sender address "not owned", a Chinese system fault, Exim's require_files
// error on the receiving server.
func TestExplainAllb24Kinds(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"550 The sender domain mailer.example does not exist", "sender-invalid", "permanent"},
		{"553 5.7.1 sender address not owned: billing@other.example", "sender-invalid", "permanent"},
		{"451 服务器故障，请稍后重新发送", "server-error", "transient"},
		{"2024-03-01 08:00:00 H=(host.example) [192.0.2.5] sender verify defer for <a@host.example>: require_files: error for /home/a/etc/host.example: Permission denied", "server-error", "transient"},
	})
}
