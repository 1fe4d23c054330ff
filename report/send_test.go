package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/send"
	"github.com/smtpgw/smtpgw/smtpwire"
)

func TestWriteSendVerdict(t *testing.T) {
	t.Parallel()
	ok := []send.RecipientResult{{Address: "a@example.test", Status: send.Accepted, Code: 250}}
	for _, tc := range []struct {
		v    send.Verdict
		want []string
	}{
		{send.Verdict{Status: send.Accepted, Stage: send.StageMessage, Server: "mx.example.test[192.0.2.1]:25", QueueID: "4Xyz", Recipients: ok},
			[]string{"ACCEPTED by mx.example.test[192.0.2.1]:25 for 1/1 recipients, queue id 4Xyz\n"}},
		{send.Verdict{Status: send.Rejected, Stage: send.StageRcpt, Server: "s:25", Code: 550, Enhanced: "5.1.1", Reason: "No such user (550 5.1.1 User unknown)",
			Category: explain.UserUnknown, Class: explain.ClassPermanent, Remediation: "Check the address.", Recipients: []send.RecipientResult{{Address: "x@example.test", Status: send.Rejected, Code: 550}}},
			[]string{"REJECTED at RCPT TO by s:25: No such user (550 5.1.1 User unknown) [user-unknown, permanent]\n", "  next: Check the address.\n"}},
		{send.Verdict{Status: send.Failed, Stage: send.StageConnect, Reason: "cannot connect", Attempts: 3, Recipients: ok},
			[]string{"FAILED at CONNECT: cannot connect (after 3 attempts)\n"}},
		{send.Verdict{Status: send.Stopped, Stage: send.StageRcpt, Server: "s:25", Recipients: ok},
			[]string{"STOPPED after rcpt at s:25 as asked (quit after rcpt): 1/1 recipients accepted\n"}},
		{send.Verdict{Status: send.Partial, Stage: send.StageRcpt, Server: "s:25", Reason: "1 of 2 not accepted", Code: 451, Class: explain.ClassTransient, Category: explain.Greylisted,
			Recipients: append(ok, send.RecipientResult{Address: "longer.name@example.test", Status: send.Deferred, Code: 451, Enhanced: "4.7.1", Text: "greylisted", Category: explain.Greylisted})},
			[]string{"PARTIAL by s:25 for 1/2 recipients; not accepted at RCPT TO: 1 of 2 not accepted [greylisted, temporary]\n",
				"  accepted a@example.test            250\n", "  deferred longer.name@example.test  451 4.7.1 greylisted [greylisted]\n"}},
	} {
		var b bytes.Buffer
		if err := WriteSendVerdict(&b, tc.v, false, 0); err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: output lacks %q:\n%s", tc.v.Status, w, b.String())
			}
		}
		if strings.Contains(b.String(), "\x1b[") {
			t.Errorf("ANSI codes without color: %q", b.String())
		}
	}
}

func TestSendLiveExplainsReplies(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	l := NewSendLive(&b, false, 0)
	pref := 10
	a := &send.Attempt{Host: "mx.example.test", Addr: "192.0.2.1", Port: 25, MXPreference: &pref}
	l.Handle(send.Event{Kind: send.EventAttempt, Attempt: a})
	l.Handle(send.Event{Kind: send.EventLine, Line: smtpwire.Event{At: 12 * time.Millisecond, Dir: smtpwire.Server, Line: "451 4.7.1 Greylisted"}})
	e := explain.Explanation{Class: explain.ClassTransient, Category: explain.Greylisted, Summary: "Greylisted.", Remediation: []string{"Wait and retry."}}
	l.Handle(send.Event{Kind: send.EventStep, Step: &send.Step{Code: 451, Explanation: &e}})
	l.Handle(send.Event{Kind: send.EventStep, Step: &send.Step{Code: 250}})
	want := "=== mx.example.test[192.0.2.1]:25 (MX preference 10)\n" +
		"    12ms S: 451 4.7.1 Greylisted\n" +
		"           ^ temporary, greylisted: Greylisted.\n" +
		"           ^ next: Wait and retry.\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestWriteLoadSummary(t *testing.T) {
	t.Parallel()
	r := &send.LoadResult{Count: 10, Concurrency: 2, Connections: 2, Server: "s:25", ElapsedMS: 500, MsgsPerSec: 16,
		ByStatus: map[send.Status]int{send.Accepted: 8, send.Deferred: 2}, ByCategory: map[string]int{"greylisted": 2},
		Samples: []send.LoadSample{{Status: send.Deferred, Stage: send.StageRcpt, Category: explain.Greylisted, Reason: "greylisted", Count: 2}}, Verdict: send.Partial}
	var b bytes.Buffer
	if err := WriteLoadSummary(&b, r, false, 0); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Sent 10 messages over 2 connection(s) to s:25 in 0.50 s: 16.0 msgs/s", "  accepted  8\n", "  deferred  2\n", "  greylisted       2\n",
		"DEFERRED 2x greylisted at RCPT TO: greylisted", "PARTIAL 8/10 messages accepted"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("lacks %q:\n%s", w, b.String())
		}
	}
}
