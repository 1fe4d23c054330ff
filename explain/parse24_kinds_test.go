package explain

import "testing"

// Session 19's parser kinds (parse24; docs/heldout/heldout24-parse.md),
// each in new wording: a JSON record's reply in separate members, a JSON
// record's classifying member names, sendmail's own line after the remote's
// reply, and qmail-remote's phrases (stage; "Giving up on X." in the log).

// parse24Explained parses in and explains it, failing the test when it is
// refused.
func parse24Explained(t *testing.T, in string) Explanation {
	t.Helper()
	r, err := Parse(in)
	if err != nil {
		t.Fatalf("Parse(%q): %v", in, err)
	}
	return Explain(r)
}

// A JSON record whose code is a number member and whose words are another:
// the code is read (maddy's "smtp_code", Mailgun's "delivery-status" code,
// a generic "code" with an enhanced status beside it); an API's own HTTP
// status in a bare "code" or "status" is not an SMTP reply.
func TestKindParse24JSONReplyMembers(t *testing.T) {
	for _, c := range []struct {
		in   string
		code int
		enh  string
		cat  Category
		cls  Class
	}{
		{`remote: RCPT TO error {"attempt":2,"remote_server":"mx.far.example","smtp_code":452,"smtp_enchcode":"4.2.2","smtp_msg":"Quota exceeded for this mailbox, try later"}`, 452, "4.2.2", MailboxFull, ClassTransient},
		{`{"level":"warn","smtp_code":"550","smtp_msg":"No such recipient here"}`, 550, "", UserUnknown, ClassPermanent},
		{"{\n  \"delivery-status\": {\n    \"code\": 552,\n    \"enhanced-code\": \"5.2.2\",\n    \"message\": \"Recipient storage full\",\n    \"attempt-no\": 3\n  },\n  \"severity\": \"permanent\"\n}", 552, "5.2.2", MailboxFull, ClassPermanent},
		{`{"result":"error","code":554,"smtp_status":"5.7.1","detail":"Message refused by local policy"}`, 554, "5.7.1", Policy, ClassPermanent},
		{`{"responseCode":421,"response":"Too many concurrent connections from your host"}`, 421, "", RateLimited, ClassTransient},
	} {
		ex := parse24Explained(t, c.in)
		if ex.Code == nil || *ex.Code != c.code || c.enh != "" && ex.Enhanced != c.enh || ex.Category != c.cat || ex.Class != c.cls {
			code := 0
			if ex.Code != nil {
				code = *ex.Code
			}
			t.Errorf("%q: got %d %s %s/%s, want %d %s %s/%s", c.in, code, ex.Enhanced, ex.Category, ex.Class, c.code, c.enh, c.cat, c.cls)
		}
	}
	// an API's HTTP status in a bare member stays no reply code
	for _, in := range []string{
		`{"code":500,"message":"Internal error while queueing the message"}`,
		`{"status":429,"message":"Too many requests, slow down"}`,
	} {
		r, err := Parse(in)
		if err == nil && r.Code != 0 {
			t.Errorf("%q: read as reply code %d", in, r.Code)
		}
	}
}

