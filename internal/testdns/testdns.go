// Package testdns runs an in-process DNS server on 127.0.0.1:0 for tests,
// serving a zone given as zone-file lines. It answers over UDP and TCP,
// sets the AD bit for names marked as signed, and can be told to answer
// SERVFAIL, to time out, or to truncate UDP answers for a name.
package testdns

import (
	"net"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/miekg/dns"
)

// Server is a running test DNS server.
type Server struct {
	Addr string // "127.0.0.1:port", the same port for UDP and TCP

	mu       sync.Mutex
	records  []dns.RR
	servfail map[string]bool
	bogus    map[string]bool
	drop     map[string]bool
	truncate map[string]bool
	signed   map[string]bool        // names (lower-case FQDN) answered with AD set; "*" for all
	delay    time.Duration          // added before every answer (Delay)
	queries  map[string]int         // "name/TYPE" -> count
	replay   map[replayKey]*dns.Msg // recorded answers (Replay, LoadReplay)
	udp, tcp *dns.Server
}

// Start starts a server with the given zone-file lines (each a full RR
// such as "example.test. 300 IN MX 10 mx1.example.test."). It stops when
// the test ends.
func Start(t testing.TB, zone ...string) *Server {
	t.Helper()
	s := &Server{servfail: map[string]bool{}, bogus: map[string]bool{}, drop: map[string]bool{}, truncate: map[string]bool{}, signed: map[string]bool{}, queries: map[string]int{}}
	s.Add(t, zone...)
	var pc net.PacketConn
	var l net.Listener
	for try := 0; ; try++ {
		var err error
		pc, err = net.ListenPacket("udp", "127.0.0.1:0")
		if err != nil {
			t.Fatalf("testdns: %v", err)
		}
		port := pc.LocalAddr().(*net.UDPAddr).Port
		l, err = net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
		if err == nil {
			break
		}
		pc.Close()
		if try == 20 {
			t.Fatalf("testdns: tcp on same port: %v", err)
		}
	}
	s.Addr = pc.LocalAddr().String()
	h := dns.HandlerFunc(s.serve)
	s.udp = &dns.Server{PacketConn: pc, Handler: h}
	s.tcp = &dns.Server{Listener: l, Handler: h}
	var wg sync.WaitGroup
	wg.Add(2)
	s.udp.NotifyStartedFunc = wg.Done
	s.tcp.NotifyStartedFunc = wg.Done
	go s.udp.ActivateAndServe()
	go s.tcp.ActivateAndServe()
	wg.Wait()
	t.Cleanup(func() { s.udp.Shutdown(); s.tcp.Shutdown() })
	return s
}

// Add adds zone-file lines to the served zone.
func (s *Server) Add(t testing.TB, zone ...string) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, line := range zone {
		rr, err := dns.NewRR(line)
		if err != nil {
			t.Fatalf("testdns: bad record %q: %v", line, err)
		}
		if rr != nil {
			s.records = append(s.records, rr)
		}
	}
}

// ServFail makes queries for name answer SERVFAIL.
func (s *Server) ServFail(name string) { s.set(s.servfail, name) }

// Drop makes queries for name go unanswered (the client times out).
func (s *Server) Drop(name string) { s.set(s.drop, name) }

// Truncate makes UDP answers for name come back truncated (TC bit, no
// records), so the client must retry over TCP.
func (s *Server) Truncate(name string) { s.set(s.truncate, name) }

// Bogus makes name fail DNSSEC validation as a validating resolver
// (Unbound, BIND) reports it: SERVFAIL with Extended DNS Error 6 "DNSSEC
// Bogus" (RFC 8914), and the data when the query sets the CD bit.
func (s *Server) Bogus(name string) { s.set(s.bogus, name) }

// Sign makes answers for name carry the AD bit, as a validating resolver's
// would; "*" signs everything.
func (s *Server) Sign(name string) { s.set(s.signed, name) }

