package check

import (
	"context"
	"fmt"
	"net"
	"strings"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/resolver"
)

// maxPTRNames bounds the PTR names followed back to addresses.
const maxPTRNames = 10

// FCrDNS checks forward-confirmed reverse DNS of one MX address (finding
// mx.fcrdns): the address has a PTR record, and one of the PTR names
// resolves back to the address. Receivers commonly require it of sending
// hosts (Gmail and Microsoft reject or junk mail from addresses without
// it), and an MX host usually also sends bounces and forwards.
func FCrDNS(ctx context.Context, r *resolver.Resolver, domain, host, addr string) finding.Finding {
	t := finding.Target{Domain: domain, Host: host, Addr: addr}
	f := finding.Finding{ID: "mx.fcrdns", Target: t}
	ip := net.ParseIP(addr)
	if ip == nil {
		f.Status = finding.Warn
		f.Summary = fmt.Sprintf("%q is not an IP address", addr)
		f.Remediation = []string{"Give the MX host valid A/AAAA records"}
		return f
	}
	rev, _ := dnsReverse(ip)
	names, ans, err := r.PTR(ctx, ip)
	if ans != nil && ans.Msg != nil {
		f.Evidence = ans.Strings()
	}
	fixPTR := fmt.Sprintf("Ask the owner of %s (your hosting or network provider) to set its PTR record to %s, and make %s resolve to %s", addr, host, host, addr)
	if err != nil && !resolver.IsNXDomain(err) {
		f.Status = finding.Warn
		f.Summary = fmt.Sprintf("the reverse lookup of %s failed: %v", addr, err)
		f.Remediation = []string{"Make the reverse zone of " + addr + " answer PTR queries (" + rev + ")"}
		return f
	}
	if len(names) == 0 {
		f.Status = finding.Warn
		f.Summary = fmt.Sprintf("%s has no PTR record: mail sent from it is often rejected", addr)
		f.Detail = "Many receivers require forward-confirmed reverse DNS of the sending address (e.g. Gmail's sender guidelines); an MX host usually also sends (bounces, forwards)."
		f.Remediation = []string{fixPTR}
		if len(f.Evidence) == 0 {
			f.Evidence = []string{rev + " PTR: no records"}
		}
		return f
	}
	if len(names) > maxPTRNames {
		names = names[:maxPTRNames]
	}
	var tried []string
	for _, n := range names {
		ips, err := r.IPs(ctx, n, ip.To4() != nil, ip.To4() == nil)
		var got []string
		for _, x := range ips {
			got = append(got, x.String())
			if x.Equal(ip) {
				f.Status = finding.Pass
				f.Summary = fmt.Sprintf("%s has PTR %s, which resolves back to it", addr, strings.TrimSuffix(n, "."))
				return f
			}
		}
		if err != nil {
			tried = append(tried, fmt.Sprintf("%s -> %v", n, err))
		} else {
			tried = append(tried, fmt.Sprintf("%s -> %s", n, strings.Join(got, ", ")))
		}
	}
	f.Status = finding.Warn
	f.Summary = fmt.Sprintf("%s has PTR %s, but that name does not resolve back to %s", addr, strings.TrimSuffix(names[0], "."), addr)
	f.Detail = "Forward-confirmed reverse DNS needs the PTR name to have an A/AAAA record with the same address."
	f.Remediation = []string{fixPTR}
	f.Evidence = append(f.Evidence, tried...)
	return f
}

func dnsReverse(ip net.IP) (string, error) {
	if v4 := ip.To4(); v4 != nil {
		return fmt.Sprintf("%d.%d.%d.%d.in-addr.arpa.", v4[3], v4[2], v4[1], v4[0]), nil
	}
	const hexd = "0123456789abcdef"
	b := make([]byte, 0, 73)
	for i := len(ip) - 1; i >= 0; i-- {
		b = append(b, hexd[ip[i]&0xf], '.', hexd[ip[i]>>4], '.')
	}
	return string(b) + "ip6.arpa.", nil
}