// A JSON record's classifying member names reach the rules as label words
// ("reason": "HARDBOUNCE" reads as `reason: "HARDBOUNCE"`): a rule that
// needs the label sees it; other member names stay blank.
func TestKindParse24JSONLabels(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"address":"lu@far.example","reason":"HARDBOUNCE","created":"2026-11-30T09:00:00Z"}`, UserUnknown, ClassPermanent},
		{`{"recipient": "lu@far.example", "reason": "HardBounce"}`, UserUnknown, ClassPermanent},
	})
	if got := withoutJSONKeys(`{"reason":"x","messageId":"y","bounce_type":"z"}`); got != `{ reason: "x",            "y", bounce type: "z"}` {
		t.Errorf("withoutJSONKeys: %q", got)
	}
}

// sendmail's own line for a recipient restates the remote's refusal that
// the transcript holds before it: the remote's words decide.
func TestKindParse24SendmailOwnLine(t *testing.T) {
	checkKinds(t, []kindCase{
		{"----- Transcript of session follows -----\n... while talking to mx.far.example.:\n>>> RCPT To:<lu@far.example>\n<<< 550 Relaying denied for this client\n550 5.1.1 <lu@far.example>... User unknown", RelayDenied, ClassPermanent},
		{"   ----- The following addresses had permanent fatal errors -----\n<lu@far.example>\n    (reason: 550 Mailbox quota exceeded)\n\n   ----- Transcript of session follows -----\n... while talking to mx.far.example.:\n>>> RCPT To:<lu@far.example>\n<<< 550 Mailbox quota exceeded\n550 5.1.1 <lu@far.example>... User unknown", MailboxFull, ClassPermanent},
		// the own line alone decides by its words
		{"550 5.1.1 <lu@far.example>... User unknown", UserUnknown, ClassPermanent},
	})
}

// qmail-remote's phrase names the stage of the reply after it, and its
// "Giving up on X." in qmail-send's log is no expiry.
func TestKindParse24Qmail(t *testing.T) {
	for _, c := range []struct{ in, stage string }{
		{"<lu@far.example>:\nConnected to 192.0.2.31 but sender was rejected.\nRemote host said: 553 not our customer\nGiving up on 192.0.2.31.", "MAIL FROM"},
		{"<lu@far.example>:\nConnected to 192.0.2.31 but greeting failed.\nRemote host said: 554 go away\nGiving up on 192.0.2.31.", "CONNECT"},
		{"<lu@far.example>:\nConnected to 192.0.2.31 but my name was rejected.\nRemote host said: 550 bad helo\nGiving up on 192.0.2.31.", "HELO"},
		{"<lu@far.example>:\n192.0.2.31 failed after I sent the message.\nRemote host said: 554 rejected\n", "END OF DATA"},
	} {
		if ex := parse24Explained(t, c.in); ex.Stage != c.stage {
			t.Errorf("%q: stage %q, want %q", c.in, ex.Stage, c.stage)
		}
	}
	for _, in := range []string{
		"delivery 12: failure: Connected_to_192.0.2.31_but_greeting_failed./Remote_host_said:_554_Go_away/Giving_up_on_192.0.2.31./",
		"delivery 13: failure: 192.0.2.31_failed_after_I_sent_the_message./Remote_host_said:_554_Transaction_failed/Giving_up_on_192.0.2.31./",
	} {
		if ex := parse24Explained(t, in); ex.Category == Expired || ex.Class != ClassPermanent {
			t.Errorf("%q: %s/%s, want no expiry, permanent", in, ex.Category, ex.Class)
		}
	}
	// the queue lifetime is an expiry
	checkKinds(t, []kindCase{
		{"delivery 14: failure: I'm_not_going_to_try_again;_this_message_has_been_in_the_queue_too_long./", Expired, ClassPermanent},
	})
}

// sendmail's own line may be the bare words of an exit status, without the
// address ("501 5.6.0 Data format error" after a refused MAIL FROM,
// "554 5.0.0 Service unavailable"): the remote's reply of the same class
// before it decides; a refusal that only follows from an earlier one does
// not.
func TestKindParse24SendmailExitText(t *testing.T) {
	checkKinds(t, []kindCase{
		{"... while talking to mx.far.example.:\n>>> MAIL From:<app@near.example>\n<<< 553 5.1.8 <app@near.example>... Sender domain has no MX or A record\n501 5.6.0 Data format error", SenderInvalid, ClassPermanent},
		{"... while talking to mx.far.example.:\n>>> RCPT To:<lu@far.example>\n<<< 550 5.7.1 Mail from your network is refused: listed at bl.example\n550 5.1.1 <lu@far.example>... Host unknown", Reputation, ClassPermanent},
		// a temporary remote reply is no restatement of a permanent own line
		{"<<< 451 4.3.0 Temporary lookup failure\n550 5.1.1 <lu@far.example>... User unknown", UserUnknown, ClassPermanent},
	})
	c := candidate{code: 550, text: "Mailbox unavailable: user unknown"}
	if c.sendmailOwnLine() {
		t.Errorf("%q read as sendmail's own line", c.text)
	}
}

// OpenSMTPD's record of a refused login (smtp_session.c's "result=permfail")
// is an authentication failure; its tempfail is not the client's.
func TestKindParse24OpenSMTPDAuth(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mar  2 11:04:19 gw smtpd[5512]: 7f3a11c0de2b4d90 smtp authentication user=lena address=198.51.100.23 host=laptop.near.example result=permfail", AuthFailed, ClassPermanent},
		{"7f3a11c0de2b4d91 smtp event=authentication user=lena result=permfail", AuthFailed, ClassPermanent},
	})
	r, err := Parse("7f3a11c0de2b4d92 smtp authentication user=lena result=tempfail")
	if err == nil {
		if ex := Explain(r); ex.Category == AuthFailed {
			t.Errorf("tempfail read as auth-failed")
		}
	}
}

// A swaks transcript pasted with every line indented: its server lines are
// lines of their own, so the refusal decides over the 221 after QUIT.
func TestKindParse24IndentedSwaks(t *testing.T) {
	checkKinds(t, []kindCase{
		{"    -> MAIL FROM:<ops@near.example>\n    <-  250 2.1.0 Ok\n    -> RCPT TO:<kim@far.example>\n    <** 452 4.2.2 Mailbox full\n    -> QUIT\n    <-  221 2.0.0 Bye", MailboxFull, ClassTransient},
		{"\t ~> AUTH LOGIN\n\t<~  334 VXNlcm5hbWU6\n\t<~* 535 5.7.8 Error: authentication failed\n\t ~> QUIT\n\t<~  221 Bye", AuthFailed, ClassPermanent},
	})
	if swaksServerLine("<** 550 x") || !swaksServerLine("  <** 550 x") || swaksServerLine("  <b>bold</b>") {
		t.Error("swaksServerLine: an unindented line or a tag read wrong")
	}
}

// "Expired" of an address (a dated or disposable one) is not a message's
// queue lifetime; "email not exist" is an address that does not exist.
func TestKindParse24AddressWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.1.1 This alias has expired and no longer receives mail", MailboxDisabled, ClassPermanent},
		{"RCPT TO:<deal-2025@tmp.example>\n550 Address expired", MailboxDisabled, ClassPermanent},
		{"550 E515 Email not exists", UserUnknown, ClassPermanent},
		// the message's own expiry stays expired
		{"Message expired after 5 days in queue", Expired, ClassPermanent},
	})
}

// maddy's log names the refused command before its fields: the stage.
func TestKindParse24MaddyStage(t *testing.T) {
	for _, c := range []struct{ in, stage string }{
		{`smtp: RCPT error {"check":"dnsbl","rcpt":"lu@near.example","smtp_code":554,"smtp_enchcode":"5.7.0","smtp_msg":"Client identity is listed in the used DNSBL"}`, "RCPT TO"},
		{`submission: MAIL FROM error {"smtp_code":550,"smtp_enchcode":"5.7.1","smtp_msg":"Sender not permitted for this login"}`, "MAIL FROM"},
		{`smtp: DATA error {"smtp_code":552,"smtp_enchcode":"5.3.4","smtp_msg":"Message too big"}`, "DATA"},
	} {
		if ex := parse24Explained(t, c.in); ex.Stage != c.stage || ex.Code == nil {
			t.Errorf("%.40q: stage %q code %v, want %q and a code", c.in, ex.Stage, ex.Code, c.stage)
		}
	}
}

// An application's own label of the code before the library's quoted reply
// ("Mail failed. Code: 553 Detail: Expected response code ... with message
// \"553 ...\"") does not cut the reply's words off.
func TestKindParse24LibraryMessageLine(t *testing.T) {
	checkKinds(t, []kindCase{
		{`{"message":"Mailer error. Code: 552 Detail: Expected response code \"250\" but got code \"552\", with message \"552 \"Message size exceeds fixed maximum message size\"\".","level_name":"ERROR"}`, MessageTooBig, ClassPermanent},
		{`[2026-12-07 10:01:02] app.ERROR: Send failed (code 451): Expected response code "250" but got code "451", with message "451 4.7.1 Greylisted, please retry in 300 seconds".`, Greylisted, ClassTransient},
	})
}
