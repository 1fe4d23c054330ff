package explain

import "testing"

// Kinds of helper final21 (issue 10; docs/heldout/heldout21.md), the
// parser kinds heldout20.md left, in new wording.

// A transcript whose last reply is the server's closing disconnect ("421
// 4.7.0 ... Error: too many errors", "421 closing connection") after the
// refusal that made it give up: the refusal decides, the closing reply is
// context. A 421 with a cause of its own, or one alone, still decides.
func TestKindFinal21ClosingDisconnect(t *testing.T) {
	checkKinds(t, []kindCase{
		{"S: 220 mx.far.example ESMTP\nC: MAIL FROM:<ops@lab.example>\nS: 250 2.1.0 Ok\nC: RCPT TO:<nobody@far.example>\nS: 550 5.1.1 <nobody@far.example>: Recipient address rejected: User unknown in local recipient table\nC: RCPT TO:<nobody2@far.example>\nS: 421 4.7.0 mx.far.example Error: too many errors", UserUnknown, ClassPermanent},
		{"<<< 554 5.7.1 Service unavailable; Client host [198.51.100.20] blocked using bl.spamcop.net\n<<< 421 4.7.0 Too many bad commands; closing connection", Reputation, ClassPermanent},
		{"RCPT TO:<ann@far.example>\n553 5.7.1 <ann@far.example>: Sender address rejected: not owned by user web@lab.example\n421 4.4.2 mx.far.example closing connection", SenderInvalid, ClassPermanent},
		{"421 4.7.0 mx.far.example Error: too many errors", RateLimited, ClassTransient},
		{"250 2.1.0 Ok\n421 4.7.0 [TSS04] Messages from 192.0.2.4 temporarily deferred due to unexpected volume or user complaints", Reputation, ClassTransient},
	})
}

// A log whose first line hands the message to a content filter or the next
// hop (status=sent with the next hop's "250 ... queued as") and whose later
// line bounces or defers it: that line's outcome is the message's.
func TestKindFinal21HandOffThenOutcome(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Jun  2 08:10:11 gw postfix/smtp[901]: 3F1A2B: to=<pat@far.example>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.9, dsn=2.0.0, status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 9C8D7E)\nJun  2 08:10:12 gw postfix/smtp[905]: 9C8D7E: to=<pat@far.example>, relay=mx.far.example[192.0.2.30]:25, delay=1.1, dsn=5.1.1, status=bounced (host mx.far.example[192.0.2.30] said: 550 5.1.1 <pat@far.example>: Recipient address rejected: User unknown (in reply to RCPT TO command))", UserUnknown, ClassPermanent},
		{"Jun  2 08:20:01 gw postfix/lmtp[77]: 11AA22: to=<lin@far.example>, relay=127.0.0.1[127.0.0.1]:11332, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 33BB44)\nJun  2 08:20:02 gw postfix/smtp[78]: 33BB44: to=<lin@far.example>, relay=mx.far.example[192.0.2.31]:25, dsn=4.2.2, status=deferred (host mx.far.example[192.0.2.31] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))", MailboxFull, ClassTransient},
		{"Jun  2 08:30:01 gw postfix/smtp[80]: 55CC66: to=<kim@far.example>, relay=mx.far.example[192.0.2.32]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 77DD88)", Success, ClassSuccess},
	})
}

// An error object whose message stands before its status field
// ("message: '...',\ncode: '...',\nstatusCode: 400"): the message is the
// answer's text, the status its class; the objects of mail libraries carry
// the server's reply, which decides.
func TestKindFinal21ErrorObjectMessage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"message: 'Email address is not verified. The following identities failed the check in region AP-SOUTH-1: news@shop.example',\ncode: 'MessageRejected',\nstatusCode: 400", SenderInvalid, ClassPermanent},
		{"{\n  message: 'Daily message quota exceeded.',\n  code: 'Throttling',\n  statusCode: 400\n}", RateLimited, ClassPermanent},
		{"{ Error: Can't send mail - all recipients were rejected: 550 5.1.1 <lee@far.example>: Recipient address rejected: User unknown in relay recipient table\n  code: 'EENVELOPE',\n  response: '550 5.1.1 <lee@far.example>: Recipient address rejected: User unknown in relay recipient table',\n  responseCode: 550,\n  command: 'RCPT TO' }", UserUnknown, ClassPermanent},
		{"smtplib.SMTPRecipientsRefused: {'lee@far.example': (550, b'5.7.1 <lee@far.example>: Relay access denied')}", RelayDenied, ClassPermanent},
		{"com.sun.mail.smtp.SMTPSendFailedException: 552 5.3.4 Message size exceeds fixed limit;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPSenderFailedException: 552 5.3.4 Message size exceeds fixed limit", MessageTooBig, ClassPermanent},
	})
}

// An HTTP status in an error object's status field ("{ status: 401,
// details: 'Forbidden' }") is read as the status, and when its words are
// only a status's phrase and field names the status decides over the
// generic word; specific words still decide.
func TestKindFinal21HTTPStatusOverGenericWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Error: { status: 401, details: 'Forbidden', type: 'MailgunAPIError' }", AuthFailed, ClassPermanent},
		{"{ status: 401, message: 'Forbidden' }", AuthFailed, ClassPermanent},
		{"{ status: 429, details: 'Too many requests' }", RateLimited, ClassTransient},
		{"{ status: 403, details: 'Forbidden' }", Policy, ClassPermanent},
	})
}

// A fake bounce a mass-mailing worm sends ("Occured_Errors:", numbered
// lines "# 282: mailbox_unavailable"): the numbers are line numbers, not
// reply codes; the words decide.
func TestKindFinal21WormNoticeNumbers(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Occured_Errors:\n\n203.0.113.61_failed_after_I_sent_the_message.\n# 274: This_account_has_been_disabled_[#318].\n# 251: mailbox_unavailable\n\nEnd", MailboxDisabled, ClassPermanent},
		{"Occured_Errors:\n\n198.51.100.9_does_not_like_recipient.\n# 412: This_account_has_been_discontinued_[#77].\n# 233: Giving_up_on_198.51.100.9.\n\nEnd", MailboxDisabled, ClassPermanent},
		{"Occured_Errors:\n\n192.0.2.71_does_not_like_recipient.\n# 227: Remote_host_said:_delivery_error\n# 318: MAILBOX NOT FOUND\n\nEnd", UserUnknown, ClassPermanent},
	})
}

// heldout21's first run, vocabulary: Exim's codeless "Unrouteable mail
// domain" is a domain without a mail route (host-unknown); a delay warning
// worded "Could not send mail for past N hours" is still queued
// (transient), its cause unsaid.
func TestKindFinal21FirstRunVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"unrouteable mail domain \"shop.far.example\"", HostUnknown, ClassPermanent},
		{"** ann@shop.far.example: Unrouteable mail domain", HostUnknown, ClassPermanent},
		{"Warning--Could not send mail for past 4 hours", Unknown, ClassTransient},
	})
}
