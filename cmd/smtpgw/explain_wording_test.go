package main

import (
	"encoding/json"
	"testing"
)

// The wording kinds of issue 10 item 8, through the command: one reply of
// each kind as a user pastes it, the category and class `smtpgw explain
// --json` gives, and the rule that decided.
func TestExplainWordingKinds(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, in  string
		cat, cls  string
		rulePrefx string
	}{
		{"queue expiry", "550 4.4.7 QUEUE.Expired; message expired", "expired", "permanent", ""},
		{"expiry in days", "554 5.4.7 Could not deliver for 5 days - giving up", "expired", "permanent", "wording.expired"},
		{"DNS try again", "450 4.4.3 Host or domain name not found. Name service error for name=b.example type=MX: Host not found, try again", "network", "transient", "wording.dns-try-again"},
		{"DNS try again at RCPT", "450 4.1.2 <a@b.example>: Recipient address rejected: Domain not found; DNS lookup temporarily failed, try again", "network", "transient", "wording.dns-try-again-rcpt"},
		{"locked mailbox beats X.7.1", "550 5.7.1 <a@b.example>: Recipient address rejected: the account is locked", "mailbox-disabled", "permanent", "wording.mailbox-locked"},
		{"frozen mailbox", "550 Mailbox is frozen", "mailbox-disabled", "permanent", "wording.mailbox-locked"},
		{"suspended, X.7.13", "550 5.7.13 The mailbox of the recipient is suspended and cannot receive messages.", "mailbox-disabled", "permanent", ""},
		{"hourly limit", "550 Domain a.example has exceeded the max emails per hour (500/500 (100%)) allowed.  Message discarded.", "rate-limited", "permanent", "wording.volume-limit"},
		{"daily limit", "421 4.7.0 Daily quota of 2000 messages exceeded for this sender, try again tomorrow", "rate-limited", "transient", "wording.volume-limit"},
		{"reverse DNS", "550 IP name lookup failed for 192.0.2.7", "ptr-required", "permanent", "wording.reverse-dns"},
		{"relay refusal that names the lookup stays relay", "550 5.7.1 <a@b.example>... Relaying denied. IP name lookup failed [192.0.2.7]", "relay-denied", "permanent", ""},
		{"multiple From", "550-5.7.1 [192.0.2.7] Messages with multiple addresses in From: header are not accepted. gsmtp", "rfc-noncompliant", "permanent", "wording.header-syntax"},
		{"missing Date", "550 Message header missing or invalid: Date: header is missing", "rfc-noncompliant", "permanent", "wording.header-syntax"},
		{"unrecognised command", "500 5.3.3 Unrecognized command 'XEXCH50'", "syntax", "permanent", "wording.unrecognised-command"},
		{"URL blocklist", "554 5.7.1 Message rejected: the message contained a URL that is listed on a URI blocklist", "spam-content", "permanent", "wording.url-blocklist"},
		{"URL in DBL is content, not IP reputation", "550-Message rejected: the message contains a link to a domain listed in\n550 dbl.spamhaus.org (uri blocklist)", "spam-content", "permanent", "wording.url-blocklist"},
		{"executable attachment", "550 Executable attachments are not accepted. Contact your postmaster for details.", "policy", "permanent", "wording.attachment-policy"},
		{"qmail rcpthosts", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", "relay-denied", "permanent", ""},
		{"Mimecast greylisting", "451 Internal resource is temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451", "greylisted", "transient", ""},
		{"gateway greylisting", "451 4.7.1 Greylisting in action, please come back later", "greylisted", "transient", ""},
		{"German", "552 5.2.2 Postfach voll - Mailbox full", "mailbox-full", "permanent", ""},
		// (the French words alone: with Orange's code OFR_416 the code decides, rule orange.code-user)
		{"French (Orange)", "550 5.2.0 <a@b.example>: Adresse d'au moins un destinataire invalide. Invalid recipient.", "user-unknown", "permanent", "wording.intl-user-unknown"},
		{"Orange code", "550 5.2.0 <a@b.example>: Adresse d'au moins un destinataire invalide. Invalid recipient. OFR_416 [416]", "user-unknown", "permanent", "orange.code-user"},
		{"Spanish", "550 5.2.1 Cuenta deshabilitada", "mailbox-disabled", "permanent", "wording.mailbox-locked"},
		{"Italian", "552 5.3.4 Messaggio troppo grande", "message-too-big", "permanent", ""},
		{"Portuguese", "550 5.2.1 Conta bloqueada", "mailbox-disabled", "permanent", "wording.mailbox-locked"},
		{"Japanese", "554 5.7.1 迷惑メールと判定されたため受信を拒否しました", "spam-content", "permanent", "wording.spam-classified"},
		{"Russian, capitalised", "550 5.1.1 Пользователь не найден", "user-unknown", "permanent", "wording.intl-user-unknown"},
		{"expiry without a code", "retry timeout exceeded", "expired", "permanent", "wording.expired"},
		{"DNS try again without a code", "Host or domain name not found. Name service error for name=b.example type=MX: Host not found, try again", "network", "transient", "wording.dns-try-again"},
		{"locked account without a code", "account is locked", "mailbox-disabled", "permanent", "wording.mailbox-locked"},
		{"URL blocklist without a code", "Message contains a URL listed in a URI blocklist (SURBL)", "spam-content", "permanent", "wording.url-blocklist"},
		{"qmail bounce text", "Sorry, I couldn't find any host named b.example. (#5.1.2)", "host-unknown", "permanent", ""},
		{"Chinese (NetEase)", "451 MI:DMC 当前连接发送的邮件数量超出限制。请控制每次连接中投递的邮件数量", "rate-limited", "transient", "netease.limit"}, // NetEase's own code (MI:DMC) decides over its Chinese wording (same verdict)
	}
	for _, c := range cases {
		out, errOut, code := runCLI(t, "", "explain", "--json", c.in)
		if code != 0 {
			t.Errorf("%s: exit %d, stderr %q", c.name, code, errOut)
			continue
		}
		var e struct {
			Category, Class, Rule string
		}
		if err := json.Unmarshal([]byte(out), &e); err != nil {
			t.Errorf("%s: %v\n%s", c.name, err, out)
			continue
		}
		if e.Category != c.cat || e.Class != c.cls || (c.rulePrefx != "" && e.Rule != c.rulePrefx) {
			t.Errorf("%s: %q\n\tgot %s/%s (rule %q), want %s/%s (rule %q)", c.name, c.in, e.Category, e.Class, e.Rule, c.cat, c.cls, c.rulePrefx)
		}
	}
}
