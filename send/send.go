// Package send pushes test messages through SMTP servers the way swaks
// does, with everything shown: it drives the dialogue with smtpwire
// (every command and reply recorded as it happens, AUTH secrets redacted),
// explains every 4xx/5xx reply with the explain package, and ends with a
// verdict: accepted (with the queue id), deferred or rejected, at which
// stage and why.
//
// It builds messages (generated test messages, attachments, prepared RFC
// 5322 files), signs them with DKIM, authenticates (PLAIN, LOGIN, CRAM-MD5,
// XOAUTH2), delivers to a given server or to the recipient domain's MX hosts
// in preference order, and runs small load tests (Load).
package send

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/internal/lazy"
	"github.com/smtpgw/smtpgw/internal/tlsclient"
	"github.com/smtpgw/smtpgw/resolver"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// Stage is a step of the SMTP dialogue.
type Stage string

// Stages, in dialogue order.
const (
	StageDNS      Stage = "dns"      // resolving the MX hosts or the server
	StageConnect  Stage = "connect"  // TCP connection
	StageGreeting Stage = "greeting" // the 220 banner
	StageEHLO     Stage = "ehlo"     // EHLO (or HELO)
	StageTLS      Stage = "tls"      // STARTTLS and the TLS handshake (or implicit TLS)
	StageAuth     Stage = "auth"     // AUTH
	StageMail     Stage = "mail"     // MAIL FROM
	StageRcpt     Stage = "rcpt"     // RCPT TO
	StageData     Stage = "data"     // the DATA command
	StageMessage  Stage = "message"  // the message and the end-of-data reply
	StageRset     Stage = "rset"     // RSET between messages
	StageQuit     Stage = "quit"     // QUIT
)

// QuitStages are the stages --quit-after accepts.
var QuitStages = []Stage{StageConnect, StageGreeting, StageEHLO, StageTLS, StageAuth, StageMail, StageRcpt}

// ExplainStage maps a stage to the stage names explain uses.
func ExplainStage(s Stage) string {
	switch s {
	case StageConnect, StageGreeting:
		return "CONNECT"
	case StageEHLO:
		return "EHLO"
	case StageTLS:
		return "STARTTLS"
	case StageAuth:
		return "AUTH"
	case StageMail:
		return "MAIL FROM"
	case StageRcpt:
		return "RCPT TO"
	case StageData:
		return "DATA"
	case StageMessage:
		return "END OF DATA"
	case StageRset:
		return "RSET"
	case StageQuit:
		return "QUIT"
	}
	return strings.ToUpper(string(s))
}

// TLSMode chooses how the connection is encrypted.
type TLSMode string

// TLS modes.
const (
	TLSOpportunistic TLSMode = "opportunistic" // STARTTLS when offered, certificate not enforced
	TLSStartTLS      TLSMode = "starttls"      // STARTTLS required, certificate verified
	TLSImplicit      TLSMode = "implicit"      // TLS from the first byte (RFC 8314), certificate verified
	TLSNone          TLSMode = "none"          // plaintext
)

// ParseTLSMode parses the name of a TLS mode.
func ParseTLSMode(s string) (TLSMode, error) {
	switch m := TLSMode(strings.ToLower(s)); m {
	case TLSOpportunistic, TLSStartTLS, TLSImplicit, TLSNone:
		return m, nil
	}
	return "", fmt.Errorf("unknown TLS mode %q: use starttls, implicit, none or opportunistic", s)
}

// DefaultTLS is the TLS mode for a port: implicit on 465, STARTTLS
// required on 587, opportunistic elsewhere.
func DefaultTLS(port int) TLSMode {
	switch port {
	case 465:
		return TLSImplicit
	case 587:
		return TLSStartTLS
	}
	return TLSOpportunistic
}

// Status is the verdict of a send.
type Status string

// Statuses.
const (
	Accepted Status = "accepted" // the message was accepted for every recipient
	Partial  Status = "partial"  // accepted for some recipients, not all
	Stopped  Status = "stopped"  // --quit-after stopped the dialogue; everything until then succeeded
	Deferred Status = "deferred" // a 4xx reply: try again later
	Rejected Status = "rejected" // a 5xx reply
	Failed   Status = "failed"   // no verdict from the server: network, TLS, protocol error, or smtpgw refused to go on
)

// Step is one command and its reply.
type Step struct {
	Stage       Stage                `json:"stage"`
	Command     string               `json:"command,omitempty"`   // as shown in the transcript (secrets redacted); absent for the greeting
	Recipient   string               `json:"recipient,omitempty"` // RCPT steps: the address as sent
	Code        int                  `json:"code,omitempty"`
	Enhanced    string               `json:"enhanced,omitempty"`
	Text        string               `json:"text,omitempty"`
	Lines       []string             `json:"lines,omitempty"` // the reply lines as received
	DurationMS  float64              `json:"duration_ms"`
	Error       string               `json:"error,omitempty"`
	Explanation *explain.Explanation `json:"explanation,omitempty"` // for 4xx/5xx replies
}

