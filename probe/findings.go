package probe

import (
	"crypto/tls"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/explain"
	"github.com/smtpgw/smtpgw/finding"
)

// Finding ids of connections. The DNS ids are in mx.go.
//
//	connect.ok / connect.failed             TCP connect (refused, timeout, unreachable)
//	connect.no-ipv6                         IPv6 address not tested: no IPv6 route on this machine
//	greeting.ok / greeting.rejected / greeting.slow / greeting.pause / greeting.failed
//	ehlo.ok / ehlo.helo-only / ehlo.rejected
//	dialogue.failed                         the server closed, stalled or broke the protocol mid-dialogue
//	probe.timeout                           the overall --timeout passed before the target was started
//	starttls.ok / starttls.missing / starttls.failed
//	tls.failed                              implicit TLS (465) handshake failed
//	tls.version / tls.version.ok / tls.cipher
//	tls.cert.ok / tls.cert.expired / tls.cert.expiring / tls.cert.untrusted / tls.cert.name-mismatch
//	auth.ok / auth.plaintext / auth.port25 / submission.no-auth
func connectionFindings(o *Options, c *Connection) []finding.Finding {
	var fs []finding.Finding
	t := c.Target
	add := func(id string, st finding.Status, summary, detail string, rem, ev []string) *finding.Finding {
		fs = append(fs, newFinding(id, st, t, summary, detail, rem, ev))
		return &fs[len(fs)-1]
	}
	portWord := portDescription(t.Port)

	// Connect.
	if !c.Connected && localNoIPv6(c) {
		// ENETUNREACH for an IPv6 address comes from this machine's own
		// routing table: the server was not tested, it did not fail.
		add("connect.no-ipv6", finding.Info, fmt.Sprintf("IPv6 address not tested: this machine has no IPv6 route (port %d)", t.Port),
			"The connection failed locally with \"network is unreachable\" before any packet left: this machine has no IPv6 connectivity, so nothing is known about the server on this address.",
			[]string{"Probe from a host with IPv6 connectivity to test this address, or pass -4 to leave IPv6 addresses out."}, []string{c.ConnectError})
		return fs
	}
	if !c.Connected {
		var summary, detail string
		rem := []string{}
		switch c.ConnectErrorKind {
		case "refused":
			summary = fmt.Sprintf("connection refused on port %d", t.Port)
			detail = "The host answered but nothing listens on the port (TCP RST)."
			rem = append(rem, fmt.Sprintf("Check that the mail server listens on port %d on this address (ss -ltn).", t.Port))
			if t.Port != 25 {
				rem = append(rem, fmt.Sprintf("If you do not offer %s, ignore this or leave the port out of the probe.", portWord))
			}
		case "timeout":
			summary = fmt.Sprintf("connection to port %d timed out", t.Port)
			detail = "No answer to the TCP handshake: a firewall drops the packets, or the host is down. Many consumer and cloud networks block outgoing port 25 — probe from a host that may send mail."
			rem = append(rem, "Check firewalls and security groups for the port.", "Check that the host is up and the address in DNS is current.")
		case "unreachable":
			summary = fmt.Sprintf("address unreachable on port %d", t.Port)
			detail = "The network reported no route to the host (ICMP unreachable, or no IPv6 connectivity here)."
			rem = append(rem, "Check routing to the address; for IPv6 check that this machine has IPv6 connectivity (or probe with -4).", "Remove addresses from DNS that are not in service.")
		default:
			summary = fmt.Sprintf("could not connect to port %d", t.Port)
			rem = append(rem, "Check the address and that the port is open.")
		}
		add("connect.failed", finding.Fail, summary, detail, rem, []string{c.ConnectError})
		return fs
	}
	add("connect.ok", finding.Pass, "connected in "+ms(c.ConnectTime), "", nil, nil)

	// Implicit TLS that failed before any greeting.
	if c.Mode == ModeSubmissions && c.TLS == nil {
		detail := "Port 465 speaks TLS from the first byte (RFC 8314). The handshake failed: " + c.TLSError
		if strings.Contains(c.TLSError, "does not look like a TLS handshake") {
			detail += ". The server answered in plain text: it speaks SMTP without TLS (or STARTTLS) on this port."
		}
		add("tls.failed", finding.Fail, "TLS handshake failed on port 465 (implicit TLS)", detail,
			[]string{"Check that port 465 is configured for implicit TLS (Postfix: smtpd_tls_wrappermode=yes), not STARTTLS or plain SMTP.",
				"Check the server's certificate and key configuration."}, []string{c.TLSError})
		return fs
	}

	// Greeting.
	gl := []string{}
	if c.Greeting != nil {
		gl = c.Greeting.Lines
	}
	if c.Stage == "greeting" {
		switch {
		case isTimeoutText(c.Error) && len(gl) == 0:
			add("greeting.failed", finding.Fail, "no greeting: the server accepted the connection but sent no complete greeting in time",
				"The connection was open but no whole 220 greeting arrived in time ("+c.Error+"). This is a tarpit (silent, or dripping bytes slowly), an overloaded server, or a firewall/proxy that accepts connections for a dead backend."+implicitTLSHint(t.Port),
				[]string{"Check the mail server's process and its connection limits.", "Check load balancers or proxies in front of the server."}, gl)
		default:
			add("greeting.failed", finding.Fail, "the greeting could not be read: "+c.Error,
				"The server's first reply was cut off, malformed or too long for SMTP (RFC 5321 §4.2).",
				[]string{"Check what listens on this port: it may not be an SMTP server, or it misbehaves."}, capEvidence(gl))
		}
		if c.TLS != nil {
			fs = append(fs, tlsFindings(o, c)...)
		}
		return fs
	}
	if c.Greeting != nil && c.Greeting.Code != 220 {
		fs = append(fs, greetingRejected(t, c.Greeting))
		if c.TLS != nil { // 465: the TLS came first and is worth reporting
			fs = append(fs, tlsFindings(o, c)...)
		}
		return fs
	}
	if gt, first := dur(c.GreetingTime), dur(c.GreetingFirstLine); gt > o.SlowGreeting && len(gl) > 1 && first <= o.SlowGreeting {
		// "220-" at once, the rest after a pause: a deliberate greet pause
		// (Postfix postscreen pregreet test, postscreen_greet_wait, 6 s by
		// default); it holds only the first connection of a new client.
		add("greeting.pause", finding.Info, fmt.Sprintf("multi-line greeting paused %.1fs after its first line (a pregreet test, such as Postfix postscreen)", (gt-first).Seconds()),
			fmt.Sprintf("The first greeting line came after %s, the last after %s. Servers such as Postfix postscreen (postscreen_greet_action, postscreen_greet_wait) send \"220-\" at once and the rest later, to catch clients that talk before their turn; a client that waits, like this probe, passes and is usually not delayed again for a day (postscreen_greet_ttl).", ms(c.GreetingFirstLine), ms(c.GreetingTime)),
			nil, capEvidence(gl))
	} else if gt > o.SlowGreeting {
		add("greeting.slow", finding.Warn, fmt.Sprintf("greeting after %.1fs (more than %s)", gt.Seconds(), o.SlowGreeting),
			"A slow banner delays every delivery and makes impatient senders give up. Deliberate greet-pauses (Postfix postscreen_greet_wait) are usually 6 s or less.",
			[]string{"Check reverse-DNS and RBL lookups the server makes before greeting: slow resolvers are the usual cause.", "Check the server's load and connection limits."}, capEvidence(gl))
	} else {
		add("greeting.ok", finding.Pass, "220 greeting in "+ms(c.GreetingTime), "", nil, capEvidence(gl))
	}

	// EHLO.
	ehloLines := []string{}
	if c.EHLO != nil {
		ehloLines = c.EHLO.Lines
	}
	if c.Stage == "ehlo" {
		if c.Error != "" {
			add("dialogue.failed", finding.Fail, "the dialogue broke during EHLO: "+c.Error,
				"The server greeted but then closed the connection, stalled or sent an invalid reply to EHLO.",
				[]string{"Check the server's logs for this connection: it may reject the client's EHLO name or address, or crash."}, capEvidence(ehloLines))
		} else {
			ex := explainReply(c.EHLO, "EHLO", t.Host)
			f := add("ehlo.rejected", finding.Fail, fmt.Sprintf("%s rejected with %d", c.HeloCommand, c.EHLO.Code),
				"The server refuses the client's hello; nothing can be sent. "+ex.Summary,
				append(ex.Remediation, "Check that the HELO name is a fully qualified host name of this machine; some servers reject unknown or non-FQDN names."), capEvidence(ehloLines))
			f.Category = string(ex.Category)
		}
		return fs
	}
	if c.HeloCommand == "HELO" {
		add("ehlo.helo-only", finding.Warn, "EHLO not supported: the server only speaks old SMTP (HELO)",
			"Without ESMTP (RFC 5321 §2.2) the server can offer no extension: no STARTTLS, no SIZE, no 8BITMIME.",
			[]string{"Upgrade or reconfigure the mail server to support ESMTP; every current MTA does."}, capEvidence(ehloLines))
	} else if c.EHLO != nil {
		add("ehlo.ok", finding.Pass, fmt.Sprintf("EHLO accepted, %d extension(s): %s", len(c.Extensions), KeyExtensions(c.Extensions, 8)), "", nil, capEvidence(ehloLines))
	}

	// TLS.
	if c.Mode != ModeSubmissions {
		switch {
		case !c.STARTTLSOffered:
			st := finding.Fail
			detail := "The server does not offer STARTTLS, so clients can only send passwords and messages in clear text."
			rem := []string{"Configure a certificate and enable STARTTLS (Postfix: smtpd_tls_security_level=encrypt on submission, with smtpd_tls_cert_file/smtpd_tls_key_file)."}
			if c.Mode == ModeSMTP {
				st = finding.Warn
				detail = "The server does not offer STARTTLS, so mail from other servers arrives in clear text. Large providers flag or refuse such servers, and MTA-STS or DANE cannot be used."
				rem = []string{"Configure a certificate and enable STARTTLS (Postfix: smtpd_tls_security_level=may, smtpd_tls_cert_file, smtpd_tls_key_file; Exim: tls_advertise_hosts = *, tls_certificate, tls_privatekey)."}
			}
			add("starttls.missing", st, fmt.Sprintf("STARTTLS not offered on port %d", t.Port), detail, rem, capEvidence(ehloLines))
		case c.TLS == nil:
			ev := capEvidence(ehloLines)
			summary := "STARTTLS offered but the TLS handshake failed"
			detail := "The server advertises STARTTLS but the upgrade failed: " + c.TLSError + ". Senders that try TLS first fall back to clear text or defer the mail."
			rem := []string{"Check the TLS configuration: certificate and key files readable and matching, protocols and ciphers not restricted to what no client speaks.", "Look in the server's log for the TLS error of this connection."}
			if c.STARTTLSReply != nil {
				ev = append(ev, "C: STARTTLS")
				ev = append(ev, c.STARTTLSReply.Lines...)
				if c.STARTTLSReply.Code != 220 {
					summary = fmt.Sprintf("STARTTLS offered but refused with %d", c.STARTTLSReply.Code)
					detail = fmt.Sprintf("The server advertises STARTTLS but answered it with %d: TLS is broken (often a missing or unreadable certificate, or a TLS library error) while the extension is still advertised.", c.STARTTLSReply.Code)
				}
			} else if c.Error != "" {
				detail = "The server advertises STARTTLS but the dialogue broke when it was used: " + c.Error
			}
			add("starttls.failed", finding.Fail, summary, detail, rem, ev)
		default:
			add("starttls.ok", finding.Pass, fmt.Sprintf("STARTTLS works: %s, %s", c.TLS.Version, c.TLS.Cipher), "", nil, nil)
		}
	}
	if c.TLS != nil {
		fs = append(fs, tlsFindings(o, c)...)
	}
	if c.Stage == "ehlo-tls" {
		why := c.Error
		if why == "" && c.EHLOAfterTLS != nil {
			why = fmt.Sprintf("reply %d", c.EHLOAfterTLS.Code)
		}
		add("dialogue.failed", finding.Fail, "EHLO after TLS failed: "+why,
			"After a successful TLS handshake the server did not accept EHLO (RFC 3207 §4.2 requires the client to send it again), so what it offers over TLS (AUTH) is unknown.",
			[]string{"Check the server's logs for this TLS session."}, capEvidence(infoLines(c.EHLOAfterTLS)))
	}

	// AUTH.
	authPlain := c.Mode != ModeSubmissions && len(c.AuthBeforeTLS) > 0
	if authPlain {
		add("auth.plaintext", finding.Fail, "AUTH offered before TLS: "+strings.Join(c.AuthBeforeTLS, " "),
			"The server lets clients log in over an unencrypted connection, so passwords can be read on the network (RFC 8314 §3.3, RFC 4954 §4).",
			[]string{"Offer AUTH only after STARTTLS (Postfix: smtpd_tls_auth_only=yes; Exim: auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}; Exchange: require TLS on the receive connector)."},
			authEvidence(ehloLines))
	}
	authAny := len(c.AuthBeforeTLS) > 0 || len(c.AuthAfterTLS) > 0
	if c.Mode == ModeSMTP && authAny {
		add("auth.port25", finding.Info, "AUTH offered on port 25: "+strings.Join(mergeMechs(c.AuthBeforeTLS, c.AuthAfterTLS), " "),
			"Port 25 is for mail between servers; clients should submit on 587 or 465. AUTH on 25 invites password-guessing bots.",
			[]string{"Offer AUTH only on the submission ports (Postfix: remove smtpd_sasl_auth_enable from the port 25 smtpd in master.cf; Exim: auth_advertise_hosts = ${if and{{!eq{$tls_in_cipher}{}}{!eq{$received_port}{25}}}{*}{}})."},
			authEvidence(append(append([]string{}, ehloLines...), infoLines(c.EHLOAfterTLS)...)))
	}
	tlsUp := c.TLS != nil
	if c.Mode != ModeSMTP && tlsUp && len(c.AuthAfterTLS) == 0 && (c.Mode == ModeSubmissions || c.ExtensionsAfterTLS != nil) {
		add("submission.no-auth", finding.Warn, fmt.Sprintf("port %d reachable but offers no AUTH", t.Port),
			"A submission port without AUTH is either useless to mail clients or, worse, an open submission relay for the addresses it trusts.",
			[]string{"Enable SASL authentication on the submission service (Postfix master.cf: -o smtpd_sasl_auth_enable=yes), or close the port if you do not offer submission."},
			capEvidence(append(append([]string{}, ehloLines...), infoLines(c.EHLOAfterTLS)...)))
	} else if c.Mode != ModeSMTP && !tlsUp && len(c.AuthBeforeTLS) == 0 && c.EHLO != nil {
		add("submission.no-auth", finding.Warn, fmt.Sprintf("port %d reachable but offers no AUTH", t.Port),
			"Neither before TLS nor after it (TLS did not come up) does the server offer AUTH.",
			[]string{"Enable SASL authentication on the submission service, or close the port if you do not offer submission."}, capEvidence(ehloLines))
	}
	if !authPlain && tlsUp && (c.Mode == ModeSMTP || len(c.AuthAfterTLS) > 0) {
		if c.Mode == ModeSMTP {
			add("auth.ok", finding.Pass, "no AUTH offered in clear text", "", nil, nil)
		} else {
			add("auth.ok", finding.Pass, "AUTH offered only over TLS: "+strings.Join(c.AuthAfterTLS, " "), "", nil, nil)
		}
	}

	if c.Error != "" && c.Stage != "ehlo" && c.Stage != "ehlo-tls" && c.Stage != "greeting" && c.Stage != "starttls" && c.Stage != "tls" {
		add("dialogue.failed", finding.Fail, fmt.Sprintf("the dialogue broke at %s: %s", strings.ToUpper(c.Stage), c.Error),
			"The server closed the connection, stalled or sent an invalid reply.", []string{"Check the server's logs for this connection."}, nil)
	}
	return fs
}

