package main

import "testing"

// Held-out batch 21-prov's forms through the command, argument and standard
// input: a provider's deferral naming the From domain in a Postfix log line
// (the sender's domain, not a header), a PHPMailer debug transcript whose
// MAIL FROM was refused because the From address is not the signed-in
// account's, a codeless account block for spam, a Japanese per-message limit;
// batch b: a "Mail blocked:" headline over a count in a period (the count
// decides), a hosting account disabled for spam (the sender's account).
func TestExplainProv21FormsStdin(t *testing.T) {
	t.Parallel()
	checkWholePastes(t, []argVerdict{
		{"Oct  2 08:01:12 mx1 postfix/smtp[301]: 1A2B3C4D5E: to=<li@isp.example>, relay=mx.isp.example[192.0.2.44]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=4.1.8, status=deferred (host mx.isp.example[192.0.2.44] said: 451 4.1.8 From domain has no MX or A record (in reply to end of DATA command))", "sender-invalid", "transient"},
		{"2024-05-01 10:00:01 CLIENT -> SERVER: MAIL FROM:<guest@webmail.example>\n2024-05-01 10:00:01 SERVER -> CLIENT: 553 5.7.1 The from address does not match the account you authenticated as\n2024-05-01 10:00:01 SMTP ERROR: MAIL FROM command failed: 553 5.7.1 The from address does not match the account you authenticated as", "sender-invalid", "permanent"},
		{"Notice: account blocked - spam was sent from this mailbox. Change the password, then ask support to unblock it.", "policy", "permanent"},
		{"1通あたりの最大容量(25MB)を超えるメールは送信できません。", "message-too-big", "permanent"},
		{"Mail blocked: you connected more than 40 times in 15 minutes.", "rate-limited", "transient"},
		{"Notice: your hosting account has been disabled for sending spam.", "policy", "permanent"},
	})
}