// Delay makes every answer wait d first, like a resolver a network away,
// so tests and benchmarks can count round trips on a dependency chain.
func (s *Server) Delay(d time.Duration) {
	s.mu.Lock()
	s.delay = d
	s.mu.Unlock()
}

// Queries returns how many queries for name and type ("MX") arrived.
func (s *Server) Queries(name, qtype string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.queries[strings.ToLower(dns.Fqdn(name))+"/"+qtype]
}

func (s *Server) set(m map[string]bool, name string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if name != "*" {
		name = strings.ToLower(dns.Fqdn(name))
	}
	m[name] = true
}

// canonical is name in lower-case wire form, so that every spelling of a
// name matches (`a\ b.test.` from the wire, `a\032b.test.` from a zone
// line); names that cannot be packed are compared as written.
func canonical(name string) string {
	buf := make([]byte, 256+len(name))
	n, err := dns.PackDomainName(dns.Fqdn(name), buf, 0, nil, false)
	if err != nil {
		return strings.ToLower(name)
	}
	return strings.ToLower(string(buf[:n]))
}

func (s *Server) serve(w dns.ResponseWriter, req *dns.Msg) {
	if len(req.Question) != 1 {
		m := new(dns.Msg)
		m.SetRcode(req, dns.RcodeFormatError)
		w.WriteMsg(m)
		return
	}
	q := req.Question[0]
	name := strings.ToLower(q.Name)
	_, isUDP := w.RemoteAddr().(*net.UDPAddr)

	s.mu.Lock()
	s.queries[name+"/"+dns.TypeToString[q.Qtype]]++
	s.mu.Unlock()
	if s.replayed(w, req, isUDP) {
		return
	}
	s.mu.Lock()
	drop, servfail, trunc := s.drop[name], s.servfail[name], s.truncate[name]
	bogus := s.bogus[name] && !req.CheckingDisabled
	delay := s.delay
	signed := s.signed[name] || s.signed["*"]
	var answer []dns.RR
	exists := false
	// Follow CNAMEs like a recursive resolver would.
	want := canonical(name)
	for hops := 0; hops < 8; hops++ {
		var cname *dns.CNAME
		for _, rr := range s.records {
			if canonical(rr.Header().Name) != want {
				continue
			}
			exists = true
			if rr.Header().Rrtype == q.Qtype {
				answer = append(answer, dns.Copy(rr))
			} else if c, ok := rr.(*dns.CNAME); ok && q.Qtype != dns.TypeCNAME {
				cname = c
			}
		}
		if len(answer) > 0 || cname == nil {
			break
		}
		answer = append(answer, dns.Copy(cname))
		want = canonical(cname.Target)
	}
	// A name with records below it exists too (empty non-terminal).
	if !exists {
		for _, rr := range s.records {
			if strings.HasSuffix(strings.ToLower(rr.Header().Name), "."+name) {
				exists = true
				break
			}
		}
	}
	s.mu.Unlock()

	if drop {
		return
	}
	if delay > 0 {
		time.Sleep(delay)
	}
	m := new(dns.Msg)
	m.SetReply(req)
	m.RecursionAvailable = true
	switch {
	case servfail, bogus:
		m.Rcode = dns.RcodeServerFailure
	case trunc && isUDP:
		m.Truncated = true
	case !exists:
		m.Rcode = dns.RcodeNameError
	default:
		m.Answer = answer
	}
	m.AuthenticatedData = signed && m.Rcode != dns.RcodeServerFailure
	if opt := req.IsEdns0(); opt != nil {
		m.SetEdns0(4096, opt.Do())
		if bogus {
			o := m.IsEdns0()
			o.Option = append(o.Option, &dns.EDNS0_EDE{InfoCode: dns.ExtendedErrorCodeDNSBogus, ExtraText: "validation failure <" + q.Name + " " + dns.TypeToString[q.Qtype] + ">: signature expired"})
		}
	}
	w.WriteMsg(m)
}