// TLSInfo describes the TLS session of an attempt.
type TLSInfo struct {
	Version     string `json:"version"`
	CipherSuite string `json:"cipher_suite"`
	KeyExchange string `json:"key_exchange,omitempty"` // "X25519", "X25519MLKEM768"
	Summary     string `json:"summary"`
	Verified    bool   `json:"verified"`
	VerifyError string `json:"verify_error,omitempty"`
}

// Attempt is one connection to one address.
type Attempt struct {
	Host         string   `json:"host"`
	Addr         string   `json:"addr,omitempty"`
	Port         int      `json:"port"`
	MXPreference *int     `json:"mx_preference,omitempty"`
	TLS          *TLSInfo `json:"tls,omitempty"`
	Steps        []Step   `json:"steps"`
	Transcript   []Line   `json:"transcript"`
	Outcome      Status   `json:"outcome"`
	Error        string   `json:"error,omitempty"`
}

// Line is one transcript line: milliseconds since the connection attempt
// started, direction (C client, S server, * note by smtpgw) and the text
// (AUTH secrets already redacted).
type Line struct {
	AtMS float64            `json:"at_ms"`
	Dir  smtpwire.Direction `json:"dir"`
	Line string             `json:"line"`
}

func lines(evs []smtpwire.Event) []Line {
	out := make([]Line, len(evs))
	for i, ev := range evs {
		out[i] = Line{AtMS: ms(ev.At), Dir: ev.Dir, Line: ev.Line}
	}
	return out
}

// Target renders "host[addr]:port".
func (a *Attempt) Target() string {
	s := a.Host
	if strings.Contains(s, ":") {
		s = "[" + s + "]"
	}
	if a.Addr != "" && a.Addr != a.Host {
		s += "[" + a.Addr + "]"
	}
	return s + ":" + strconv.Itoa(a.Port)
}

// RecipientResult is the server's answer to one RCPT TO.
type RecipientResult struct {
	Address  string           `json:"address"`
	Status   Status           `json:"status"` // accepted, deferred, rejected, or failed (not asked)
	Code     int              `json:"code,omitempty"`
	Enhanced string           `json:"enhanced,omitempty"`
	Text     string           `json:"text,omitempty"`
	Category explain.Category `json:"category,omitempty"`
}

// Verdict is the outcome of a send.
type Verdict struct {
	Status      Status            `json:"status"`
	Stage       Stage             `json:"stage,omitempty"`  // where it ended
	Server      string            `json:"server,omitempty"` // host[addr]:port of the deciding attempt
	QueueID     string            `json:"queue_id,omitempty"`
	Code        int               `json:"code,omitempty"`
	Enhanced    string            `json:"enhanced,omitempty"`
	Text        string            `json:"text,omitempty"`
	Category    explain.Category  `json:"category,omitempty"`
	Class       explain.Class     `json:"class,omitempty"`
	Reason      string            `json:"reason"`
	Remediation string            `json:"remediation,omitempty"` // the first step
	Attempts    int               `json:"attempts"`
	Recipients  []RecipientResult `json:"recipients"`
	// ImplicitTLS: stage "tls" ended in an implicit-TLS handshake (TLS from
	// the first byte, RFC 8314), not in STARTTLS.
	ImplicitTLS bool `json:"implicit_tls,omitempty"`
}

// StageName names where the verdict was decided, in SMTP terms: the
// command (ExplainStage: "RCPT TO", "STARTTLS", ...), or "implicit TLS
// handshake" when an implicit-TLS connection failed its handshake (no
// STARTTLS was ever sent).
func (v Verdict) StageName() string {
	switch {
	case v.Stage == StageTLS && v.ImplicitTLS:
		return "implicit TLS handshake"
	case v.Stage == StageGreeting:
		// explain calls the greeting stage CONNECT; the verdict names it
		// precisely: the TCP connection was made, the 220 never came.
		return "greeting"
	}
	return ExplainStage(v.Stage)
}

// OK reports whether the verdict means success (exit 0).
func (v Verdict) OK() bool { return v.Status == Accepted || v.Status == Stopped }

// Result is everything a send did.
type Result struct {
	Mode        string     `json:"mode"` // "server" or "mx"
	Server      string     `json:"server,omitempty"`
	Domain      string     `json:"domain,omitempty"`
	MX          []string   `json:"mx,omitempty"` // the MX records, in preference order
	From        string     `json:"from"`
	To          []string   `json:"to"`
	MessageID   string     `json:"message_id,omitempty"`
	MessageSize int        `json:"message_size"`
	Warnings    []string   `json:"warnings"`
	Attempts    []*Attempt `json:"attempts"`
	Verdict     Verdict    `json:"verdict"`
}

// EventKind tells what an Event carries.
type EventKind int

// Event kinds.
const (
	EventAttempt EventKind = iota // a connection attempt starts (Attempt)
	EventLine                     // a transcript line (Line)
	EventStep                     // a command/reply step completed (Step)
	EventWarning                  // a warning (Text)
	EventInfo                     // an informational line (Text), such as the MX hosts found
)

// Event is live progress, for rendering the transcript as it happens.
type Event struct {
	Kind    EventKind
	Attempt *Attempt
	Line    smtpwire.Event
	Step    *Step
	Text    string
}

