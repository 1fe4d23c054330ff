package diagnose

import (
	"context"
	"fmt"
	"net"
	"strings"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/resolver"
)

// port25 classifies the port-25 connections to the recipient's MX hosts.
func port25(conns []*probe.Connection) Port25 {
	if len(conns) == 0 {
		return Port25NotTried
	}
	var timeout, refused, reset int
	for _, c := range conns {
		if c.Connected && c.Greeting != nil {
			return Port25Open
		}
		switch {
		case !c.Connected && c.ConnectErrorKind == "timeout":
			timeout++
		case !c.Connected && c.ConnectErrorKind == "refused":
			refused++
		case isReset(c.Error) || isReset(c.ConnectError):
			reset++
		}
	}
	switch len(conns) {
	case timeout:
		return Port25Blocked
	case refused:
		return Port25Refused
	case reset:
		return Port25Reset
	}
	return Port25Mixed
}

func isReset(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "connection reset") || strings.Contains(s, "broken pipe")
}

func connList(conns []*probe.Connection) []string {
	var ev []string
	for _, c := range conns {
		why := c.ConnectError
		if why == "" {
			why = c.Error
		}
		ev = append(ev, c.Target.String()+": "+why)
	}
	return ev
}

func port25Findings(domain string, p Port25, conns []*probe.Connection) []finding.Finding {
	t := finding.Target{Domain: domain, Port: 25}
	switch p {
	case Port25Blocked:
		return []finding.Finding{{
			ID: IDPort25Blocked, Status: finding.Fail, Target: t,
			Summary: fmt.Sprintf("every connection to port 25 of %s's MX hosts timed out (%s): outbound port 25 is most likely blocked on this network", domain, addrs(len(conns))),
			Detail:  "A refused connection comes back at once; a silent drop on every address of every MX host is what a network or cloud provider's port-25 block looks like (AWS, Azure, GCP and most residential ISPs block it by default).",
			Remediation: []string{
				"Send through your provider's relay or a mail service on port 587 with authentication",
				"Or ask the network or cloud provider to lift the port-25 block for this machine",
				"Confirm from another network: smtpgw probe " + domain,
			},
			Evidence: connList(conns),
		}}
	case Port25Refused:
		return []finding.Finding{{
			ID: IDPort25Refused, Status: finding.Fail, Target: t,
			Summary:     fmt.Sprintf("every MX address of %s refused the connection on port 25 (%s)", domain, addrs(len(conns))),
			Detail:      "Nothing listens on port 25 there, or a firewall in front of it rejects connections. If other hosts reach it, a firewall may be refusing this network only.",
			Remediation: []string{"The recipient's mail administrator must run a mail server on port 25 of the MX hosts, or fix the MX records to point at one"},
			Evidence:    connList(conns),
		}}
	case Port25Reset:
		return []finding.Finding{{
			ID: IDPort25Reset, Status: finding.Fail, Target: t,
			Summary:     fmt.Sprintf("the connections to %s's MX hosts were reset before a greeting (%s)", domain, addrs(len(conns))),
			Detail:      "A reset right after connecting is what a receiver's connection-level block (an IP reputation or rate rule) or a middlebox in between looks like.",
			Remediation: []string{"Check the sending IP's reputation (diagnose again with the sending IP given) and ask the recipient's administrator whether they block this address"},
			Evidence:    connList(conns),
		}}
	}
	return nil
}

// fcrdns checks forward-confirmed reverse DNS of a sending IP.
func fcrdns(ctx context.Context, r *resolver.Resolver, ip net.IP, helo string) finding.Finding {
	a := ip.String()
	f := finding.Finding{ID: IDSenderPTR, Target: finding.Target{Addr: a}, Remediation: []string{}}
	names, ans, err := r.PTR(ctx, ip)
	if ans != nil && ans.Msg != nil {
		f.Evidence = ans.Strings()
	}
	want := "mail.example.com"
	if helo != "" {
		want = helo
	}
	fix := "Ask the owner of " + a + " (your hosting or network provider) to set its PTR record to your mail host name (" + want + "), and make that name resolve to " + a
	if err != nil && !resolver.IsNXDomain(err) {
		f.Status = finding.Warn
		f.Summary = "the reverse lookup of sending IP " + a + " failed: " + err.Error()
		f.Remediation = []string{"Retry; if it persists, make the reverse zone of " + a + " answer PTR queries"}
		return f
	}
	if len(names) == 0 {
		f.Status = finding.Fail
		f.Summary = "sending IP " + a + " has no PTR record: Gmail, Microsoft and many others reject or junk mail from addresses without reverse DNS"
		f.Remediation = []string{fix}
		return f
	}
	for _, n := range names {
		ips, err := r.IPs(ctx, n, true, true)
		if err != nil {
			continue
		}
		for _, x := range ips {
			if x.Equal(ip) {
				f.Status = finding.Pass
				f.Summary = fmt.Sprintf("sending IP %s has forward-confirmed reverse DNS: %s", a, strings.TrimSuffix(n, "."))
				return f
			}
		}
	}
	f.Status = finding.Fail
	f.Summary = fmt.Sprintf("sending IP %s has a PTR record (%s) that does not resolve back to it: receivers that require forward-confirmed reverse DNS reject it", a, strings.TrimSuffix(strings.Join(names, ", "), "."))
	f.Remediation = []string{fix}
	return f
}

// heloResolves checks that the HELO name resolves to the sending IP.
func heloResolves(ctx context.Context, r *resolver.Resolver, ip net.IP, helo string) finding.Finding {
	f := finding.Finding{ID: IDSenderHELO, Target: finding.Target{Host: helo, Addr: ip.String()}, Remediation: []string{}}
	ips, err := r.IPs(ctx, helo, true, true)
	for _, x := range ips {
		if x.Equal(ip) {
			f.Status = finding.Pass
			f.Summary = fmt.Sprintf("the HELO name %s resolves to the sending IP %s", helo, ip)
			return f
		}
	}
	f.Status = finding.Warn
	if err != nil {
		f.Summary = fmt.Sprintf("the HELO name %s does not resolve: %v", helo, err)
	} else {
		var got []string
		for _, x := range ips {
			got = append(got, x.String())
		}
		f.Summary = fmt.Sprintf("the HELO name %s resolves to %s, not to the sending IP %s", helo, strings.Join(got, ", "), ip)
	}
	f.Detail = "Many receivers (Postfix reject_unknown_helo_hostname, spam filters) distrust a HELO name that does not resolve to the connecting address."
	f.Remediation = []string{"Send a HELO name that has an A/AAAA record pointing at " + ip.String() + " (usually the same name as its PTR record)"}
	return f
}

func addrs(n int) string {
	if n == 1 {
		return "1 address"
	}
	return fmt.Sprintf("%d addresses", n)
}
