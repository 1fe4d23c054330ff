// Package diagnose answers "why does mail from us to this address not
// arrive?" in one run: it looks at the recipient side (MX resolution, every
// MX on port 25, an RCPT test), the path (can this machine reach port 25 at
// all) and the sender side (reverse DNS of the sending IP, SPF and DMARC of
// the sender domain, DNS blocklists), all at once under one timeout, and
// then ranks what it found into one verdict: the most likely cause, with
// its evidence, whose side must act and the fix.
//
// Nothing is delivered: the RCPT test stops after RCPT TO (QUIT, no DATA).
// The message content is never checked.
package diagnose

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/smtpgw/smtpgw/dane"
	"github.com/smtpgw/smtpgw/dkimkey"
	"github.com/smtpgw/smtpgw/dmarc"
	"github.com/smtpgw/smtpgw/dnsbl"
	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/mtasts"
	"github.com/smtpgw/smtpgw/probe"
	"github.com/smtpgw/smtpgw/resolver"
	"github.com/smtpgw/smtpgw/send"
	"github.com/smtpgw/smtpgw/smtpwire"
	"github.com/smtpgw/smtpgw/spf"
)

// DefaultTimeout bounds one Run when Options.Timeout is zero.
const DefaultTimeout = 30 * time.Second

// Options configure Run. Resolver is required.
type Options struct {
	Resolver   *resolver.Resolver
	RootCAs    *x509.CertPool
	Timeout    time.Duration // the whole run; DefaultTimeout when zero
	From       string        // envelope sender for the RCPT test and the sender-side checks; "" skips them
	SendingIPs []net.IP      // the addresses mail leaves from
	HELO       string        // EHLO name; also checked to resolve to the sending IPs
	Server     string        // "host[:port]": test this server instead of the recipient's MX hosts
	// Reply is a pasted SMTP reply or log line to explain; the checks it
	// points to run with it (its recipient, the client IP it names).
	Reply string
	DNSBL []dnsbl.List // nil: dnsbl.Default()
	// Message is the message whose delivery fails (ParseMessage): its
	// From: domain's DMARC policy and its DKIM signatures' key records
	// are checked.
	Message *Message
	// DKIMSelectors are selectors whose key records are checked at the
	// From: domain (the message's, else --from's).
	DKIMSelectors []string

	// LocalAddr learns this machine's source address towards an MX host
	// when SendingIPs is empty (nil: RouteLocalAddr); a public one is
	// checked as the sending IP.
	LocalAddr LocalAddrFunc

	// For tests and special setups.
	PortMap map[int]string  // logical port → real address ("25=:2525"; 443: the MTA-STS policy host)
	Dialer  smtpwire.Dialer // nil: net.Dialer
	Now     func() time.Time
}

// Side is whose side must act.
type Side string

// Sides.
const (
	SideSender    Side = "sender"    // you: your server, DNS or sending IP
	SideRecipient Side = "recipient" // the recipient's domain or mail server
	SideNetwork   Side = "network"   // the network between: your provider blocks port 25
	SideNone      Side = "none"      // nothing to fix was found
)

// Verdict is the one answer: the most likely cause first.
type Verdict struct {
	Cause     string   `json:"cause"`                // one line
	Side      Side     `json:"side"`                 // whose side acts
	Evidence  []string `json:"evidence"`             // the reply, the record, the list
	Fix       []string `json:"fix"`                  // what to do, in order
	FindingID string   `json:"finding_id,omitempty"` // the finding the cause rests on
	Untested  []string `json:"untested"`             // what this run could not look at
}

// Port25 is what the connections to port 25 showed.
type Port25 string

// Port-25 outcomes.
const (
	Port25Open     Port25 = "open"      // at least one MX answered
	Port25Blocked  Port25 = "timed-out" // every MX address timed out: outbound 25 is likely blocked
	Port25Refused  Port25 = "refused"   // every MX address refused the connection
	Port25Reset    Port25 = "reset"     // connections were reset
	Port25Mixed    Port25 = "failed"    // no MX answered, for mixed reasons
	Port25NotTried Port25 = "not-tried" // no address to connect to
)

// RCPT is the outcome of the RCPT test.
type RCPT struct {
	From      string   `json:"from"`
	To        string   `json:"to"`
	Server    string   `json:"server,omitempty"`
	Status    string   `json:"status"` // stopped (accepted up to RCPT), rejected, deferred, failed
	Stage     string   `json:"stage,omitempty"`
	Code      int      `json:"code,omitempty"`
	Enhanced  string   `json:"enhanced,omitempty"`
	Reply     string   `json:"reply,omitempty"`
	Category  string   `json:"category,omitempty"`
	Reason    string   `json:"reason,omitempty"`
	Actor     string   `json:"actor,omitempty"`
	Fix       []string `json:"fix,omitempty"`
	Blocklist string   `json:"blocklist,omitempty"` // the blocklist the reply names
}