// Options configure a send.
type Options struct {
	Server string // "host[:port]"; "" delivers to the MX hosts of the recipients' domain
	Port   int    // port for MX delivery (default 25), and for Server without a port

	TLS                TLSMode // "" chooses DefaultTLS(port)
	RootCAs            *x509.CertPool
	InsecureSkipVerify bool

	// Helo is the EHLO name; "" sends the address literal of each
	// connection's local address ("[192.0.2.1]", RFC 5321 §4.1.3), which
	// Postfix's reject_non_fqdn_helo_hostname and Exim's HELO checks accept
	// where a dotless host name is refused.
	Helo string
	From Address
	To   []Address

	AuthUser           string
	AuthPassword       string // secret: never rendered
	AuthMech           string // "" picks the best offered
	AllowPlaintextAuth bool

	Message   *Message
	QuitAfter Stage // "" runs the whole transaction

	// Resolver resolves MX hosts, and Server names when set; when nil, a
	// Server name is dialled with the system resolver.
	Resolver *resolver.Resolver
	Dialer   smtpwire.Dialer // default: net.Dialer
	Limits   smtpwire.Limits

	OnEvent func(Event) // live progress; called from the sending goroutine
}

func (o *Options) tlsMode(port int) TLSMode {
	if o.TLS != "" {
		return o.TLS
	}
	return DefaultTLS(port)
}

// target is one address to try.
type target struct {
	host       string
	addr       string // IP, or "" to dial host by name
	port       int
	pref       *int
	resolveErr error
}

// Run sends one message (or stops at QuitAfter) and returns what
// happened. The error is for invalid options only: every network or server
// failure is in the Result's verdict.
func Run(ctx context.Context, o Options) (*Result, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	res := &Result{From: o.From.String(), Warnings: []string{}}
	for _, t := range o.To {
		res.To = append(res.To, t.String())
	}
	if o.Message != nil {
		res.MessageID, res.MessageSize = o.Message.MessageID, len(o.Message.Data)
	}
	emit := func(ev Event) {
		if o.OnEvent != nil {
			o.OnEvent(ev)
		}
	}
	if o.InsecureSkipVerify {
		w := "WARNING: certificate verification is off: the server's certificate is NOT verified; anyone on the network path can impersonate the server and read or change this session, credentials included"
		res.Warnings = append(res.Warnings, w)
		emit(Event{Kind: EventWarning, Text: w})
	}
	targets, early := o.targets(ctx, res)
	if early != nil {
		res.Verdict = *early
		res.Verdict.Recipients = notAsked(o.To)
		return res, nil
	}
	if res.Mode == "mx" && len(res.MX) > 0 {
		emit(Event{Kind: EventInfo, Text: fmt.Sprintf("MX hosts of %s: %s", res.Domain, strings.Join(res.MX, ", "))})
	}
	var last outcome
	for i, t := range targets {
		att := &Attempt{Host: t.host, Addr: t.addr, Port: t.port, MXPreference: t.pref, Steps: []Step{}}
		res.Attempts = append(res.Attempts, att)
		emit(Event{Kind: EventAttempt, Attempt: att})
		s := newSession(ctx, &o, t, att, emit, true)
		last = s.run()
		att.Outcome = last.status
		att.Transcript = lines(s.tr.Events())
		if !last.fallback || i == len(targets)-1 {
			break
		}
	}
	res.Verdict = last.verdict(len(res.Attempts), o.To)
	return res, nil
}

// targets works out the addresses to try, in order. A non-nil verdict ends
// the send before any connection (the domain does not exist, null MX, ...).
func (o *Options) targets(ctx context.Context, res *Result) ([]target, *Verdict) {
	host, port, _ := o.serverHostPort()
	if o.Server != "" {
		res.Mode, res.Server = "server", net.JoinHostPort(host, strconv.Itoa(port))
		return o.hostTargets(ctx, host, port, nil), nil
	}
	res.Mode = "mx"
	rcpt := o.To[0]
	res.Domain = rcpt.ASCIIDomain
	if rcpt.Literal {
		ip := strings.TrimPrefix(strings.Trim(rcpt.Domain, "[]"), "IPv6:")
		return []target{{host: ip, addr: ip, port: port}}, nil
	}
	if o.Resolver == nil {
		return nil, &Verdict{Status: Failed, Stage: StageDNS, Reason: "no DNS resolver to look up the MX hosts"}
	}
	mxs, _, err := o.Resolver.MX(ctx, rcpt.ASCIIDomain)
	if err != nil {
		var re *resolver.Error
		if errors.As(err, &re) && re.Kind == resolver.NXDomain {
			return nil, &Verdict{Status: Rejected, Stage: StageDNS, Category: explain.HostUnknown, Class: explain.ClassPermanent,
				Reason:      fmt.Sprintf("the recipient domain %s does not exist (NXDOMAIN)", rcpt.ASCIIDomain),
				Remediation: "Check the recipient address for a typo in the domain."}
		}
		return nil, &Verdict{Status: Deferred, Stage: StageDNS, Category: explain.Network, Class: explain.ClassTransient,
			Reason:      fmt.Sprintf("the MX lookup for %s failed: %v", rcpt.ASCIIDomain, err),
			Remediation: "Retry later, or check the resolver asked and the domain's DNS servers."}
	}
	if len(mxs) == 1 && (mxs[0].Mx == "." || mxs[0].Mx == "") {
		res.MX = []string{"0 ."}
		return nil, &Verdict{Status: Rejected, Stage: StageDNS, Category: explain.HostUnknown, Class: explain.ClassPermanent,
			Reason:      fmt.Sprintf("%s publishes a null MX (RFC 7505): the domain accepts no mail", rcpt.ASCIIDomain),
			Remediation: "The address cannot receive mail; ask the recipient for another address."}
	}
	if len(mxs) == 0 {
		// RFC 5321 §5.1: no MX, the domain itself is the implicit MX.
		res.MX = []string{"(none: implicit MX " + rcpt.ASCIIDomain + ")"}
		return o.hostTargets(ctx, rcpt.ASCIIDomain, port, nil), nil
	}
	var ts []target
	for _, mx := range mxs {
		res.MX = append(res.MX, fmt.Sprintf("%d %s", mx.Preference, mx.Mx))
		pref := int(mx.Preference)
		ts = append(ts, o.hostTargets(ctx, strings.TrimSuffix(mx.Mx, "."), port, &pref)...)
	}
	return ts, nil
}

