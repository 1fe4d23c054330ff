package explain

import "strings"

// Rules of session 11's held-out batches heldout16-net* (issue 10): kinds
// found on their first runs, each tested in new wording in net16_kinds_test.go.
//
// Batch 16-net (TLS, DNS and connection failures as MTAs and client
// libraries word them) found these kinds:
//   - a TLS library's own error text names why a handshake failed, in
//     words no TLS rule held: OpenSSL's certificate verification results
//     (X509_verify_cert_error_string: "unable to verify the first
//     certificate", "self-signed certificate in certificate chain"),
//     Python's ssl.SSLEOFError ("EOF occurred in violation of protocol",
//     read as a network EOF), .NET's System.Security.Authentication
//     exceptions (SslStream's; read as an API's authentication error), an
//     Erlang client's {missing_requirement, Host, tls};
//   - that TLS cause decides over the words of the connection it broke
//     ("Could not open socket: unable to verify the first certificate",
//     Sendmail's "STARTTLS=client, error: connect failed=-1,
//     reason=certificate verify failed");
//   - a resolver's own words: Go's "server misbehaving" (SERVFAIL: the
//     lookup failed for now, network) and Windows' "getaddrinfo failed"
//     ([Errno 11001], WSAHOST_NOT_FOUND: the name does not exist);
//   - a DNS domain that "does not exist" with its name between the words
//     (Exchange Online's 5.4.310) is the domain, not the recipient;
//   - a TLS session that was set up and verified (Postfix's "Verified TLS
//     connection established") is a success, not a TLS failure;
//   - the class of a TLS failure comes from the agent that reports it:
//     OpenSMTPD's "smtp-out: Error on session", Exim's "TLS error on
//     connection to" and Sendmail's "STARTTLS=client, error:" are the
//     sending MTA's own log (it retries: transient; mtaTLSDeferralWording,
//     rules_engine13.go);
//   - input forms: Exim's debug output writes the process id before each
//     line ("  240 LOG: MAIN"), which is no reply code (eximDebugPid); the
//     older Exchange NDR's attempt list says "Remote Server at ... returned"
//     (newestFirstAttempt, parse.go).
var net16Rules = []rule{
	// OpenSSL's certificate verification results (X509_verify_cert_error_string),
	// as Node, Python, Ruby, PHP and OpenSSL itself pass them on
	{ID: "net16.x509-verify-result", Any: []string{"unable to verify the first certificate", "unable to get local issuer certificate",
		"unable to get issuer certificate", "self signed certificate in certificate chain", "self-signed certificate in certificate chain",
		"depth zero self signed cert", "depth_zero_self_signed_cert", "self_signed_cert_in_chain", "unable_to_verify_leaf_signature",
		"unable_to_get_issuer_cert_locally", "cert_has_expired", "certificate is not yet valid", "certificate signature failure",
		"certificate revoked", "invalid ca certificate", "unsuitable certificate purpose", "hostname/ip does not match certificate",
		"hostname/ip doesn't match certificate", "err_tls_cert_altname_invalid"},
		Not: []string{"verified tls connection", "trusted tls connection established"},
		Cat: TLSRequired, Pri: conceptPri + 10,
		Summary: "The client refused the server's TLS certificate: it could not verify it (an incomplete or unknown chain, a self-signed or expired certificate, or a name that does not match the host).",
		Fix: []string{"Look at the certificate the server sends: `openssl s_client -starttls smtp -connect host:587 -servername host` (port 465: without -starttls).",
			"An incomplete chain is fixed on the server (send the intermediate certificates); a private CA is added to the client's trust store, not switched off.",
			"Connect by the name the certificate carries, not by an IP address or another alias."},
		Refs: []string{"RFC 3207", "RFC 6125 (checking the server's name)"}},
	// Python's ssl.SSLEOFError: the peer closed during the TLS handshake
	// (a port that does not speak TLS, or a TLS setting it refused)
	{ID: "net16.tls-eof", Any: []string{"eof occurred in violation of protocol", "ssleoferror", "unexpected_eof_while_reading",
		"tls handshake eof", "eof during handshake", "eof in handshake"},
		Cat: TLSRequired, Pri: conceptPri + 10,
		Summary: "The server closed the connection in the middle of the TLS handshake: the port does not speak TLS the way the client expects, or the server refused the client's TLS versions or ciphers.",
		Fix: []string{"Use the port with the TLS mode it expects: 465 speaks TLS at once, 587 and 25 start in plain text and upgrade with STARTTLS.",
			"Check which TLS versions and ciphers both sides allow: `openssl s_client -starttls smtp -connect host:587 -tls1_2`."},
		Refs: []string{"RFC 3207", "RFC 8314"}},
	// .NET: System.Security.Authentication.AuthenticationException is what
	// SslStream throws for a failed TLS handshake ("The remote certificate is
	// invalid ...", "Cannot determine the frame size or a corrupted frame
	// was received"): the namespace's "authentication" is TLS's, not a login
	{ID: "net16.dotnet-tls", Any: []string{"system.security.authentication",
		"system.net.security.sslstream", "sslstream", "corrupted frame was received", "cannot determine the frame size",
		"remote certificate is invalid", "remotecertificatenamemismatch", "remotecertificatechainerrors", "handshake failed due to an unexpected packet format",
		// SChannel's words under SslStream and System.Net.Mail (batch 16-net b)
		"do not possess a common algorithm", "a call to sspi failed",
		// SslStream's AuthenticationException messages without the type's
		// name: the "authentication" is the TLS handshake's (batch 16-net c)
		"authentication failed because the remote party", "remote party has closed the transport stream",
		"remote party sent a tls alert"},
		Cat: TLSRequired, Pri: conceptPri + 10,
		Summary: "The .NET client's TLS handshake with the server failed (SslStream): the server's certificate was refused, or the port does not speak TLS the way the client expects.",
		Fix: []string{"Match the port and its TLS mode: SecureSocketOptions.SslOnConnect for 465, StartTls for 587.",
			"If the certificate is refused, look at it (`openssl s_client -starttls smtp -connect host:587`) and fix its chain or name on the server."}},
	// an Erlang client (gen_smtp, and the Elixir mailers on it) that needs
	// TLS the server does not offer: {missing_requirement, Host, tls}
	{ID: "net16.tls-requirement-missing", Any: []string{"missing_requirement"},
		With: []string{"tls", "ssl"},
		Cat:  TLSRequired, Pri: conceptPri + 10,
		Summary: "The client requires TLS for this server ({tls, always}) and could not set it up: the server does not offer STARTTLS on this port, or the upgrade failed.",
		Fix: []string{"Check that the server offers STARTTLS on this port (`smtpgw probe host:587`), or use port 465 with TLS on connect.",
			"Relax the client's TLS option only for a server on a trusted network."}},
	// Sendmail's client side of STARTTLS ("STARTTLS=client, error: connect
	// failed=-1, reason=..."): a TLS handshake that failed, not a connection
	{ID: "net16.sendmail-starttls-client", All: []string{"starttls=client"},
		Any: []string{"error:", "verify=fail", "reason="},
		Cat: TLSRequired, Pri: conceptPri + 20,
		Summary: "Sendmail could not set up TLS with the receiving server (its STARTTLS=client handshake failed); it queues the message and retries.",
		Fix: []string{"The log's reason= names the cause: a certificate that does not verify, or versions and ciphers both sides do not share.",
			"If the receiving server's TLS is broken and TLS is optional for it, exempt it in the access map (Try_TLS:host NO)."}},

	// the server offers no TLS the client asked for, in a client's or a
	// probe's words ("Server does not support secure connections",
	// System.Net.Mail; "did not appear to support STARTTLS", sslscan; "502
	// 5.5.1 TLS not supported") (batch 16-net b)
	{ID: "net16.server-offers-no-tls", Any: []string{"does not support secure connections", "doesn't support secure connections",
		"not appear to support starttls", "does not support starttls", "doesn't support starttls", "starttls not supported", "tls not supported",
		"starttls was not advertised", "did not advertise starttls", "starttls not advertised", "starttls is not supported", "tls is not supported"},
		Cat: TLSRequired, Pri: conceptPri + 10,
		Summary: "The client asked for TLS (STARTTLS or a secure connection) and the server does not offer it on this port.",
		Fix: []string{"Check what the server offers: `smtpgw probe host:587` lists its EHLO extensions (STARTTLS among them or not).",
			"Use the port and TLS mode the server supports (465 with TLS at once, 587 with STARTTLS), or ask its administrator to enable TLS; turn TLS off only on a trusted network."}},
	// a client's TLS connect call that failed ("SSL-connect failed", Delta
	// Chat core; "TLS connect failed"): the handshake, not the TCP
	// connection (batch 16-net b)
	{ID: "net16.tls-connect-failed", Any: []string{"ssl-connect failed", "ssl connect failed", "ssl-connect error", "ssl connect error",
		"tls connect failed", "tls-connect failed", "tls connect error"},
		Cat: TLSRequired, Pri: conceptPri + 10,
		Summary: "The client's TLS connection to the server could not be set up (its SSL/TLS connect step failed): the port does not speak TLS the way the client expects, or the certificate, versions or ciphers do not match.",
		Fix: []string{"Use the port with the TLS mode it expects: 465 speaks TLS at once, 587 and 25 start in plain text and upgrade with STARTTLS.",
			"Look at the server's TLS: `openssl s_client -starttls smtp -connect host:587`."}},

	// ---- the resolver's words ----
	// Go's resolver for a server failure (SERVFAIL, or a resolver that does
	// not answer properly): the lookup failed for now
	{ID: "net16.resolver-misbehaving", Any: []string{"server misbehaving"},
		Cat: Network, Pri: conceptPri + 8, Generic5xx: true,
		Summary: "The DNS server the sending host asks failed to answer the lookup (SERVFAIL or a broken reply): the mail server's name could not be resolved for now.",
		Fix: []string{"Check the resolver the program uses (in a container: Docker's 127.0.0.11, which forwards to the host's): `dig @resolver host`.",
			"If the name is another container's, check that the container runs; send again once the lookup works."}},
	// Windows' resolver for a name that does not exist (WSAHOST_NOT_FOUND,
	// 11001), as Python gives it: "[Errno 11001] getaddrinfo failed"
	{ID: "net16.getaddrinfo-failed", Any: []string{"getaddrinfo failed", "errno 11001", "wsahost_not_found"},
		Not: []string{"try again", "temporary", "eai_again", "errno -3", "errno 11002", "timed out", "timeout"},
		Cat: HostUnknown, Pri: conceptPri + 8,
		Summary: "The mail server's name could not be resolved: no such host is known (on Windows, WSAHOST_NOT_FOUND).",
		Fix: []string{"Check the server name the application is set to for typos.",
			"Look it up from the same host (`nslookup smtp.host.example`); a name that resolves elsewhere points at the host's DNS settings or a proxy."}},
	// a client that could not find the server's host name ("Could not find
	// the host", NeoMutt; "Could not find host", mailsend): the name did not
	// resolve, whatever connection words follow (batch 16-net b)
	{ID: "net16.host-not-found", Any: []string{"could not find the host", "could not find host", "couldn't find the host", "couldn't find host",
		"cannot find host", "can't find host", "unable to find host", "unable to find the host"},
		Not: []string{"mx for", "try again", "temporar"},
		Cat: HostUnknown, Pri: conceptPri + 10,
		Summary: "The client could not resolve the mail server's host name: no such host is known (a typo, a name that is not in DNS, or an empty host setting).",
		Fix: []string{"Check the server name the client is set to (and that the port is not written into it: host and port are separate settings).",
			"Look it up from the same host: `dig +short smtp.host.example`."}},
	// a DNS domain that does not exist, its name between the words
	// ("550 5.4.310 DNS domain far.example does not exist", Exchange Online)
	{ID: "net16.dns-domain-missing", Any: []string{"dns domain", "domain name"},
		With: []string{"does not exist", "doesn't exist", "not exist", "nonexistent", "infodomainnonexistent"},
		Not:  []string{"user", "mailbox", "recipient", "account"},
		Cat:  HostUnknown, Pri: conceptPri + 10,
		Summary: "The recipient's domain does not exist in DNS: no mail server can be found for it.",
		Fix:     []string{"Check the domain of the address for typos.", "Look it up: `dig MX domain` and `dig A domain`."}},

	// ---- a TLS session that succeeded ----
	// Postfix's TLS log line when the peer's certificate was verified
	// against the policy (smtp_tls_loglevel 1): TLS worked
	// (and a probe's: swaks' "=== TLS started with cipher", chasquid's
	// smtp-check "TLS OK:"; batch 16-net b)
	{ID: "net16.tls-verified", Any: []string{"verified tls connection established", "trusted tls connection established",
		"tls started with cipher", "tls ok: tls"},
		Not: []string{"untrusted tls connection", "verification failed", "not verified", "not trusted", "***", "error", "failed", "did not"},
		Cat: Success, Pri: conceptPri + 20,
		Summary: "The TLS session with the server was set up: TLS works on this hop."},
}