func tlsFindings(o *Options, c *Connection) []finding.Finding {
	var fs []finding.Finding
	t, ti := c.Target, c.TLS
	add := func(id string, st finding.Status, summary, detail string, rem, ev []string) {
		fs = append(fs, newFinding(id, st, t, summary, detail, rem, ev))
	}
	opportunistic := c.Mode == ModeSMTP
	lax := func() finding.Status {
		if opportunistic {
			return finding.Warn
		}
		return finding.Fail
	}
	if ti.VersionID < tls.VersionTLS12 {
		add("tls.version", finding.Fail, fmt.Sprintf("%s negotiated: below TLS 1.2", ti.Version),
			"TLS 1.0 and 1.1 are deprecated (RFC 8996); many senders refuse them and fall back to clear text or defer mail.",
			[]string{"Enable TLS 1.2 and 1.3 on the server (Postfix: smtpd_tls_protocols = >=TLSv1.2 and an OpenSSL that supports them)."},
			[]string{ti.Version + " " + ti.Cipher})
	} else {
		sum := fmt.Sprintf("%s, %s", ti.Version, ti.Cipher)
		if ti.KeyExchange != "" {
			sum += ", key exchange " + ti.KeyExchange
		}
		add("tls.version.ok", finding.Pass, sum, "", nil, nil)
	}
	for _, s := range tls.InsecureCipherSuites() {
		if s.Name == ti.Cipher {
			add("tls.cipher", finding.Warn, "weak cipher suite negotiated: "+ti.Cipher,
				"The server prefers or only offers a cipher suite Go classes as insecure (RC4, 3DES, CBC with SHA-256, or RSA key exchange without forward secrecy).",
				[]string{"Offer ECDHE with AES-GCM or ChaCha20-Poly1305 first (Postfix: tls_preempt_cipherlist=yes, smtpd_tls_mandatory_ciphers=high)."},
				[]string{ti.Version + " " + ti.Cipher})
		}
	}
	if len(ti.Chain) == 0 {
		return fs
	}
	leaf := ti.Chain[0]
	certEv := certEvidence(ti)
	good := true
	now := o.Now()
	// Exim without tls_certificate makes up a self-signed certificate
	// ("O=Exim Developers", valid for two hours) at each start: one cause
	// behind the expiring, untrusted and name-mismatch findings.
	eximAuto, eximFix := "", []string(nil)
	if leaf.SelfSigned && strings.Contains(leaf.Subject, "O=Exim Developers") {
		eximAuto = " This is the temporary certificate Exim generates when no tls_certificate is configured (O=Exim Developers, valid for hours, the host name as CN): no sender can verify it."
		eximFix = []string{"Configure a real certificate in Exim: tls_certificate and tls_privatekey (Debian: MAIN_TLS_CERTIFICATE and MAIN_TLS_PRIVATEKEY in /etc/exim4/exim4.conf.localmacros, then update-exim4.conf and a restart)."}
	}
	switch {
	case ti.Expired:
		good = false
		add("tls.cert.expired", finding.Fail, fmt.Sprintf("certificate expired %s (%d days ago)", leaf.NotAfter.Format(time.DateOnly), -leaf.DaysLeft),
			"Senders that verify certificates (MTA-STS, DANE, submission clients) refuse the connection.",
			[]string{"Renew the certificate and reload the mail server (certbot renew, then postfix reload).", "Make sure the renewal hook reloads the mail server, not only the web server."}, certEv)
	case ti.NotYetValid:
		good = false
		add("tls.cert.expired", finding.Fail, fmt.Sprintf("certificate not valid before %s", leaf.NotBefore.Format(time.RFC3339)),
			"The certificate is not yet valid: the server installed it early or a clock is wrong.",
			[]string{"Check the clocks of this machine and the server (NTP)."}, certEv)
	case leaf.NotAfter.Sub(now) < o.ExpiryWarn:
		good = false
		add("tls.cert.expiring", finding.Warn, fmt.Sprintf("certificate expires in %d days (%s)", leaf.DaysLeft, leaf.NotAfter.Format(time.DateOnly)),
			fmt.Sprintf("Fewer than %d days left.", int(o.ExpiryWarn.Hours()/24))+eximAuto,
			append(eximFix, "Renew the certificate now and reload the mail server.", "Check that automatic renewal runs and reloads the mail server."), certEv)
	}
	if !ti.Trusted {
		good = false
		detail := ti.TrustError + "."
		if opportunistic {
			detail += " Port 25 TLS is opportunistic, so most senders deliver anyway, but MTA-STS senders and strict TLS policies refuse it."
		} else {
			detail += " Mail clients will refuse or warn on every connection."
		}
		add("tls.cert.untrusted", lax(), "certificate chain does not verify: "+ti.TrustError, detail+eximAuto,
			append(eximFix, "Use a certificate from a public CA (e.g. Let's Encrypt) and configure the full chain (Postfix: smtpd_tls_chain_files or a fullchain.pem in smtpd_tls_cert_file).",
				"If you verify against a private CA, add it to the CAs trusted."), certEv)
	}
	if ti.NameChecked != "" && !ti.NameMatch {
		good = false
		add("tls.cert.name-mismatch", lax(), fmt.Sprintf("certificate does not match %s: %s", ti.NameChecked, ti.NameError),
			"The certificate must name the MX host itself in a subject alternative name (RFC 7817 / MTA-STS RFC 8461 §4.2)."+eximAuto,
			append(eximFix, fmt.Sprintf("Issue a certificate whose SANs include %s (and every other MX name served by this machine).", ti.NameChecked)), certEv)
	}
	if good {
		add("tls.cert.ok", finding.Pass, fmt.Sprintf("certificate trusted, matches %s, %d days left", firstNonEmpty(ti.NameChecked, "the address"), leaf.DaysLeft), "", nil, certEv)
	}
	return fs
}