func (o *Options) hostTargets(ctx context.Context, host string, port int, pref *int) []target {
	if ip := net.ParseIP(host); ip != nil {
		return []target{{host: host, addr: host, port: port, pref: pref}}
	}
	if o.Resolver == nil {
		return []target{{host: host, port: port, pref: pref}}
	}
	ips, err := o.Resolver.IPs(ctx, host, true, true)
	if err == nil && len(ips) == 0 {
		err = fmt.Errorf("%s has no A or AAAA record", host)
	}
	if err != nil {
		return []target{{host: host, port: port, pref: pref, resolveErr: err}}
	}
	var ts []target
	for _, ip := range ips {
		ts = append(ts, target{host: host, addr: ip.String(), port: port, pref: pref})
	}
	return ts
}

func notAsked(to []Address) []RecipientResult {
	rs := make([]RecipientResult, len(to))
	for i, t := range to {
		rs[i] = RecipientResult{Address: t.String(), Status: Failed}
	}
	return rs
}

// outcome is how a session ended.
type outcome struct {
	status   Status
	stage    Stage
	step     *Step // the deciding reply, when a reply decided
	reason   string
	category explain.Category
	server   string
	queueID  string
	fallback bool // another address may do better
	rcpts    []RecipientResult
	broken   bool // the connection is unusable
	implicit bool // stage tls: the implicit-TLS handshake failed
}

func (oc outcome) verdict(attempts int, to []Address) Verdict {
	v := Verdict{Status: oc.status, Stage: oc.stage, Server: oc.server, QueueID: oc.queueID, Reason: oc.reason,
		Category: oc.category, Attempts: attempts, Recipients: oc.rcpts, ImplicitTLS: oc.implicit}
	if st := oc.step; st != nil {
		v.Code, v.Enhanced, v.Text = st.Code, st.Enhanced, st.Text
		if e := st.Explanation; e != nil {
			v.Category, v.Class = e.Category, e.Class
			if len(e.Remediation) > 0 {
				v.Remediation = e.Remediation[0]
			}
		}
	}
	if v.Recipients == nil {
		v.Recipients = notAsked(to)
	}
	return v
}

var reEnhanced = lazy.Value[*regexp.Regexp]{New: func() *regexp.Regexp {
	return regexp.MustCompile(`^([245])\.([0-9]{1,3})\.([0-9]{1,3})(?:\s+|$)`)
}}

// SplitEnhanced returns a reply's enhanced status code (RFC 3463, from the
// first line when its class matches the reply code) and its text with the
// enhanced code removed from every line, lines joined by a space.
func SplitEnhanced(r smtpwire.Reply) (string, string) {
	enh := ""
	if len(r.Lines) > 0 {
		if m := reEnhanced.Get().FindStringSubmatch(r.Lines[0]); m != nil && strconv.Itoa(r.Code/100) == m[1] {
			enh = m[1] + "." + m[2] + "." + m[3]
		}
	}
	parts := make([]string, 0, len(r.Lines))
	for _, l := range r.Lines {
		if enh != "" {
			if m := reEnhanced.Get().FindString(l); m != "" && strings.HasPrefix(l, enh) {
				l = l[len(m):]
			}
		}
		if l = strings.TrimSpace(l); l != "" {
			parts = append(parts, l)
		}
	}
	return enh, strings.Join(parts, " ")
}

// session is one connection.
type session struct {
	ctx  context.Context
	o    *Options
	t    target
	att  *Attempt
	tr   *smtpwire.Transcript
	conn *smtpwire.Conn
	ext  smtpwire.Extensions
	emit func(Event)
	tls  bool
}

