package main

import "testing"

// The forms held-out batch 18-prov found, through the command (new
// wording, not rows of the batch): each paste piped whole gives exactly one
// explanation, the same as the text given as the argument.
//
//   - a client library's lead that names the command, before a
//     non-standard code (Nodemailer's "Invalid login: 461 ..."): the code is
//     the reply's, its class from the first digit;
//   - a NetEase code in a Postfix bounce wrapped over two lines;
//   - a Spectrum AUP code of a documented range behind generic words;
//   - a codeless envelope/header sender mismatch in Chinese;
//   - (batch c) providers' bounce layouts piped whole: 1&1's "For the
//     following reason:" block and au EZweb's queue-lifetime notice.
func TestExplainProv18FormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"Error: Invalid login: 461 ERR.LOGIN.PASSWORD", "auth-failed", "transient", 461},
		{"<wu.lei@126.example>: host 126mx02.mxmail.netease.example[192.0.2.31] said: 550 MI:SPF\n    126 mx6,QQQ 1718000020 (in reply to end of DATA command)", "sender-auth", "permanent", 550},
		{"550 5.1.0 <kim@rr.example> sender rejected AUP#O-1040", "policy", "permanent", 550},
		{"邮件被拒收：信封发件人和信头发件人不匹配", "policy", "permanent", 0},
		{"The following address failed:\n\nola@site.example\n\nFor the following reason:\n\nMail size limit exceeded. For explanation visit\nhttp://postmaster.mail.example/en/error-messages?ip=192.0.2.8&c=size", "message-too-big", "permanent", 0},
		{"Your message was not delivered within 3 days and 0 hours.\nRemote host is not responding.", "expired", "permanent", 0},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if len(ms) != 1 || ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %d explanation(s) %v, argument %v/%v code %v, want %s/%s code %v", c.in, len(ms), ms, arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}
