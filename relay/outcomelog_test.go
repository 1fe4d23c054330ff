package relay

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/relay/deliver"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
)

// unknownOrGreylisted answers RCPT TO as Postfix would for an unknown user
// (bad@: 550 5.1.1) and under postgrey (later@: 450 4.2.0); others pass.
func unknownOrGreylisted(to string) *smtp.SMTPError {
	switch {
	case strings.HasPrefix(to, "bad@"):
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "<bad@example.test>: Recipient address rejected: User unknown in virtual mailbox table"}
	case strings.HasPrefix(to, "later@"):
		return &smtp.SMTPError{Code: 450, EnhancedCode: smtp.EnhancedCode{4, 2, 0}, Message: "<later@example.test>: Recipient address rejected: Greylisted, see https://postgrey.schweikert.ch/help/example.test.html"}
	}
	return nil
}

// Every delivery outcome is one log line per recipient with the message
// id, the recipient and its domain, the remote host, the reply, and
// explain's category and summary of the reply (what `smtpgw explain`
// says of it).
func TestDeliveryOutcomeLogLines(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	up.RcptReply = unknownOrGreylisted
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
		o.Deliver.RetryInitial, o.Deliver.RetryMax = time.Hour, time.Hour
	})
	rcpts := []string{"ok@example.test", "bad@example.test", "later@example.test"}
	if _, err := send(t, h.addr, "app@example.test", rcpts, testMessage("outcomes")); err != nil {
		t.Fatal(err)
	}
	type line struct {
		Level, Msg, ID, Recipient, Domain, Host, Reply, Category, Summary, Delay string
	}
	want := map[string]struct{ level, msg, category, replyPrefix string }{
		"ok@example.test":    {"INFO", deliver.LogDelivered, "success", "250 "},
		"bad@example.test":   {"WARN", deliver.LogFailed, "user-unknown", "550 5.1.1 "},
		"later@example.test": {"INFO", deliver.LogDeferred, "greylisted", "450 4.2.0 "},
	}
	got := map[string]line{}
	waitFor(t, "three outcome lines", 10*time.Second, func() bool {
		got = map[string]line{}
		for _, s := range strings.Split(h.logs.String(), "\n") {
			var l line
			if json.Unmarshal([]byte(s), &l) != nil {
				continue
			}
			if l.Msg == deliver.LogDelivered || l.Msg == deliver.LogFailed || l.Msg == deliver.LogDeferred {
				if _, dup := got[l.Recipient]; dup {
					t.Errorf("two outcome lines for %s in one attempt", l.Recipient)
				}
				got[l.Recipient] = l
			}
		}
		return len(got) == 3 && strings.Contains(h.logs.String(), `"msg":"message deferred"`)
	})
	var id string
	for _, r := range rcpts {
		l, w := got[r], want[r]
		if id == "" {
			id = l.ID
		}
		ex, err := explain.ExplainText(l.Reply)
		if err != nil {
			t.Fatalf("%s: reply %q: %v", r, l.Reply, err)
		}
		if l.Level != w.level || l.Msg != w.msg || l.ID == "" || l.ID != id || l.Domain != "example.test" || l.Host != "sink.example.test" ||
			!strings.HasPrefix(l.Reply, w.replyPrefix) || l.Category != w.category || l.Category != string(ex.Category) || l.Summary != ex.Summary || l.Summary == "" {
			t.Errorf("%s: %+v\nwant %+v, explain says %s: %s", r, l, w, ex.Category, ex.Summary)
		}
		if (l.Msg == deliver.LogDelivered) != (l.Delay != "") {
			t.Errorf("%s: delay %q", r, l.Delay)
		}
	}
}

// An outcome decided without reaching any host (the recipient domain does
// not exist) is the same line, without a host (an absent value is left
// out, docs/json.md).
func TestDeliveryOutcomeLogLineWithoutHost(t *testing.T) {
	t.Parallel()
	res := mxSetup(t)
	h := startRelay(t, "", func(o *Options) { o.Deliver.Resolver = res })
	if _, err := send(t, h.addr, "app@example.test", []string{"user@nx.test"}, testMessage("nx")); err != nil {
		t.Fatal(err)
	}
	type line struct{ Level, Msg, ID, Recipient, Domain, Host, Reply, Category, Summary string }
	var l line
	var raw string
	waitFor(t, "the failed line", 10*time.Second, func() bool {
		for _, s := range strings.Split(h.logs.String(), "\n") {
			l = line{} // each line decoded on its own: no member left from another
			if json.Unmarshal([]byte(s), &l) == nil && l.Msg == deliver.LogFailed {
				raw = s
				return true
			}
		}
		return false
	})
	ex, _ := explain.ExplainText(l.Reply)
	if l.Level != "WARN" || l.Recipient != "user@nx.test" || l.Domain != "nx.test" || l.Host != "" || !strings.HasPrefix(l.Reply, "550 5.1.2 ") ||
		l.Category != string(ex.Category) || l.Category != "host-unknown" || l.Summary != ex.Summary {
		t.Errorf("%+v (explain: %s)", l, ex.Category)
	}
	if strings.Contains(raw, `"host"`) {
		t.Errorf("a host member without a host: %s", raw)
	}
}