// newSession prepares a session; with record false (load tests) no
// transcript is kept.
func newSession(ctx context.Context, o *Options, t target, att *Attempt, emit func(Event), record bool) *session {
	s := &session{ctx: ctx, o: o, t: t, att: att, emit: emit}
	if record {
		s.tr = smtpwire.NewTranscript()
		if emit != nil {
			s.tr.OnEvent = func(ev smtpwire.Event) { emit(Event{Kind: EventLine, Attempt: att, Line: ev}) }
		}
	}
	return s
}

func (s *session) server() string { return s.att.Target() }

func (s *session) note(msg string) { s.tr.Add(smtpwire.Note, msg) }

// record turns a reply (or error) into a Step.
func (s *session) record(stage Stage, cmd string, rep smtpwire.Reply, err error, d time.Duration) *Step {
	st := Step{Stage: stage, Command: cmd, DurationMS: float64(d.Microseconds()) / 1000}
	if stage == StageRcpt {
		// The address as sent (A-label domain), for JSON readers that
		// should not parse the command.
		st.Recipient = strings.TrimSuffix(strings.TrimPrefix(cmd, "RCPT TO:<"), ">")
	}
	if rep.Code != 0 {
		st.Code, st.Lines = rep.Code, rep.Raw
		st.Enhanced, st.Text = SplitEnhanced(rep)
	}
	if err != nil {
		var re *smtpwire.ReplyError
		if !errors.As(err, &re) {
			st.Error = err.Error()
		}
	}
	if rep.Code >= 400 {
		e := explain.Explain(explain.Reply{Input: rep.String(), Code: rep.Code, Enhanced: st.Enhanced, Lines: rep.Raw,
			Text: st.Text, Stage: ExplainStage(stage), RemoteHost: s.t.host})
		st.Explanation = &e
	}
	if s.tr != nil {
		s.att.Steps = append(s.att.Steps, st)
	}
	cp := st
	if s.emit != nil {
		s.emit(Event{Kind: EventStep, Attempt: s.att, Step: &cp})
	}
	return &cp
}

func (s *session) cmd(stage Stage, line, display string) (smtpwire.Reply, *Step, error) {
	start := time.Now()
	var rep smtpwire.Reply
	var err error
	if display != "" {
		rep, err = s.conn.CmdRedacted(line, display)
	} else {
		display = line
		rep, err = s.conn.Cmd(line)
	}
	return rep, s.record(stage, display, rep, err, time.Since(start)), err
}

// fail is an outcome without a deciding reply.
func (s *session) fail(stage Stage, reason string, fallback bool) outcome {
	return outcome{status: Failed, stage: stage, reason: reason, server: s.server(), fallback: fallback, broken: true}
}

// fromReply is the outcome of an unwanted reply (or an I/O error).
func (s *session) fromReply(stage Stage, st *Step, err error, fallback bool) outcome {
	if st.Code == 0 || err != nil && st.Code < 400 {
		msg := st.Error
		if msg == "" && err != nil {
			msg = err.Error()
		}
		return s.fail(stage, "the connection failed: "+msg, fallback)
	}
	oc := outcome{stage: stage, step: st, server: s.server(), fallback: fallback}
	switch st.Code / 100 {
	case 4:
		oc.status = Deferred
	case 5:
		oc.status = Rejected
	default:
		oc.status = Failed
	}
	if st.Code == 421 {
		// RFC 5321 §3.8: the server is closing the connection.
		oc.broken, oc.fallback = true, true
	}
	reply := strings.TrimSpace(fmt.Sprintf("%d %s %s", st.Code, st.Enhanced, st.Text))
	reply = strings.Join(strings.Fields(reply), " ")
	oc.reason = reply
	if e := st.Explanation; e != nil && e.Summary != "" {
		oc.reason = e.Summary + " (" + reply + ")"
	}
	return oc
}

func (s *session) stopped(stage Stage) outcome {
	return outcome{status: Stopped, stage: stage, server: s.server(), reason: fmt.Sprintf("stopped after %s as asked (quit after %s)", stage, stage)}
}

// quit ends the session politely; its reply does not change the outcome.
func (s *session) quit() {
	if s.conn == nil {
		return
	}
	start := time.Now()
	rep, err := s.conn.Cmd("QUIT")
	if rep.Code != 0 || err == nil {
		s.record(StageQuit, "QUIT", rep, nil, time.Since(start))
	}
	s.conn.Close()
}

func (s *session) close() {
	if s.conn != nil {
		s.conn.Close()
	}
}

// run drives one whole session and returns its outcome.
func (s *session) run() outcome {
	oc, ok := s.open()
	if !ok {
		if oc.broken || oc.status == Stopped && oc.stage == StageConnect {
			s.close()
		} else {
			s.quit()
		}
		return oc
	}
	oc = s.transaction(s.o.Message)
	if oc.broken {
		s.close()
	} else {
		s.quit()
	}
	return oc
}

