package main

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/internal/testsmtp"
)

func relayArgs(dns *testdns.Server, srv *testsmtp.Relay) []string {
	return []string{"--resolver", dns.Addr, "--timeout", "10s", "probe", "relay.example.test", "--ports", "25",
		"--port-map", "25=:" + strconv.Itoa(srv.Port), "--helo", "probe.example.test", "--open-relay"}
}

func TestProbeOpenRelay(t *testing.T) {
	t.Parallel()
	dns := testdns.Start(t, "relay.example.test. 300 IN MX 10 mx.relay.example.test.", "mx.relay.example.test. 300 IN A 127.0.0.1")

	open := testsmtp.StartRelay(t, "relay.example.test", true)
	out, errOut, code := runCLI(t, "", append(relayArgs(dns, open), "--relay-from", "probe@sender.example", "--relay-to", "probe@elsewhere.example")...)
	if code != ExitFindings {
		t.Fatalf("open relay: exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{
		"relay.open", "open relay (plain): the server accepted a foreign recipient from an outside sender: RCPT TO:<probe@elsewhere.example>",
		"open relay (null sender)", "possible open relay (percent hack): the server accepted RCPT TO:<probe%elsewhere.example@relay.example.test>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("open relay output lacks %q:\n%s", want, out)
		}
	}
	if open.DataCount() != 0 || !strings.Contains(strings.Join(open.Rcpts(), " "), "probe@elsewhere.example") {
		t.Errorf("DATA %d, RCPT %v", open.DataCount(), open.Rcpts())
	}

	closed := testsmtp.StartRelay(t, "relay.example.test", false)
	out, errOut, code = runCLI(t, "", append(relayArgs(dns, closed), "--all")...)
	if code != ExitOK {
		t.Fatalf("closed relay: exit %d\n%s\n%s", code, out, errOut)
	}
	if strings.Count(out, "PASS relay.closed") != 8 || !strings.Contains(out, "no relay (percent hack): RCPT TO:<relay-test%recipient.example@relay.example.test> refused: 554 5.7.1") || strings.Contains(out, "relay.open") {
		t.Errorf("closed relay output:\n%s", out)
	}
	out, _, _ = runCLI(t, "", append(relayArgs(dns, closed), "--json")...)
	var doc struct {
		Targets []struct {
			Connections []struct {
				Relay []struct {
					Variant, Rcpt, Outcome string
					Reply                  struct{ Code int }
				} `json:"relay"`
			} `json:"connections"`
		} `json:"targets"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	rs := doc.Targets[0].Connections[0].Relay
	if len(rs) != 8 || rs[0].Variant != "plain" || rs[0].Outcome != "refused" || rs[0].Reply.Code != 554 || rs[3].Rcpt != "RCPT TO:<relay-test@[192.0.2.1]>" {
		t.Errorf("json relay: %+v", rs)
	}

	for _, args := range [][]string{
		{"probe", "relay.example.test", "--relay-to", "x@elsewhere.example"},
		{"probe", "relay.example.test", "--open-relay", "--relay-to", "not-an-address"},
	} {
		if _, errOut, code := runCLI(t, "", args...); code != ExitUsage || !strings.Contains(errOut, "relay") {
			t.Errorf("%v: exit %d %q", args, code, errOut)
		}
	}
}
