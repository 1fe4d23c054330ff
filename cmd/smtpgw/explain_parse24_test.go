package main

import "testing"

// Helper parse24's parser kinds through the command, in new wording: a JSON
// record's reply in separate members, sendmail's own line after the
// remote's reply, and qmail-send's "Giving_up_on" in its log.
func TestExplainParse24Forms(t *testing.T) {
	t.Parallel()
	checkArgVerdicts(t, []argVerdict{
		{`smtp: MAIL FROM error {"msg_id":"3a9f01","smtp_code":451,"smtp_enchcode":"4.7.1","smtp_msg":"Greylisted, please try again in 5 minutes"}`, "greylisted", "transient"},
		{"----- Transcript of session follows -----\n>>> RCPT To:<nils@berg.example>\n<<< 550 This mailbox has been disabled\n550 5.1.1 <nils@berg.example>... User unknown", "mailbox-disabled", "permanent"},
		{"delivery 31: failure: Connected_to_198.51.100.40_but_sender_was_rejected./Remote_host_said:_553_Sender_domain_does_not_exist/Giving_up_on_198.51.100.40./", "sender-invalid", "permanent"},
	})
}