// Result is everything a diagnosis found.
type Result struct {
	Recipient string               `json:"recipient,omitempty"`
	Domain    string               `json:"domain,omitempty"`
	From      string               `json:"from,omitempty"`
	Verdict   Verdict              `json:"verdict"`
	Worst     finding.Status       `json:"worst"`
	Findings  []finding.Finding    `json:"findings"`
	MX        *probe.MXSet         `json:"mx,omitempty"`
	Port25    Port25               `json:"port25"`
	RCPT      *RCPT                `json:"rcpt,omitempty"`
	Reply     *explain.Explanation `json:"reply,omitempty"` // the pasted reply, explained
	DNSBL     []dnsbl.Result       `json:"dnsbl"`
	Outbound  *Outbound            `json:"outbound,omitempty"` // this machine's sending address, without --sending-ip
	MTASTS    *mtasts.Result       `json:"mta_sts,omitempty"`  // the recipient domain's MTA-STS record and policy
	TLSA      []*dane.HostTLSA     `json:"tlsa"`               // the TLSA records of its MX hosts
	ElapsedMS int64                `json:"elapsed_ms"`

	// Message is the message (--message, or the bounce's copy of the
	// returned header) whose From: domain and DKIM selectors were checked.
	Message *Message `json:"message,omitempty"`
	// DMARCPolicy is the effective DMARC policy of the From: domain.
	DMARCPolicy string `json:"dmarc_policy,omitempty"`

	conns     []*probe.Connection
	hdrDomain string // the From: domain DMARC protects
	dmarcOrg  string // its Organizational Domain
}

// Finding ids of diagnose's own findings (the others are check's and
// probe's).
const (
	IDPort25Blocked = "port25.blocked"
	IDPort25Refused = "port25.refused"
	IDPort25Reset   = "port25.reset"
	IDRCPTRejected  = "rcpt.rejected"
	IDRCPTDeferred  = "rcpt.deferred"
	IDRCPTAccepted  = "rcpt.accepted"
	IDRCPTFailed    = "rcpt.failed"
	IDSenderPTR     = "sender.fcrdns"
	IDSenderHELO    = "sender.helo"
	IDReply         = "reply.explained"
)