func greetingRejected(t finding.Target, g *ReplyInfo) finding.Finding {
	ex := explainReply(g, "CONNECT", t.Host)
	text := strings.ToLower(strings.Join(g.Lines, " "))
	rate := ex.Category == explain.RateLimited || g.Code == 421 && (strings.Contains(text, "too many") || strings.Contains(text, "rate") || strings.Contains(text, "try again later") || strings.Contains(text, "busy"))
	summary := fmt.Sprintf("greeting rejected with %d", g.Code)
	detail := "The server refused the connection in its greeting, so nothing more could be checked. "
	var rem []string
	switch {
	case rate:
		summary += ": rate limit (too many connections), not a missing feature"
		detail += "A 421 greeting like this means the server limits connections from this client's address or in total; it does not mean the server lacks anything. Probe again later or from another address."
		rem = []string{"Wait and probe again, with fewer connections at once.", "If this is your server, check its per-client connection limits (Postfix: smtpd_client_connection_count_limit, anvil) and whether the probing address is throttled."}
		if ex.Category == explain.Unknown {
			ex.Category = explain.RateLimited
		}
	case g.Code == 554:
		detail += "A 554 greeting means \"no SMTP service here\" for this client (RFC 5321 §3.1): usually a blocklist or policy rejection of the client's address."
		rem = []string{"Check whether the probing address is on a blocklist the server uses; probe from another address to compare."}
	default:
		rem = []string{"Read the greeting text: it usually says why.", "Check the server's logs for this connection."}
	}
	if ex.Summary != "" {
		detail += " Explained: " + ex.Summary
	}
	if !rate {
		// explain's steps are written for a sender; the rate-limit steps
		// above already say what a prober should do.
		rem = append(rem, ex.Remediation...)
		if ex.Category != explain.Unknown && ex.Category != "" {
			summary += " (" + string(ex.Category) + ")"
		}
	}
	f := newFinding("greeting.rejected", finding.Fail, t, summary, detail, rem, capEvidence(g.Lines))
	f.Category = string(ex.Category)
	return f
}

