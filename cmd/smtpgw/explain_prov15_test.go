package main

import "testing"

// The input forms held-out batch 15-prov found, through the command (new
// wording, not rows of the batch): each paste piped whole gives exactly
// one explanation, the same as the text given as the argument.
//
//   - a code between a mail client's "server error" words and a colon
//     ("Serverfehler 550: ...");
//   - a client's alert whose reply has only an enhanced code, with a HELO
//     judged odd and a missing reverse DNS.
func TestExplainProv15FormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
		code           float64
	}{
		{"SMTP-Fehler 552: Message size exceeds fixed limit", "message-too-big", "permanent", 552},
		{"Serverfehler 550: Send quota exceeded for today", "rate-limited", "permanent", 550},
		{"Errore del server 421: Too many connections, try later", "rate-limited", "transient", 421},
		{"An error occurred while sending mail. The mail server responded:\n5.7.1 Blocked - odd HELO [[192.0.2.9]] and missing reverse DNS [203.0.113.9].", "ptr-required", "permanent", 0},
	} {
		ms := explainStdinLines(t, []string{c.in}) // (one input of many lines: exactly one explanation)
		arg := explainJSON(t, c.in)
		code, _ := arg["code"].(float64)
		if ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class || code != c.code {
			t.Errorf("%.50q: stdin %v/%v, argument %v/%v code %v, want %s/%s code %v", c.in, ms[0]["category"], ms[0]["class"], arg["category"], arg["class"], arg["code"], c.cat, c.class, c.code)
		}
	}
}

// Batch 15-prov b's forms through the command (new wording): Outlook
// Express's dialog in Japanese with its setting fields, and a client's
// two-line notification without a code.
func TestExplainProv15bFormsStdinAndArgument(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in, cat, class string
	}{
		{"サーバーへの接続は失敗しました。 アカウント : 'mail.example', サーバー : 'smtp.isp.example', プロトコル : SMTP, ポート : 25, セキュリティ (SSL): なし, ソケット エラー : 10060, エラー番号 : 0x800CCC0E", "network", "transient"},
		{"Failed to send some messages\nSender address refused", "sender-invalid", "permanent"},
	} {
		ms := explainStdinLines(t, []string{c.in})
		arg := explainJSON(t, c.in)
		if ms[0]["category"] != c.cat || ms[0]["class"] != c.class || arg["category"] != c.cat || arg["class"] != c.class {
			t.Errorf("%.50q: stdin %v/%v, argument %v/%v, want %s/%s", c.in, ms[0]["category"], ms[0]["class"], arg["category"], arg["class"], c.cat, c.class)
		}
	}
}