// Run diagnoses delivery to recipient. The error is non-nil only for
// unusable options; every problem found is a finding.
func Run(ctx context.Context, o Options, recipient string) (*Result, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if o.Resolver == nil {
		return nil, &OptionError{"Resolver", "is required: the diagnosis looks up MX, SPF, DMARC and blocklist records"}
	}
	var reply *explain.Explanation
	if o.Reply != "" {
		ex, err := explain.ExplainText(o.Reply)
		if err != nil {
			return nil, &OptionError{"Reply", fmt.Sprintf("%v: paste a whole SMTP reply or log line, such as \"550 5.1.1 <bob@example.com>: User unknown\", or give the recipient's address", err)}
		}
		reply = &ex
		if recipient == "" {
			recipient = ex.Recipient
		}
		if len(o.SendingIPs) == 0 {
			o.SendingIPs = ReplyIPs(o.Reply)
		}
	}
	var to send.Address
	if recipient != "" || reply == nil {
		a, err := send.ParseAddress(strings.TrimSpace(recipient))
		if err != nil {
			return nil, &OptionError{"Recipient", fmt.Sprintf("%q: %v: give an address such as bob@example.com", recipient, err)}
		}
		to = a
	}
	var from *send.Address
	if o.From != "" {
		a, _ := send.ParseAddress(o.From) // Validate parsed it
		from = &a
	}
	timeout := o.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	domain := strings.ToLower(to.ASCIIDomain)
	res := &Result{Domain: domain, DNSBL: []dnsbl.Result{}, Reply: reply}
	if domain != "" {
		res.Recipient = to.String()
	}
	if from != nil {
		res.From = from.String()
	}
	dialer := o.Dialer
	if dialer == nil {
		dialer = &net.Dialer{}
	}
	// Leave the RCPT test and the probe time to report before the deadline.
	step := timeout * 2 / 3

	var (
		mu sync.Mutex
		wg sync.WaitGroup
		fs []finding.Finding
	)
	add := func(f ...finding.Finding) {
		mu.Lock()
		fs = append(fs, f...)
		mu.Unlock()
	}
	goDo := func(f func()) {
		wg.Add(1)
		go func() { defer wg.Done(); f() }()
	}

	// Recipient side: MX set and every MX on port 25.
	var pres *probe.Result
	probeRecipient := func() {
		popts := probe.Options{Resolver: o.Resolver, Dialer: dialer, RootCAs: o.RootCAs, Ports: []int{25}, PortMap: o.PortMap,
			HELO: o.HELO, Timeout: timeout, StepTimeout: step, Now: o.Now}
		t := probe.Target{Input: domain, Domain: domain}
		if o.Server != "" {
			pt, err := probe.ParseTarget(o.Server, true)
			if err == nil {
				t = pt
			}
		}
		r, err := probe.Probe(ctx, popts, t)
		if err == nil {
			pres = r
		}
	}
	if domain != "" {
		goDo(probeRecipient)
	}

	// The TLS policies a sender may enforce: the MTA-STS policy and the
	// TLSA records of every MX host (the MX set comes from the cache the
	// probe shares).
	var mres *mtasts.Result
	var tlsaMu sync.Mutex
	tlsa := map[string]*dane.HostTLSA{}
	if domain != "" && o.Server == "" {
		fo := mtasts.FetchOptions{Resolver: o.Resolver, RootCAs: o.RootCAs, Timeout: step, Now: o.Now, Addr: o.PortMap[443]}
		goDo(func() { mres = mtasts.Check(ctx, domain, fo) })
		goDo(func() {
			set, _, err := probe.ResolveMX(ctx, probe.Options{Resolver: o.Resolver, Timeout: step}, domain)
			if err != nil || set == nil || set.Null {
				return
			}
			for _, h := range set.Hosts {
				if h.IPLiteral {
					continue
				}
				goDo(func() {
					t := dane.Lookup(ctx, o.Resolver, h.Name, 25)
					tlsaMu.Lock()
					tlsa[t.Host] = t
					tlsaMu.Unlock()
				})
			}
		})
	}

	// The RCPT test: MAIL FROM, RCPT TO, then QUIT.
	if from != nil && domain != "" {
		goDo(func() { res.RCPT = rcptTest(ctx, o, dialer, *from, to, step) })
	}

	// Sender side.
	bl := &dnsbl.Checker{Resolver: o.Resolver, Lists: o.DNSBL}
	var blMu sync.Mutex
	senderIP := func(ip net.IP) {
		goDo(func() {
			rs, err := bl.CheckIP(ctx, ip)
			if err != nil {
				return
			}
			blMu.Lock()
			res.DNSBL = append(res.DNSBL, rs...)
			blMu.Unlock()
			add(dnsbl.Findings(finding.Target{Addr: ip.String()}, rs)...)
		})
		goDo(func() { add(fcrdns(ctx, o.Resolver, ip, o.HELO)) })
		if o.HELO != "" {
			goDo(func() { add(heloResolves(ctx, o.Resolver, ip, o.HELO)) })
		}
		if from != nil {
			goDo(func() {
				ev := spf.Evaluate(ctx, o.Resolver, ip, from.ASCII(), heloOr(o.HELO, from.ASCIIDomain))
				add(ev.Finding)
			})
		}
	}
	for _, ip := range o.SendingIPs {
		senderIP(ip)
	}
	if len(o.SendingIPs) == 0 && domain != "" {
		goDo(func() {
			out, f := detectOutbound(ctx, o, domain)
			res.Outbound = out
			add(f)
			if out.Public {
				senderIP(net.ParseIP(out.Local))
			}
		})
	}
	if from != nil {
		fd := strings.ToLower(from.ASCIIDomain)
		goDo(func() {
			rs, err := bl.CheckDomain(ctx, fd)
			if err != nil {
				return
			}
			blMu.Lock()
			res.DNSBL = append(res.DNSBL, rs...)
			blMu.Unlock()
			add(dnsbl.Findings(finding.Target{Domain: fd}, rs)...)
		})
	}
	// DMARC protects the header From: domain: the message's, else the
	// envelope sender's. DKIM: the selectors of the message's signatures
	// and the ones given, at that domain.
	hdrDomain := ""
	switch {
	case o.Message != nil:
		hdrDomain = domainOf(o.Message.From)
		res.Message = o.Message
	case from != nil:
		hdrDomain = strings.ToLower(from.ASCIIDomain)
	}
	var dres *dmarc.Result
	if hdrDomain != "" {
		goDo(func() {
			var dfs []finding.Finding
			dres, dfs = dmarc.CheckResult(ctx, o.Resolver, hdrDomain)
			add(dfs...)
		})
	}
	selectors := map[string][]string{}
	if o.Message != nil {
		for _, s := range o.Message.Signatures {
			selectors[s.Domain] = appendNew(selectors[s.Domain], s.Selector)
		}
	}
	if len(o.DKIMSelectors) > 0 && hdrDomain != "" {
		selectors[hdrDomain] = appendNew(selectors[hdrDomain], o.DKIMSelectors...)
	}
	for d, sels := range selectors {
		goDo(func() { add(dkimkey.Check(ctx, o.Resolver, d, sels)...) })
	}
	wg.Wait()
	if dres != nil {
		res.DMARCPolicy = dres.Effective
		res.dmarcOrg = dres.OrgDomain
	}
	res.hdrDomain = hdrDomain

	if pres != nil && len(pres.Targets) == 1 {
		tr := pres.Targets[0]
		res.MX = tr.MX
		res.conns = tr.Connections
		add(tr.Findings...)
	}
	now := time.Now
	if o.Now != nil {
		now = o.Now
	}
	add(tlsPolicy(domain, res.MX, mres, tlsa, res.conns, now())...)
	if mres != nil && (mres.Record != nil || mres.LookupErr != nil && !errors.Is(mres.LookupErr, mtasts.ErrNoRecord)) {
		res.MTASTS = mres
	}
	res.TLSA = []*dane.HostTLSA{}
	for _, t := range tlsa {
		res.TLSA = append(res.TLSA, t)
	}
	slices.SortFunc(res.TLSA, func(a, b *dane.HostTLSA) int { return strings.Compare(a.Host, b.Host) })
	res.Port25 = port25(res.conns)
	if domain == "" {
		res.Port25 = Port25NotTried
	}
	add(port25Findings(domain, res.Port25, res.conns)...)
	if res.RCPT != nil {
		add(rcptFinding(domain, res.RCPT))
	}
	if reply != nil {
		add(replyFinding(domain, reply))
	}
	finding.Sort(fs)
	if fs == nil {
		fs = []finding.Finding{}
	}
	res.Findings = fs
	res.Worst = finding.Worst(fs)
	res.Verdict = decide(res, o, from != nil)
	res.ElapsedMS = time.Since(start).Milliseconds()
	return res, nil
}

