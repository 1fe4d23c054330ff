package probe

import (
	"fmt"
	"strings"

	"github.com/smtpgw/smtpgw/finding"
	"github.com/smtpgw/smtpgw/smtpwire"
)

// Finding ids of the open-relay test.
const (
	IDRelayOpen   = "relay.open"
	IDRelayClosed = "relay.closed"
	IDRelayError  = "relay.untested"
)

// Default addresses of the open-relay test: both at domains that are
// neither the tested one nor real (RFC 2606 .example).
const (
	DefaultRelayFrom = "relay-test@sender.example"
	DefaultRelayTo   = "relay-test@recipient.example"
	// RelayLiteral is the foreign host of the domain-literal variant
	// (TEST-NET-1, RFC 5737).
	RelayLiteral = "192.0.2.1"
)

// OpenRelay configures the open-relay test: MAIL FROM an outside
// address, RCPT TO an address at a foreign domain, in the usual variants,
// each followed by RSET; never DATA, so nothing is ever sent.
type OpenRelay struct {
	From string // outside sender; "" DefaultRelayFrom
	To   string // foreign recipient; "" DefaultRelayTo
}

// RelayAttempt is one variant of the open-relay test.
type RelayAttempt struct {
	Variant string     `json:"variant"`
	Mail    string     `json:"mail"` // the MAIL command sent
	Rcpt    string     `json:"rcpt"` // the RCPT command sent ("" when MAIL was refused)
	Reply   *ReplyInfo `json:"reply,omitempty"`
	// Outcome: "accepted" (the server took the foreign recipient: it
	// relays), "refused" (4xx/5xx to RCPT or MAIL), "error" (the
	// connection failed).
	Outcome string `json:"outcome"`
	// Ambiguous variants rewrite the address (percent hack, bang path,
	// quoted local part, source route): a server that accepts them may
	// relay, or may take the whole string as a local mailbox and bounce it
	// later; only DATA would tell, and the test never sends it.
	Ambiguous bool   `json:"ambiguous,omitempty"`
	Error     string `json:"error,omitempty"`
}

type relayVariant struct {
	name      string
	from, to  string
	ambiguous bool
}

func relayVariants(r OpenRelay, local string) []relayVariant {
	from, to := r.From, r.To
	if from == "" {
		from = DefaultRelayFrom
	}
	if to == "" {
		to = DefaultRelayTo
	}
	user, dom, _ := strings.Cut(to, "@")
	return []relayVariant{
		{"plain", from, to, false},
		{"null sender", "", to, false},
		{"sender at the tested domain", "postmaster@" + local, to, false},
		{"domain literal", from, user + "@[" + RelayLiteral + "]", false},
		{"percent hack", from, user + "%" + dom + "@" + local, true},
		{"bang path", from, dom + "!" + user + "@" + local, true},
		{"quoted local part", from, `"` + to + `"@` + local, true},
		{"source route", from, "@" + local + ":" + to, true},
	}
}

// relayTest runs every variant on conn, an SMTP session after EHLO.
func (p *prober) relayTest(conn *smtpwire.Conn, c *Connection) {
	local := c.Target.Domain
	if local == "" {
		local = strings.TrimSuffix(c.Target.Host, ".")
	}
	if local == "" || strings.ContainsAny(local, ":[]") {
		local = "[" + c.Target.Addr + "]"
	}
	c.Relay = []RelayAttempt{}
	for _, v := range relayVariants(*p.o.OpenRelay, local) {
		a := RelayAttempt{Variant: v.name, Mail: "MAIL FROM:<" + v.from + ">", Rcpt: "RCPT TO:<" + v.to + ">", Ambiguous: v.ambiguous}
		r, err := conn.Cmd(a.Mail)
		if err == nil && r.Code/100 == 2 {
			r, err = conn.Cmd(a.Rcpt)
		} else {
			a.Rcpt = ""
		}
		a.Reply = replyInfo(r)
		switch {
		case err != nil:
			a.Outcome, a.Error = "error", ioErrText(err, p.o)
		case r.Code/100 == 2:
			a.Outcome = "accepted"
		default:
			a.Outcome = "refused"
		}
		c.Relay = append(c.Relay, a)
		if err != nil || r.Code == 421 {
			return // the server closed the session
		}
		if rr, err := conn.Cmd("RSET"); err != nil || rr.Code != 250 {
			return
		}
	}
}

