package relay

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/smtpgw/smtpgw/relay/deliver"
	upstream "github.com/smtpgw/smtpgw/relay/relaytest"
	"github.com/smtpgw/smtpgw/relay/spool"
)

// The test binary doubles as a second process working on a spool, as
// `smtpgw queue delete` does (see TestQueueDeleteWhileReceiving).
func TestMain(m *testing.M) {
	if os.Getenv("SMTPGW_TEST_HELPER") == "queue-delete" {
		os.Exit(queueDeleteLoop(os.Getenv("SMTPGW_TEST_SPOOL"), os.Getenv("SMTPGW_TEST_STOP")))
	}
	os.Exit(m.Run())
}

// queueDeleteLoop deletes every queued message addressed to victim@ until
// the file stop exists, each deletion through a newly opened spool (as one
// `smtpgw queue delete` process does), and prints how many it deleted.
func queueDeleteLoop(dir, stop string) int {
	deleted := 0
	for {
		if _, err := os.Stat(stop); err == nil {
			fmt.Println(deleted)
			return 0
		}
		sp, err := spool.OpenExisting(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		ids, _ := sp.IDs(spool.DirQueue)
		for _, id := range ids {
			m, err := sp.Get(id)
			if err != nil || len(m.Envelope.To) == 0 || !strings.HasPrefix(m.Envelope.To[0], "victim@") {
				continue
			}
			one, err := spool.OpenExisting(dir)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				return 1
			}
			if one.Delete(id) == nil {
				deleted++
			}
			one.Close()
		}
		sp.Close()
	}
}

// TestQueueDeleteWhileReceiving runs `queue delete` from a second process
// in a loop while messages stream into the relay and are delivered: every
// message that got a 250 must be delivered with its own body, and no
// client may get a 4xx for the spool's sake.
func TestQueueDeleteWhileReceiving(t *testing.T) {
	t.Parallel()
	up := upstream.Start(t, upstream.Options{})
	up.RcptReply = func(to string) *smtp.SMTPError {
		if strings.HasPrefix(to, "victim@") {
			return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 7, 1}, Message: "greylisted, try again later"}
		}
		return nil
	}
	dir := t.TempDir()
	mod := func(o *Options) {
		o.Deliver.RetryInitial = time.Hour // victims stay queued until deleted
		o.Deliver.Smarthosts = []deliver.Target{{Host: "sink.example.test", Port: 25, TLS: deliver.TLSNone}}
		o.Deliver.PortMap = map[string]string{"sink.example.test:25": up.Addr}
	}
	stop := t.TempDir() + "/stop"
	helper := exec.Command(os.Args[0], "-test.run=^$")
	helper.Env = append(os.Environ(), "SMTPGW_TEST_HELPER=queue-delete", "SMTPGW_TEST_SPOOL="+dir, "SMTPGW_TEST_STOP="+stop)
	var hout, herr bytes.Buffer
	helper.Stdout, helper.Stderr = &hout, &herr
	if err := helper.Start(); err != nil {
		t.Fatal(err)
	}
	helperDone := false
	t.Cleanup(func() {
		if !helperDone {
			helper.Process.Kill()
			helper.Wait()
		}
	})

	// Each relay start begins its names for recycled files anew: ten
	// relays in turn on the same spool, with the second process running
	// throughout.
	const rounds, senders, perSender = 10, 4, 20
	var mu sync.Mutex
	acked := map[string]string{} // queue id -> token in its body
	var failures []string
	var logs strings.Builder
	for round := range rounds {
		h := startRelay(t, dir, mod)
		var wg sync.WaitGroup
		for s := range senders {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range perSender {
					to := "user@example.test"
					if i%2 == 1 {
						to = "victim@example.test"
					}
					token := fmt.Sprintf("token-%d-%d-%d", round, s, i)
					body := "From: <app@example.test>\r\nTo: <" + to + ">\r\nSubject: " + token + "\r\n\r\n" +
						strings.Repeat(token+" body line\r\n", 1+i*37%300)
					reply, err := send(t, h.addr, "app@example.test", []string{to}, body)
					mu.Lock()
					if err != nil {
						failures = append(failures, token+": "+err.Error())
					} else if to == "user@example.test" {
						acked[reply[strings.LastIndex(reply, " ")+1:]] = token
					}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // returns as soon as all arrived
		for up.Count() < len(acked) && ctx.Err() == nil {
			time.Sleep(20 * time.Millisecond)
		}
		cancel()
		h.stop()
		logs.WriteString(h.logs.String())
	}
	want := len(acked)
	if err := os.WriteFile(stop, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := helper.Wait(); err != nil {
		t.Fatalf("queue delete process: %v\n%s", err, herr.String())
	}
	helperDone = true

	if len(failures) > 0 {
		t.Errorf("%d of %d sends were refused while `queue delete` ran, first: %s", len(failures), rounds*senders*perSender, failures[0])
	}
	got := map[string]int{}
	for _, m := range up.Messages() {
		if strings.Contains(string(m.Data), "victim@") {
			t.Errorf("a message for victim@ (deleted or deferred) was delivered:\n%.300s", m.Data)
			continue
		}
		id := receivedID(string(m.Data))
		token, ok := acked[id]
		if !ok {
			t.Errorf("delivered a message with unknown queue id %q:\n%.300s", id, m.Data)
			continue
		}
		if !strings.Contains(string(m.Data), "Subject: "+token+"\r\n") {
			t.Errorf("queue id %s was delivered with another message's body:\n%.300s", id, m.Data)
		}
		got[id]++
	}
	for id, token := range acked {
		if got[id] == 0 {
			t.Errorf("acknowledged message %s (%s) was never delivered", id, token)
		}
	}
	if t.Failed() {
		t.Logf("upstream count %d; relay log errors:\n%s", up.Count(), grepLines(logs.String(), "ERROR", "WARN", "451"))
	}
	t.Logf("%d acknowledged messages delivered; the second process deleted %s victims", want, strings.TrimSpace(hout.String()))
}

// receivedID is the queue id in the relay's Received: header ("id X").
func receivedID(data string) string {
	i := strings.Index(data, " id ")
	if i < 0 {
		return ""
	}
	rest := data[i+4:]
	if j := strings.IndexAny(rest, " ;\r\n"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

func grepLines(s string, words ...string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		for _, w := range words {
			if strings.Contains(l, w) {
				out = append(out, l)
				break
			}
		}
	}
	return strings.Join(out, "\n")
}