// open connects and goes through greeting, EHLO, TLS and AUTH. ok is false
// when the session must end with oc (failure, or --quit-after).
func (s *session) open() (oc outcome, ok bool) {
	o := s.o
	if s.t.resolveErr != nil {
		s.note("cannot resolve " + s.t.host + ": " + s.t.resolveErr.Error())
		st := Step{Stage: StageDNS, Command: "resolve " + s.t.host, Error: s.t.resolveErr.Error()}
		s.att.Steps = append(s.att.Steps, st)
		s.att.Error = st.Error
		oc := s.fail(StageDNS, fmt.Sprintf("cannot resolve %s: %v", s.t.host, s.t.resolveErr), true)
		oc.category = explain.HostUnknown
		return oc, false
	}
	dialer := o.Dialer
	if dialer == nil {
		dialer = &net.Dialer{}
	}
	lim := o.Limits
	if lim.StepTimeout <= 0 {
		lim.StepTimeout = 30 * time.Second
	}
	host := s.t.addr
	if host == "" {
		host = s.t.host
	}
	addr := net.JoinHostPort(host, strconv.Itoa(s.t.port))
	dctx, cancel := context.WithTimeout(s.ctx, lim.StepTimeout)
	start := time.Now()
	nc, err := dialer.DialContext(dctx, "tcp", addr)
	cancel()
	if err != nil {
		err = shortDialError(smtpwire.DialError(err))
		s.note(fmt.Sprintf("connection to %s failed: %v", addr, err))
		st := Step{Stage: StageConnect, Command: "connect " + addr, DurationMS: ms(time.Since(start)), Error: err.Error()}
		s.att.Steps = append(s.att.Steps, st)
		s.att.Error = st.Error
		if s.emit != nil {
			s.emit(Event{Kind: EventStep, Attempt: s.att, Step: &st})
		}
		oc := s.fail(StageConnect, fmt.Sprintf("cannot connect to %s: %v", addr, err), true)
		oc.category = explain.Network
		return oc, false
	}
	if s.att.Addr == "" {
		if ra, ok := nc.RemoteAddr().(*net.TCPAddr); ok {
			s.att.Addr = ra.IP.String()
		}
	}
	s.note(fmt.Sprintf("connected to %s from %s", nc.RemoteAddr(), nc.LocalAddr()))
	s.att.Steps = append(s.att.Steps, Step{Stage: StageConnect, Command: "connect " + addr, DurationMS: ms(time.Since(start))})
	s.conn = smtpwire.NewConn(s.ctx, nc, s.tr, lim)
	if o.QuitAfter == StageConnect {
		return s.stopped(StageConnect), false
	}
	mode := o.tlsMode(s.t.port)
	if mode == TLSImplicit {
		if oc, ok := s.handshake(mode); !ok {
			return oc, false
		}
	}
	start = time.Now()
	rep, err := s.conn.ReadReply()
	st := s.record(StageGreeting, "", rep, err, time.Since(start))
	if err != nil || rep.Code != 220 {
		oc := s.fromReply(StageGreeting, st, err, true)
		if err != nil && len(rep.Raw) == 0 && mode != TLSImplicit && isTimeout(err) {
			// A Postfix smtpd with smtpd_tls_wrappermode=yes (port 465)
			// waits silently for a TLS ClientHello.
			oc.reason = fmt.Sprintf("no greeting: the server said nothing within %s; if this port expects TLS from the first byte (implicit TLS, as on 465), use TLS mode implicit (%s)", lim.StepTimeout, st.Error)
		}
		return oc, false
	}
	if o.QuitAfter == StageGreeting {
		return s.stopped(StageGreeting), false
	}
	if oc, ok := s.ehlo(); !ok {
		return oc, false
	}
	if mode == TLSStartTLS || mode == TLSOpportunistic {
		if !s.ext.Has("STARTTLS") {
			if mode == TLSStartTLS {
				return s.fail(StageTLS, "the server does not offer STARTTLS (not in its EHLO reply), and TLS mode starttls requires it", true), false
			}
			s.note("the server does not offer STARTTLS: continuing without encryption (opportunistic TLS)")
		} else {
			rep, st, err := s.cmd(StageTLS, "STARTTLS", "")
			switch {
			case err == nil && rep.Code == 220:
				if oc, ok := s.handshake(mode); !ok {
					return oc, false
				}
				if oc, ok := s.ehlo(); !ok {
					return oc, false
				}
			case mode == TLSOpportunistic && err == nil && rep.Code != 421:
				s.note("STARTTLS was refused: continuing without encryption (opportunistic TLS)")
			default:
				return s.fromReply(StageTLS, st, err, true), false
			}
		}
	}
	if o.QuitAfter == StageTLS {
		return s.stopped(StageTLS), false
	}
	if o.AuthUser != "" {
		if oc, ok := s.auth(); !ok {
			return oc, false
		}
	}
	if o.QuitAfter == StageAuth {
		return s.stopped(StageAuth), false
	}
	return outcome{}, true
}

