package testdns

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/miekg/dns"
)

// Recorded answers: real DNS messages (from Unbound, NSD, ...) kept as
// received and served again by a test server, flags, AD bit, TC bit, rcode,
// EDNS options and all sections included, so resolver and checks are
// tested against real-shaped answers without the real servers.
//
// On disk a recording is one file per answer in DNS wire format:
//
//	NAME.TYPE[.cd].TRANSPORT.wire   e.g. example.test.MX.udp.wire
//
// where NAME is the lower-case name without the final dot, TYPE the query
// type ("MX"), ".cd" marks the answer to a query with checking disabled
// and TRANSPORT is "udp" or "tcp". An answer recorded over UDP only is also
// served over TCP; a truncated UDP answer needs its TCP twin.

// replayKey identifies a recorded answer.
type replayKey struct {
	name  string // lower-case FQDN
	qtype uint16
	cd    bool
	tcp   bool
}

// Replay makes the server answer queries for the question of m (its name
// and type) with m as recorded; only the message ID is taken from the
// query. transport is "udp", "tcp" or "" (both); cd selects queries with
// the CD bit (checking disabled) instead of ordinary ones. Recorded answers
// take precedence over zone records.
func (s *Server) Replay(m *dns.Msg, transport string, cd bool) {
	if len(m.Question) == 0 {
		return
	}
	q := m.Question[0]
	name := strings.ToLower(dns.Fqdn(q.Name))
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.replay == nil {
		s.replay = map[replayKey]*dns.Msg{}
	}
	for _, tcp := range []bool{false, true} {
		if transport == "udp" && tcp || transport == "tcp" && !tcp {
			continue
		}
		s.replay[replayKey{name, q.Qtype, cd, tcp}] = m.Copy()
	}
}

// LoadReplay serves every recording (*.wire) of dir, as Replay. It returns
// how many files it loaded and fails the test on an unreadable one.
func (s *Server) LoadReplay(t testing.TB, dir string) int {
	t.Helper()
	msgs, err := ReadRecordings(dir)
	if err != nil {
		t.Fatalf("testdns: %v", err)
	}
	// UDP-only recordings first, so that a TCP twin replaces the UDP
	// answer on TCP.
	sort.SliceStable(msgs, func(i, j int) bool { return msgs[i].Transport == "udp" && msgs[j].Transport != "udp" })
	for _, r := range msgs {
		tr := r.Transport
		if tr == "udp" {
			tr = "" // also over TCP unless a TCP twin follows
		}
		s.Replay(r.Msg, tr, r.CD)
	}
	return len(msgs)
}

// Recording is one recorded answer read from disk.
type Recording struct {
	File      string
	Msg       *dns.Msg
	CD        bool
	Transport string // "udp" or "tcp"
}

// ReadRecordings reads the *.wire recordings of dir.
func ReadRecordings(dir string) ([]Recording, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.wire"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no *.wire recording in %s", dir)
	}
	var out []Recording
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		m := new(dns.Msg)
		if err := m.Unpack(b); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		base := strings.TrimSuffix(filepath.Base(f), ".wire")
		r := Recording{File: f, Msg: m, Transport: "udp"}
		if strings.HasSuffix(base, ".tcp") {
			r.Transport = "tcp"
		}
		base = strings.TrimSuffix(strings.TrimSuffix(base, ".tcp"), ".udp")
		r.CD = strings.HasSuffix(base, ".cd")
		out = append(out, r)
	}
	return out, nil
}

// RecordingName is the file name (without directory) of a recording of m.
func RecordingName(m *dns.Msg, cd bool, transport string) string {
	q := m.Question[0]
	n := strings.TrimSuffix(strings.ToLower(q.Name), ".")
	if n == "" {
		n = "."
	}
	n += "." + dns.TypeToString[q.Qtype]
	if cd {
		n += ".cd"
	}
	return n + "." + transport + ".wire"
}

