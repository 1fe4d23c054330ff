package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/check/checktest"
)

// blocklistZones serve the real list table under bl.test: 192.0.2.99 is on
// Spamhaus ZEN as an exploited host (XBL) and on SpamCop; Spamhaus answers
// 192.0.2.50 with its public-resolver refusal code.
var blocklistZones = []string{
	"99.2.0.192.zen.spamhaus.org.bl.test. 60 IN A 127.0.0.4",
	"99.2.0.192.bl.spamcop.net.bl.test. 60 IN A 127.0.0.2",
	"99.2.0.192.own-list.bl.test. 60 IN A 127.0.0.5",
	"50.2.0.192.zen.spamhaus.org.bl.test. 60 IN A 127.255.255.254",
}

func TestCheckBlocklists(t *testing.T) {
	t.Parallel()
	s := checktest.Healthy("bl-world.test")
	s.Extra = blocklistZones
	w := checktest.New(t, s)
	base := append(append(checkArgs(t, w), "bl-world.test"), blocklistMirrors("bl.test")...)

	// The MX address (127.0.0.1) and the domain are on no list.
	out, errOut, code := runCLI(t, "", append(base, "--blocklists", "-v")...)
	if code != ExitOK {
		t.Fatalf("clean: exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"127.0.0.1 is on none of 6 lists: Spamhaus ZEN, SpamCop, Barracuda, UCEPROTECT Level 1, PSBL, Mailspike", "bl-world.test is on none of 3 lists: Spamhaus DBL, SURBL, URIBL"} {
		if !strings.Contains(out, want) {
			t.Errorf("clean output lacks %q:\n%s", want, out)
		}
	}

	// A listed sending IP fails the check, with the meaning and where to delist.
	out, _, code = runCLI(t, "", append(base, "--sending-ip", "192.0.2.99", "--sending-ip", "192.0.2.50")...)
	if code != ExitFindings {
		t.Fatalf("listed: exit %d\n%s", code, out)
	}
	for _, want := range []string{
		"dnsbl.listed",
		"192.0.2.99 is listed on Spamhaus ZEN (zen.spamhaus.org.bl.test): 127.0.0.4: XBL: exploited or infected host",
		"192.0.2.99 is listed on SpamCop",
		"https://check.spamhaus.org/",
		"could not check 192.0.2.50 on Spamhaus ZEN: query refused",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("listed output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "192.0.2.50 is listed") {
		t.Errorf("a refused query reported as a listing:\n%s", out)
	}

	out, _, code = runCLI(t, "", append(base, "--sending-ip", "192.0.2.99", "--json")...)
	if code != ExitFindings {
		t.Fatalf("json: exit %d", code)
	}
	var doc struct {
		Domains []struct {
			DNSBL []struct {
				List, Subject, Status string
				Codes                 []string
			} `json:"dnsbl"`
		} `json:"domains"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	listed := 0
	for _, r := range doc.Domains[0].DNSBL {
		if r.Status == "listed" {
			listed++
			if r.Subject != "192.0.2.99" {
				t.Errorf("listed: %+v", r)
			}
		}
	}
	// 6 IP lists x 2 addresses + 3 domain lists; 2 listings.
	if len(doc.Domains[0].DNSBL) != 15 || listed != 2 {
		t.Errorf("%d results, %d listed: %+v", len(doc.Domains[0].DNSBL), listed, doc.Domains[0].DNSBL)
	}

	if _, errOut, code := runCLI(t, "", append(base, "--sending-ip", "mail.example.test")...); code != ExitUsage || !strings.Contains(errOut, "not an IP address") {
		t.Errorf("bad --sending-ip: exit %d %q", code, errOut)
	}

	// A list of one's own, chosen alone: only it is asked.
	out, errOut, code = runCLI(t, "", append(checkArgs(t, w), "bl-world.test", "--blocklist", "ip:own-list.bl.test", "--sending-ip", "192.0.2.99", "-v")...)
	if code != ExitFindings || !strings.Contains(out, "192.0.2.99 is listed on own-list.bl.test (own-list.bl.test): 127.0.0.5: return code not documented by the list") ||
		strings.Contains(out, "Spamhaus") {
		t.Errorf("own list: exit %d\n%s\n%s", code, out, errOut)
	}
	if _, errOut, code := runCLI(t, "", append(checkArgs(t, w), "bl-world.test", "--blocklist", "unknown.example=mirror.example")...); code != ExitUsage || !strings.Contains(errOut, "not in the table of lists") {
		t.Errorf("bad --blocklist: exit %d %q", code, errOut)
	}
}