// eximDebugLeads are what Exim's debug and verbose output writes after the
// process id: its log-line flags and its own debug words. The first
// eximDebugFlags of them never start a server's reply text.
var eximDebugLeads = []string{"LOG: ", "== ", "=> ", "-> ", "<= ", "*> ", "SMTP<< ", "SMTP>> ",
	"** ", "R: ", "T: ", "delivering ", "Connecting to ", "Exim version ", "routing ", "direct command"}

const eximDebugFlags = 8

// eximDebugPid reports a line of Exim's debug output (exim -d, -v), which
// writes the process id right-aligned in five columns before each line
// ("  240 LOG: MAIN", "  240   == a@b.example R=dnslookup defer (-1): host
// lookup did not complete"): the pid of a process under 1000 looks like a
// reply code, and is none (held-out batch 16-net). line is the line as
// given, body the trimmed line that starts with the number. An indented
// line may go on with any of Exim's debug words; the paste's first line,
// whose indent the command line or the paste took away, only with a log
// flag no reply starts with.
func eximDebugPid(line, body string) bool {
	i := 0
	for i < len(body) && isDigit(body[i]) {
		i++
	}
	if i == 0 || i >= len(body) || body[i] != ' ' {
		return false
	}
	leads := eximDebugLeads[:eximDebugFlags]
	if len(line) > 0 && line[0] == ' ' {
		leads = eximDebugLeads // "%5d": a pid under 10000 is padded with spaces
	}
	rest := strings.TrimLeft(body[i:], " ")
	if strings.HasPrefix(rest, "H=") && strings.HasPrefix(body[i:], "   ") {
		// the indented continuation of an Exim log line under its pid
		// ("273   H=mx.b.example [192.0.2.1] Connection timed out")
		return true
	}
	if strings.HasPrefix(rest, "Connecting to ") && strings.Contains(rest, " ... ") {
		// Exim's connection attempt with its " ... " before the outcome
		// ("273 Connecting to mx.b.example [192.0.2.1]:25 ... failed:
		// Connection timed out"), also on a paste's first line that lost its
		// indent: no server's reply starts so (held-out batch 17)
		return true
	}
	for _, lead := range leads {
		if strings.HasPrefix(rest, lead) {
			return true
		}
	}
	if strings.HasPrefix(body[i:], "  ") && (strings.HasPrefix(rest, "** ") || strings.HasPrefix(rest, "R: ") || strings.HasPrefix(rest, "T: ")) &&
		(strings.Contains(rest, " R=") || strings.Contains(rest, " T=")) {
		// a container's log of Exim's main log with its pid column ("292
		// ** a@b.example R=smarthost T=remote_smtp ...: 550 ..."): the
		// padding and Exim's router or transport field say so (parse26)
		return true
	}
	return false
}
