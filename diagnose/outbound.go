package diagnose

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strings"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/probe"
)

// IDOutbound is the finding about the address this machine sends from.
const IDOutbound = "sender.outbound-ip"

// LocalAddrFunc returns the local address this machine would use to reach
// remote: the source address the routing table picks.
type LocalAddrFunc func(ctx context.Context, remote net.IP) (net.IP, error)

// RouteLocalAddr is the default LocalAddrFunc: it "connects" a UDP socket
// to remote port 25, which only asks the kernel for a route and a source
// address (no packet is sent), and reads the socket's local address.
func RouteLocalAddr(ctx context.Context, remote net.IP) (net.IP, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "udp", net.JoinHostPort(remote.String(), "25"))
	if err != nil {
		return nil, err
	}
	defer c.Close()
	return c.LocalAddr().(*net.UDPAddr).IP, nil
}

// Outbound is the address this machine would send from, when no
// --sending-ip was given.
type Outbound struct {
	Remote  string `json:"remote"`          // the MX address asked about
	Host    string `json:"host,omitempty"`  // its name
	Local   string `json:"local,omitempty"` // the source address the route gives
	Public  bool   `json:"public"`          // Local is a public address: it was checked as the sending IP
	Network string `json:"network"`         // public, private, loopback, shared (CGNAT), link-local
	Error   string `json:"error,omitempty"`
}

// firstMXAddr is the first address of the most preferred MX host with
// one (or of the --server host).
func firstMXAddr(ctx context.Context, o Options, domain string) (host string, ip net.IP) {
	if o.Server != "" {
		t, err := probe.ParseTarget(o.Server, true)
		if err != nil {
			return "", nil
		}
		if t.Addr != "" {
			return t.Addr, net.ParseIP(t.Addr)
		}
		ips, err := o.Resolver.IPs(ctx, t.Host, true, true)
		if err != nil || len(ips) == 0 {
			return t.Host, nil
		}
		return t.Host, ips[0]
	}
	set, _, err := probe.ResolveMX(ctx, probe.Options{Resolver: o.Resolver}, domain)
	if err != nil || set == nil || set.Null {
		return "", nil
	}
	for _, h := range set.Hosts {
		for _, a := range h.Addrs {
			if ip := net.ParseIP(a); ip != nil {
				return strings.TrimSuffix(h.Name, "."), ip
			}
		}
	}
	return "", nil
}

// networkOf names the kind of address ip is.
func networkOf(ip net.IP) string {
	a, ok := netip.AddrFromSlice(ip)
	if !ok {
		return "unknown"
	}
	a = a.Unmap()
	switch {
	case a.IsLoopback():
		return "loopback"
	case a.IsPrivate():
		return "private"
	case a.IsLinkLocalUnicast():
		return "link-local"
	case a.Is4() && netip.MustParsePrefix("100.64.0.0/10").Contains(a):
		return "shared (carrier-grade NAT)"
	case a.IsUnspecified():
		return "unspecified"
	}
	return "public"
}

// detectOutbound learns the local address towards the recipient's first
// MX address. It returns the result and the finding about it.
func detectOutbound(ctx context.Context, o Options, domain string) (*Outbound, finding.Finding) {
	local := o.LocalAddr
	if local == nil {
		local = RouteLocalAddr
	}
	f := finding.Finding{ID: IDOutbound, Status: finding.Info, Target: finding.Target{Domain: domain}, Remediation: []string{}}
	host, remote := firstMXAddr(ctx, o, domain)
	if remote == nil {
		f.Summary = "this machine's sending address was not determined: no MX address to route to; give the sending IP"
		return &Outbound{Network: "unknown", Error: "no MX address"}, f
	}
	out := &Outbound{Remote: remote.String(), Host: host}
	ip, err := local(ctx, remote)
	if err != nil {
		out.Error, out.Network = err.Error(), "unknown"
		f.Status = finding.Warn
		f.Summary = fmt.Sprintf("this machine has no route to %s (%s): %v", remote, host, err)
		f.Remediation = []string{"Check the network configuration (default route, IPv6 connectivity), or give the sending IP"}
		return out, f
	}
	out.Local, out.Network = ip.String(), networkOf(ip)
	f.Target.Addr = ip.String()
	f.Evidence = []string{fmt.Sprintf("route to %s (%s): source address %s (%s)", remote, host, ip, out.Network)}
	if out.Network == "public" {
		out.Public = true
		f.Summary = fmt.Sprintf("this machine sends to %s from %s (learnt from the route to %s; no packet was sent): it is checked as the sending IP", host, ip, remote)
		f.Detail = "If mail really leaves through another relay or a NAT gateway, give that address as the sending IP."
		return out, f
	}
	f.Summary = fmt.Sprintf("this machine sends to %s from %s, a %s address: mail leaves through NAT from a public address that cannot be known offline, so reverse DNS, SPF and blocklists of the sending IP were not checked", host, ip, out.Network)
	f.Detail = "The source address comes from the route to " + remote.String() + " (a UDP socket connected to it; no packet was sent). Behind NAT the receiver sees the router's or cloud gateway's public address instead."
	f.Remediation = []string{"Give the public address as the sending IP (your router, cloud console or provider shows it; for a cloud NAT gateway, its elastic/static IP)"}
	return out, f
}
