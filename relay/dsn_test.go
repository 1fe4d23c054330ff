package relay

import (
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/relay/deliver"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
	"github.com/smtpgw/smtpgw/relay/spool"
)

// A message to three recipients: one refused with 550, one deferred until
// the message expires, one delivered. The sender gets the DSN for the 550
// while the deferred recipient is still being retried, one delay DSN
// after DelayWarning, and a DSN for the expired recipient carrying the
// last remote reply; the 550 is reported once.
func TestDSNWhenRecipientsFail(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	up.RcptReply = func(to string) *smtp.SMTPError {
		switch {
		case strings.HasPrefix(to, "nobody@"):
			return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "<nobody@example.test>: Recipient address rejected: User unknown"}
		case strings.HasPrefix(to, "slow@"):
			return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 7, 1}, Message: "<slow@example.test>: Recipient address rejected: greylisted, try again later"}
		}
		return nil
	}
	h := startRelay(t, "", func(o *Options) {
		o.Deliver.Bounce = true
		o.Deliver.DelayWarning = 300 * time.Millisecond
		o.Deliver.MaxQueueTime = 4 * time.Second
		// greylisting replies are retried after 200ms here, not 6 minutes
		ps, err := deliver.Profiles(deliver.BuiltinProfiles(5)).Override("default", [][2]string{{"greylist", "200ms"}})
		if err != nil {
			t.Fatal(err)
		}
		o.Deliver.Profiles = ps
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
	})
	reply, err := send(t, h.addr, "app@example.test", []string{"user@example.test", "nobody@example.test", "slow@example.test"}, testMessage("three"))
	if err != nil {
		t.Fatal(err)
	}
	id := reply[strings.LastIndex(reply, " ")+1:]
	dsns := func() (failed, delayed []string) {
		for _, m := range up.Messages() {
			if m.From != "" {
				continue
			}
			d := string(m.Data)
			switch {
			case strings.Contains(d, "Action: delayed"):
				delayed = append(delayed, d)
			case strings.Contains(d, "Action: failed"):
				failed = append(failed, d)
			}
		}
		return
	}
	// the 550's DSN comes while slow@ is still queued
	waitFor(t, "the DSN for nobody@", 10*time.Second, func() bool { f, _ := dsns(); return len(f) == 1 })
	sp, err := spool.OpenExisting(h.spool)
	if err != nil {
		t.Fatal(err)
	}
	defer sp.Close()
	m, err := sp.Get(id)
	if err != nil || m.Where != spool.DirQueue {
		t.Fatalf("the message should still be queued for slow@: %+v %v", m, err)
	}
	failed, _ := dsns()
	for _, want := range []string{"Final-Recipient: rfc822; nobody@example.test\r\nAction: failed\r\nStatus: 5.1.1\r\nRemote-MTA: dns; sink.example.test\r\n" +
		"Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown\r\n"} {
		if !strings.Contains(failed[0], want) {
			t.Errorf("first DSN lacks %q:\n%s", want, failed[0])
		}
	}
	if strings.Contains(failed[0], "slow@") && strings.Contains(failed[0], "Final-Recipient: rfc822; slow@") {
		t.Errorf("first DSN reports slow@, still pending:\n%s", failed[0])
	}

	// then the message expires: a second failure DSN, for slow@ only
	waitFor(t, "the DSN for the expired slow@", 15*time.Second, func() bool { f, _ := dsns(); return len(f) == 2 })
	waitFor(t, "failed/", 5*time.Second, func() bool { m, err := sp.Get(id); return err == nil && m.Where == spool.DirFailed })
	failed, delayed := dsns()
	for _, want := range []string{"Final-Recipient: rfc822; slow@example.test\r\nAction: failed\r\nStatus: 4.4.7\r\nRemote-MTA: dns; sink.example.test\r\n" +
		"Diagnostic-Code: smtp; 451 4.7.1 <slow@example.test>: Recipient address rejected: greylisted, try again later\r\n"} {
		if !strings.Contains(failed[1], want) {
			t.Errorf("expiry DSN lacks %q:\n%s", want, failed[1])
		}
	}
	if strings.Contains(failed[1], "Final-Recipient: rfc822; nobody@") {
		t.Errorf("nobody@ reported twice:\n%s", failed[1])
	}
	if len(delayed) != 1 {
		t.Fatalf("%d delay DSNs, want exactly one", len(delayed))
	}
	for _, want := range []string{"Subject: Delayed Mail (still being retried)", "Final-Recipient: rfc822; slow@example.test\r\nAction: delayed\r\nStatus: 4.7.1\r\n",
		"Diagnostic-Code: smtp; 451 4.7.1 <slow@example.test>", "Will-Retry-Until: "} {
		if !strings.Contains(delayed[0], want) {
			t.Errorf("delay DSN lacks %q:\n%s", want, delayed[0])
		}
	}
	if strings.Contains(delayed[0], "Final-Recipient: rfc822; nobody@") || strings.Contains(delayed[0], "Final-Recipient: rfc822; user@") {
		t.Errorf("delay DSN reports a recipient that is not pending:\n%s", delayed[0])
	}
	// user@ got the message once
	n := 0
	for _, m := range up.Messages() {
		if m.From == "app@example.test" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the original was delivered %d times, want once (to user@)", n)
	}
	if m, _ := sp.Get(id); m.State.Rcpts[1].Notified != "failed" || m.State.Rcpts[2].Notified != "failed" || m.State.DelayNotified.IsZero() {
		t.Errorf("state does not record the DSNs: %+v", m.State)
	}
}