// replayed answers req from the recordings, if one matches.
func (s *Server) replayed(w dns.ResponseWriter, req *dns.Msg, isUDP bool) bool {
	q := req.Question[0]
	k := replayKey{strings.ToLower(q.Name), q.Qtype, req.CheckingDisabled, !isUDP}
	s.mu.Lock()
	m := s.replay[k]
	s.mu.Unlock()
	if m == nil {
		return false
	}
	m = m.Copy()
	m.Id = req.Id
	m.Question = req.Question // the query's spelling (0x20 case)
	w.WriteMsg(m)
	return true
}

// Recorder is a forwarding DNS proxy on 127.0.0.1 (UDP and TCP) that
// passes every query unchanged to an upstream server over the same
// transport and keeps the answers as received: point a resolver or a
// whole check at Addr to record what a real resolver answers, then Write
// the recordings for LoadReplay. For capturing fixtures by hand; tests
// replay them.
type Recorder struct {
	Addr     string
	Upstream string

	mu   sync.Mutex
	msgs map[string]*dns.Msg // RecordingName -> answer
	udp  *dns.Server
	tcp  *dns.Server
}

// Record starts a Recorder in front of upstream ("ip:port"). It stops
// when the test ends.
func Record(t testing.TB, upstream string) *Recorder {
	t.Helper()
	r := &Recorder{Upstream: upstream, msgs: map[string]*dns.Msg{}}
	var pc net.PacketConn
	var l net.Listener
	for try := 0; ; try++ { // the same port for UDP and TCP, as Start
		var err error
		pc, err = net.ListenPacket("udp", "127.0.0.1:0")
		if err != nil {
			t.Fatalf("testdns: %v", err)
		}
		l, err = net.Listen("tcp", pc.LocalAddr().String())
		if err == nil {
			break
		}
		pc.Close()
		if try == 20 {
			t.Fatalf("testdns: tcp on same port: %v", err)
		}
	}
	r.Addr = pc.LocalAddr().String()
	r.udp = &dns.Server{PacketConn: pc, Handler: dns.HandlerFunc(r.serve)}
	r.tcp = &dns.Server{Listener: l, Handler: dns.HandlerFunc(r.serve)}
	var wg sync.WaitGroup
	wg.Add(2)
	r.udp.NotifyStartedFunc = wg.Done
	r.tcp.NotifyStartedFunc = wg.Done
	go r.udp.ActivateAndServe()
	go r.tcp.ActivateAndServe()
	wg.Wait()
	t.Cleanup(func() { r.udp.Shutdown(); r.tcp.Shutdown() })
	return r
}

func (r *Recorder) serve(w dns.ResponseWriter, req *dns.Msg) {
	if len(req.Question) != 1 {
		return
	}
	transport := "udp"
	if _, ok := w.RemoteAddr().(*net.UDPAddr); !ok {
		transport = "tcp"
	}
	c := &dns.Client{Net: transport, UDPSize: 65535}
	resp, _, err := c.Exchange(req, r.Upstream)
	if err != nil {
		return
	}
	r.mu.Lock()
	r.msgs[RecordingName(resp, req.CheckingDisabled, transport)] = resp.Copy()
	r.mu.Unlock()
	w.WriteMsg(resp)
}

// Write stores the recordings in dir (created if needed), each as
// wire format and, beside it, as text (NAME...txt, the message as dig
// shows it), and returns the file names written.
func (r *Recorder) Write(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	var names []string
	for n, m := range r.msgs {
		b, err := m.Pack()
		if err != nil {
			return names, err
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			return names, err
		}
		txt := strings.TrimSuffix(n, ".wire") + ".txt"
		if err := os.WriteFile(filepath.Join(dir, txt), []byte(m.String()+"\n"), 0o644); err != nil {
			return names, err
		}
		names = append(names, n)
	}
	sort.Strings(names)
	return names, nil
}