// relayFindings turns each attempt into a finding: relay.open (fail; warn
// for an ambiguous variant), relay.closed (pass) or relay.untested.
func relayFindings(o *Options, c *Connection) []finding.Finding {
	if o.OpenRelay == nil || c.Relay == nil {
		return nil
	}
	var fs []finding.Finding
	for _, a := range c.Relay {
		ev := []string{a.Mail}
		if a.Rcpt != "" {
			ev = append(ev, a.Rcpt)
		}
		if a.Reply != nil {
			ev = append(ev, a.Reply.Lines...)
		}
		switch a.Outcome {
		case "accepted":
			f := finding.Finding{ID: IDRelayOpen, Status: finding.Fail, Target: c.Target, Evidence: ev,
				Summary: fmt.Sprintf("open relay (%s): the server accepted a foreign recipient from an outside sender: %s", a.Variant, a.Rcpt),
				Detail: "An open relay passes anyone's mail to any domain: spammers find it within hours, and the server's address lands on every blocklist. " +
					"The test stopped before DATA, so nothing was sent.",
				Remediation: []string{
					"Relay only for your own networks and authenticated users (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination; Exim: keep acl_check_rcpt's 'require message = relay not permitted / domains = +local_domains : +relay_to_domains' and relay_from_hosts to your own hosts; Microsoft Exchange: remove Anonymous users' ms-Exch-SMTP-Accept-Any-Recipient permission from the receive connector)",
					"Check mynetworks (or relay_from_hosts) for ranges wider than your own hosts",
				}}
			if a.Ambiguous {
				f.Status = finding.Warn
				f.Summary = fmt.Sprintf("possible open relay (%s): the server accepted %s", a.Variant, a.Rcpt)
				f.Detail = "The address is rewritten to a foreign recipient by servers that honour this syntax; a server that takes the whole string as a local mailbox also accepts it and bounces it later. Only DATA would tell, and the test never sends it. " + f.Detail
				f.Remediation = append([]string{"Refuse this address syntax for non-local recipients (Postfix: allow_percent_hack = no, swap_bangpath = no, and reject_unauth_destination applies to the rewritten address)"}, f.Remediation...)
			}
			fs = append(fs, f)
		case "refused":
			what := a.Rcpt
			if what == "" {
				what = a.Mail
			}
			reply := ""
			if a.Reply != nil && len(a.Reply.Lines) > 0 {
				reply = ": " + strings.Join(a.Reply.Lines, " ")
			}
			fs = append(fs, finding.Finding{ID: IDRelayClosed, Status: finding.Pass, Target: c.Target, Evidence: ev,
				Summary: fmt.Sprintf("no relay (%s): %s refused%s", a.Variant, what, reply)})
		default:
			fs = append(fs, finding.Finding{ID: IDRelayError, Status: finding.Warn, Target: c.Target, Evidence: ev,
				Summary:     fmt.Sprintf("the open-relay test (%s) was cut short: %s", a.Variant, a.Error),
				Remediation: []string{"Run the test again; variants after a dropped connection were not tried"}})
		}
	}
	if n := len(relayVariants(*o.OpenRelay, "x")); len(c.Relay) < n && !hasID(fs, IDRelayError) {
		fs = append(fs, finding.Finding{ID: IDRelayError, Status: finding.Warn, Target: c.Target,
			Summary:     fmt.Sprintf("the open-relay test ended after %d of %d variants: the server ended the session", len(c.Relay), n),
			Remediation: []string{"Run the test again; the server may limit errors per session"}})
	}
	return fs
}

func hasID(fs []finding.Finding, id string) bool {
	for _, f := range fs {
		if f.ID == id {
			return true
		}
	}
	return false
}