// shortDialError drops the "dial tcp ADDR: connect:" detail from the
// refused/timeout/unreachable classes (the address is shown already).
func shortDialError(err error) error {
	for _, k := range []error{smtpwire.ErrRefused, smtpwire.ErrTimeout, smtpwire.ErrUnreachable} {
		if errors.Is(err, k) {
			return k
		}
	}
	return err
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// helo returns the EHLO name: Options.Helo, or the address literal of the
// connection's local address.
func (s *session) helo() string { return smtpwire.HeloFor(s.o.Helo, s.conn.NetConn()) }

func (s *session) ehlo() (outcome, bool) {
	helo := s.helo()
	rep, st, err := s.cmd(StageEHLO, "EHLO "+helo, "")
	if err == nil && rep.Code == 250 {
		s.ext = smtpwire.ParseEHLO(rep)
		if s.o.QuitAfter == StageEHLO {
			return s.stopped(StageEHLO), false
		}
		return outcome{}, true
	}
	// RFC 5321 §4.1.4: a server that does not know EHLO answers 500/502;
	// fall back to HELO.
	if err == nil && (rep.Code == 500 || rep.Code == 502 || rep.Code == 504) {
		rep, st, err = s.cmd(StageEHLO, "HELO "+helo, "")
		if err == nil && rep.Code == 250 {
			s.ext = smtpwire.Extensions{}
			if s.o.QuitAfter == StageEHLO {
				return s.stopped(StageEHLO), false
			}
			return outcome{}, true
		}
	}
	return s.fromReply(StageEHLO, st, err, true), false
}

func (s *session) tlsConfig(mode TLSMode) *tls.Config {
	if s.o.InsecureSkipVerify || mode == TLSOpportunistic {
		return tlsclient.Unverified(s.t.host) // opportunistic: verified after the handshake (verifyPeer)
	}
	return tlsclient.Config(s.t.host, s.o.RootCAs)
}

func (s *session) handshake(mode TLSMode) (outcome, bool) {
	cfg := s.tlsConfig(mode)
	start := time.Now()
	st, err := s.conn.Handshake(cfg)
	d := time.Since(start)
	step := Step{Stage: StageTLS, Command: "TLS handshake", DurationMS: ms(d)}
	if err != nil {
		step.Error = err.Error()
		s.att.Steps = append(s.att.Steps, step)
		s.att.Error = err.Error()
		reason := "the TLS handshake failed: " + err.Error()
		var ve *tls.CertificateVerificationError
		var rh tls.RecordHeaderError
		if errors.As(err, &rh) && mode == TLSImplicit {
			// The server spoke first, in plain text: "220 m" is an SMTP
			// greeting, not a TLS record.
			reason = fmt.Sprintf("the TLS handshake failed: the server answered in plain text (%q): this port speaks SMTP without implicit TLS; use TLS mode starttls (or opportunistic)", string(bytes.Map(printable, rh.RecordHeader[:])))
		} else if errors.As(err, &ve) {
			reason = "the server's certificate did not verify: " + err.Error() + " (trust the CA that issued it, or turn verification off)"
		}
		oc := s.fail(StageTLS, reason, true)
		oc.implicit = mode == TLSImplicit
		return oc, false
	}
	s.tls = true
	info := &TLSInfo{Version: tls.VersionName(st.Version), CipherSuite: tls.CipherSuiteName(st.CipherSuite), Summary: smtpwire.Summary(st)}
	if st.CurveID != 0 {
		info.KeyExchange = st.CurveID.String()
	}
	switch {
	case s.o.InsecureSkipVerify:
		info.VerifyError = "not verified (verification turned off)"
	case mode == TLSOpportunistic:
		if verr := verifyPeer(st, s.t.host, s.o.RootCAs); verr != nil {
			info.VerifyError = verr.Error()
			s.note("certificate not verified (opportunistic TLS goes ahead): " + verr.Error())
		} else {
			info.Verified = true
			s.note("certificate verified for " + s.t.host)
		}
	default:
		info.Verified = true
	}
	s.att.TLS = info
	s.att.Steps = append(s.att.Steps, step)
	return outcome{}, true
}

// printable keeps printable ASCII and shows any other byte as '.'.
func printable(r rune) rune {
	if r < 0x20 || r > 0x7e {
		return '.'
	}
	return r
}

// isTimeout reports whether err is a deadline or timeout.
func isTimeout(err error) bool {
	var ne net.Error
	return errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) || errors.As(err, &ne) && ne.Timeout()
}

func verifyPeer(st *tls.ConnectionState, host string, roots *x509.CertPool) error {
	if len(st.PeerCertificates) == 0 {
		return errors.New("no certificate")
	}
	_, err := tlsclient.Verify(st.PeerCertificates, host, roots, nil)
	return err
}