func heloOr(helo, def string) string {
	if helo != "" {
		return helo
	}
	return def
}

// rcptTest runs MAIL FROM / RCPT TO against the recipient's MX hosts (or
// the server) and quits before DATA.
func rcptTest(ctx context.Context, o Options, dialer smtpwire.Dialer, from, to send.Address, step time.Duration) *RCPT {
	so := send.Options{
		Server: o.Server, RootCAs: o.RootCAs, Helo: o.HELO, From: from, To: []send.Address{to},
		QuitAfter: send.Stage("rcpt"), Resolver: o.Resolver, Dialer: portMapDialer{dialer, o.PortMap},
	}
	r := &RCPT{From: from.String(), To: to.String()}
	sctx, cancel := context.WithTimeout(ctx, step)
	defer cancel()
	sr, err := send.Run(sctx, so)
	if err != nil {
		r.Status = "failed"
		r.Reason = err.Error()
		return r
	}
	v := sr.Verdict
	r.Status, r.Stage, r.Server, r.Code, r.Enhanced = string(v.Status), string(v.Stage), v.Server, v.Code, v.Enhanced
	r.Category, r.Reason = string(v.Category), v.Reason
	if v.Remediation != "" {
		r.Fix = []string{v.Remediation}
	}
	// The deciding reply as received, and what explain made of it.
	for _, a := range sr.Attempts {
		for _, s := range a.Steps {
			if s.Code == v.Code && s.Code >= 400 && s.Explanation != nil {
				r.Reply = strings.Join(s.Lines, "\n")
				r.Actor = string(s.Explanation.Actor)
				r.Blocklist = s.Explanation.Blocklist
				if len(s.Explanation.Remediation) > 0 {
					r.Fix = s.Explanation.Remediation
				}
			}
		}
	}
	if r.Reply == "" && v.Text != "" {
		r.Reply = strconv.Itoa(v.Code) + " " + strings.TrimSpace(v.Enhanced+" "+v.Text)
	}
	return r
}

// portMapDialer dials logical ports elsewhere, as probe.Options.PortMap does.
type portMapDialer struct {
	d smtpwire.Dialer
	m map[int]string
}

func (p portMapDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	if host, ps, err := net.SplitHostPort(addr); err == nil {
		if port, err := strconv.Atoi(ps); err == nil {
			if m, ok := p.m[port]; ok {
				if strings.HasPrefix(m, ":") {
					addr = net.JoinHostPort(host, m[1:])
				} else {
					addr = m
				}
			}
		}
	}
	return p.d.DialContext(ctx, network, addr)
}

// ReplyIPs returns the IPv4 and IPv6 addresses a reply or log line names in
// brackets ("Client host [192.0.2.99] blocked", "from [2001:db8::1]"), which
// is how MTAs name the connecting client.
func ReplyIPs(s string) []net.IP {
	var out []net.IP
	seen := map[string]bool{}
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return out
		}
		in := strings.TrimPrefix(s[i+1:i+j], "IPv6:")
		if ip := net.ParseIP(in); ip != nil && !seen[ip.String()] && !ip.IsLoopback() && !ip.IsPrivate() {
			seen[ip.String()] = true
			out = append(out, ip)
		}
		s = s[i+j:]
	}
}