// explainReply asks explain what a reply means.
func explainReply(r *ReplyInfo, stage, host string) explain.Explanation {
	if r == nil {
		return explain.Explanation{Category: explain.Unknown}
	}
	s := strings.Join(r.Lines, "\n")
	rep, err := explain.Parse(s)
	if err != nil {
		rep = explain.Reply{Input: s, Code: r.Code, Lines: r.Lines}
	}
	rep.Code = r.Code
	rep.Stage, rep.RemoteHost = stage, host
	return explain.Explain(rep)
}

func certEvidence(ti *TLSInfo) []string {
	var ev []string
	for i, c := range ti.Chain {
		e := fmt.Sprintf("cert %d: subject %q issuer %q, %s to %s, %s %d-bit, %s", i, c.Subject, c.Issuer,
			c.NotBefore.Format(time.DateOnly), c.NotAfter.Format(time.DateOnly), c.KeyType, c.KeyBits, c.SignatureAlgorithm)
		if len(c.SANs) > 0 {
			e += ", SANs " + strings.Join(c.SANs, " ")
		}
		if i == 0 {
			// For DANE TLSA 3 1 1 and pinning; posttls-finger prints both.
			e += ", SHA-256 " + c.SHA256 + ", SPKI SHA-256 " + c.SPKISHA256
		}
		ev = append(ev, e)
	}
	return ev
}