// transaction sends one message: MAIL, RCPT, DATA. The connection stays
// open (the caller QUITs or RSETs).
func (s *session) transaction(msg *Message) outcome {
	o := s.o
	utf8 := false
	needUTF8 := o.From.NeedsSMTPUTF8() || msg != nil && msg.UTF8
	for _, t := range o.To {
		needUTF8 = needUTF8 || t.NeedsSMTPUTF8()
	}
	if needUTF8 {
		if !s.ext.Has("SMTPUTF8") {
			if o.From.NeedsSMTPUTF8() || anyUTF8(o.To) {
				oc := s.fail(StageMail, "an address has a non-ASCII local part, which needs SMTPUTF8 (RFC 6531), and the server does not offer it", false)
				oc.broken = false
				return oc
			}
			s.note("the message headers carry UTF-8 but the server does not offer SMTPUTF8: sending anyway")
		} else {
			utf8 = true
		}
	}
	params := ""
	if msg != nil {
		if lim := s.ext.Size(); lim > 0 && int64(len(msg.Data)) > lim {
			oc := s.fail(StageMail, fmt.Sprintf("the message is %d bytes and the server's SIZE limit is %d (RFC 1870): not sent", len(msg.Data), lim), false)
			oc.category, oc.broken = explain.MessageTooBig, false
			return oc
		}
		if s.ext.Has("SIZE") {
			params += " SIZE=" + strconv.Itoa(len(msg.Data))
		}
		if is8bit(msg.Data) {
			if s.ext.Has("8BITMIME") {
				params += " BODY=8BITMIME"
			} else {
				s.note("the message has 8-bit content but the server does not offer 8BITMIME: sending anyway")
			}
		}
	}
	if utf8 {
		params += " SMTPUTF8"
	}
	rep, st, err := s.cmd(StageMail, "MAIL FROM:<"+o.From.Wire(utf8)+">"+params, "")
	if err != nil || rep.Code != 250 {
		return s.fromReply(StageMail, st, err, false)
	}
	if o.QuitAfter == StageMail {
		return s.stopped(StageMail)
	}
	rcpts := make([]RecipientResult, len(o.To))
	accepted := 0
	var firstBad *Step
	for i, t := range o.To {
		rr := RecipientResult{Address: t.String()}
		rep, st, err := s.cmd(StageRcpt, "RCPT TO:<"+t.Wire(utf8)+">", "")
		if err != nil || rep.Code == 421 {
			for j := i; j < len(o.To); j++ {
				rcpts[j] = RecipientResult{Address: o.To[j].String(), Status: Failed}
			}
			oc := s.fromReply(StageRcpt, st, err, false)
			oc.rcpts = rcpts
			return oc
		}
		rr.Code, rr.Enhanced, rr.Text = st.Code, st.Enhanced, st.Text
		if st.Explanation != nil {
			rr.Category = st.Explanation.Category
		}
		switch rep.Code / 100 {
		case 2:
			rr.Status = Accepted
			accepted++
		case 4:
			rr.Status = Deferred
		default:
			rr.Status = Rejected
		}
		if rr.Status != Accepted && firstBad == nil {
			firstBad = st
		}
		rcpts[i] = rr
	}
	if accepted == 0 {
		oc := s.fromReply(StageRcpt, firstBad, nil, false)
		oc.rcpts = rcpts
		if len(o.To) > 1 {
			oc.reason = "no recipient was accepted; first: " + oc.reason
		}
		return oc
	}
	if o.QuitAfter == StageRcpt {
		oc := s.stopped(StageRcpt)
		oc.rcpts = rcpts
		if firstBad != nil {
			oc.status, oc.step = Partial, firstBad
			oc.reason = fmt.Sprintf("%d of %d recipients accepted (stopped after rcpt as asked)", accepted, len(o.To))
		}
		return oc
	}
	rep, st, err = s.cmd(StageData, "DATA", "")
	if err != nil || rep.Code != 354 {
		oc := s.fromReply(StageData, st, err, false)
		oc.rcpts = markAll(rcpts, oc.status)
		return oc
	}
	data := DotStuff(msg.Data)
	start := time.Now()
	if err := s.conn.WriteRaw(data, fmt.Sprintf("message: %d bytes (%d on the wire, dot-stuffed), then <CRLF>.<CRLF>", len(msg.Data), len(data))); err != nil {
		st := s.record(StageMessage, "<message>", smtpwire.Reply{}, err, time.Since(start))
		oc := s.fromReply(StageMessage, st, err, false)
		oc.rcpts = markAll(rcpts, Failed)
		return oc
	}
	rep, err = s.conn.ReadReply()
	st = s.record(StageMessage, fmt.Sprintf("<message, %d bytes>", len(msg.Data)), rep, err, time.Since(start))
	if err != nil || rep.Code != 250 {
		oc := s.fromReply(StageMessage, st, err, false)
		oc.rcpts = markAll(rcpts, oc.status)
		return oc
	}
	oc := outcome{status: Accepted, stage: StageMessage, step: st, server: s.server(), queueID: QueueID(st.Text), rcpts: rcpts}
	oc.reason = fmt.Sprintf("accepted for %d of %d recipients", accepted, len(o.To))
	if accepted < len(o.To) {
		bad := s.fromReply(StageRcpt, firstBad, nil, false)
		oc.status, oc.step, oc.stage = Partial, firstBad, StageRcpt
		oc.reason = fmt.Sprintf("%d of %d recipients not accepted; first: %s", len(o.To)-accepted, len(o.To), bad.reason)
	}
	return oc
}

func anyUTF8(as []Address) bool {
	for _, a := range as {
		if a.NeedsSMTPUTF8() {
			return true
		}
	}
	return false
}

// markAll sets every accepted recipient to st (the message was not taken).
func markAll(rs []RecipientResult, st Status) []RecipientResult {
	for i := range rs {
		if rs[i].Status == Accepted {
			rs[i].Status = st
		}
	}
	return rs
}

// rset resets the session between messages.
func (s *session) rset() bool {
	rep, _, err := s.cmd(StageRset, "RSET", "")
	return err == nil && rep.Code == 250
}