func authEvidence(lines []string) []string {
	var out []string
	for _, l := range lines {
		u := strings.ToUpper(l)
		if len(u) > 4 && strings.HasPrefix(u[4:], "AUTH") {
			out = append(out, l)
		}
	}
	return out
}

func infoLines(r *ReplyInfo) []string {
	if r == nil {
		return nil
	}
	return r.Lines
}

func mergeMechs(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range append(append([]string{}, a...), b...) {
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

// capEvidence keeps evidence readable: at most 40 lines of at most 200 bytes.
func capEvidence(lines []string) []string {
	var out []string
	for i, l := range lines {
		if i == 40 {
			out = append(out, fmt.Sprintf("... %d more lines", len(lines)-40))
			break
		}
		if len(l) > 200 {
			l = l[:200] + "..."
		}
		out = append(out, l)
	}
	return out
}

// KeyExtensions lists the extensions that matter, in a fixed order (at
// most max of them), then the count of others: "STARTTLS SIZE 10M +3 more".
func KeyExtensions(ext map[string]string, max int) string {
	order := []string{"STARTTLS", "AUTH", "SIZE", "PIPELINING", "8BITMIME", "SMTPUTF8", "CHUNKING", "DSN", "ENHANCEDSTATUSCODES", "REQUIRETLS"}
	var out []string
	for _, k := range order {
		if v, ok := ext[k]; ok && len(out) < max {
			if k == "SIZE" && v != "" {
				out = append(out, "SIZE "+humanSize(v))
			} else {
				out = append(out, k)
			}
		}
	}
	if n := len(ext) - len(out); n > 0 {
		out = append(out, fmt.Sprintf("+%d more", n))
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, " ")
}

// localNoIPv6 reports a connect failure to an IPv6 address with
// ENETUNREACH: this machine has no route for IPv6 at all.
func localNoIPv6(c *Connection) bool {
	ip := net.ParseIP(c.Target.Addr)
	return c.ConnectErrorKind == "unreachable" && ip != nil && ip.To4() == nil && strings.Contains(c.ConnectError, "network is unreachable")
}

func portDescription(port int) string {
	switch PortMode(port) {
	case ModeSMTP:
		return "SMTP on port 25"
	case ModeSubmissions:
		return "submission over implicit TLS (port 465)"
	}
	return fmt.Sprintf("submission (port %d)", port)
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

func dur(m Millis) time.Duration { return time.Duration(m) }

// humanSize renders a SIZE parameter (octets) as "50M"; "0" means no limit.
func humanSize(v string) string {
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	switch {
	case err != nil:
		return v
	case n == 0:
		return "unlimited"
	case n >= 1<<20 && n%(1<<20) == 0 || n >= 10<<20:
		return strconv.FormatInt(n>>20, 10) + "M"
	case n >= 1<<10:
		return strconv.FormatInt(n>>10, 10) + "K"
	}
	return v
}

// implicitTLSHint adds, for a port probed in plain text, the other common
// cause of a silent server: it expects TLS from the first byte (a Postfix
// smtpd with smtpd_tls_wrappermode=yes waits silently for the ClientHello).
func implicitTLSHint(port int) string {
	if PortMode(port) == ModeSubmissions {
		return ""
	}
	return fmt.Sprintf(" A server that says nothing at all may also expect TLS from the first byte (implicit TLS, as on 465): port %d was spoken to in plain text.", port)
}
