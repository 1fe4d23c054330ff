package explain

// Rules of helper net17 (issue 10, session 12); see docs/heldout/heldout17*.md.
//
// Batch 17-net (TLS, DNS and connection failures as MTAs, resolvers and
// client libraries word them) found these kinds:
//   - the operating system's error of a socket or a resolver is the
//     innermost cause of an error chain, and each system names it its own
//     way: a symbolic name (ECONNREFUSED, WSAETIMEDOUT, EAI_NODATA, an
//     Erlang inet atom such as nxdomain), a number with its text (Windows'
//     10065 "A socket operation was attempted to an unreachable host",
//     11002 "temporary error during hostname resolution"), a library's
//     constant (libetpan's MAILSMTP_ERROR_CONNECTION_REFUSED). The tables
//     below hold those names by meaning — the name does not exist
//     (host-unknown), the resolver could not answer now (network), the
//     connection could not be made or broke (network) — and they decide
//     over the wrapper around them (gen_smtp's network_failure, the
//     "ssl_connect" of the function that failed);
//   - a resolver library's own words: dnspython's "The DNS query name does
//     not exist" (NXDOMAIN, not a recipient) and "The resolution lifetime
//     expired" (a DNS timeout, not a queue lifetime); a resolver's "Host not
//     found, try again" for any record type (Postfix's TLSA lookup);
//   - (batch 17-net b) a TLS alert by its name in each library's spelling
//     (tlsAlertNames: "Fatal (HANDSHAKE_FAILURE)", "Received fatal alert:
//     protocol_version", Go's "unsupported protocol version"), Python's ssl
//     exception classes (SSLZeroReturnError), Windows' DNS error texts
//     ("DNS name does not exist"), curl's "Could not resolve host",
//     systemd-resolved's "resolve call failed: ... not found"; a number that
//     "version" leads is no reply code (versionNumberAt, parse.go); a
//     bounce that states "This is a permanent error; I've given up" is
//     permanent whatever 4.x.x code its reason quotes (classify.go);
//   - a TLS library's own names: rustls/webpki's error names in their Debug
//     form (WebPKIError(UnknownIssuer)), Erlang ssl's option and failure
//     atoms (server_name_indication, tls_failed) inside gen_smtp's tuples;
//   - a TLS policy of the sending MTA (Postfix's smtp_tls_policy_maps
//     warnings, Exim's "DANE error: tlsa lookup", a TLSRPT report's result
//     types) is the MTA's own TLS failure: TLS, and transient (the MTA keeps
//     the message; mtaTLSDeferralWording, rules_engine13.go);
//   - a domain that "does not resolve" under a routing code (X.4.x) is the
//     recipient's domain, not the sender's;
//   - a domain that is the subject of "does not exist" ("The domain in the
//     email address ... does not exist") is the domain, not the recipient;
//   - input form: a bounce that joined a multi-line reply into one line
//     keeps the last line's code between two words ("#550-The domain ...
//     does not 550 exist."; stripLastLineCode, parse.go).

// The operating system's names for a socket's or a resolver's error, by
// what they mean (symbolic names, Windows Sockets' and glibc's texts,
// Erlang inet atoms, library constants): a name, not a phrasing, so each
// stands for its error wherever a chain of wrappers carries it.
var (
	// the name does not exist: EAI_NONAME, EAI_NODATA, WSAHOST_NOT_FOUND
	// (11001), WSANO_DATA (11004), NXDOMAIN as resolvers and Erlang name it
	osNameUnknown = []string{"eai_noname", "eai_nodata", "no address associated with hostname", "no address associated with name",
		"wsahost_not_found", "wsano_data", "no such host is known", "requested name is valid, but no data of the requested type",
		"{error,nxdomain}", "{error, nxdomain}", "{:error, :nxdomain}", ":nxdomain}",
		"dns query name does not exist", "resolver.nxdomain",
		// Windows' DNS_ERROR_RCODE_NAME_ERROR (9003) text, curl's
		// CURLE_COULDNT_RESOLVE_HOST (6) (batch 17-net b)
		"dns name does not exist", "dns_error_rcode_name_error", "could not resolve host", "couldn't resolve host",
		"couldnt_resolve_host", "could not resolve hostname"}
	// the resolver could not answer now: EAI_AGAIN, WSATRY_AGAIN (11002),
	// SERVFAIL, a resolver's time limit
	osNameTryAgain = []string{"eai_again", "wsatry_again", "temporary error during hostname resolution", "nonauthoritative host not found",
		"host not found, try again", "host name lookup failure", "resolution lifetime expired", "dns operation timed out", "lifetimetimeout",
		"{error,servfail}", ":servfail}",
		// Windows' DNS_ERROR_RCODE_SERVER_FAILURE (9002) text (batch 17-net b)
		"dns server failure", "dns_error_rcode_server_failure"}
	// a TLS alert by its name (RFC 8446 §6: the peer's reason for ending
	// the handshake), as the libraries print it: snake case (Java's
	// "Received fatal alert: handshake_failure", the JDK's debug
	// "Fatal (HANDSHAKE_FAILURE)", Erlang's atoms), OpenSSL's "sslv3 alert
	// ...", Go's "remote error: tls: ...", and the version the peer
	// offered that the client refuses (Go's "server selected unsupported
	// protocol version 301")
	tlsAlertNames = []string{"handshake_failure", "bad_certificate", "unsupported_certificate", "certificate_revoked", "certificate_expired",
		"certificate_unknown", "unknown_ca", "protocol_version", "insufficient_security", "inappropriate_fallback", "bad_record_mac",
		"unrecognized_name", "certificate_required", "decrypt_error", "received fatal alert", "remote error: tls",
		"alert handshake failure", "alert bad certificate", "alert unknown ca", "alert protocol version", "alert certificate expired",
		"alert certificate unknown", "alert certificate revoked", "alert illegal parameter", "alert decrypt error",
		"alert insufficient security", "alert unsupported certificate", "alert bad record mac", "alert unrecognized name",
		"unsupported protocol version", "protocol version not supported"}
	// the connection could not be made, or broke: ECONNREFUSED,
	// ETIMEDOUT, EHOSTUNREACH, ENETUNREACH, ECONNRESET, ECONNABORTED,
	// ENETDOWN and their Windows Sockets names, numbers' texts and
	// constants
	osNameConnect = []string{"econnrefused", "wsaeconnrefused", "error_connection_refused", "actively refused it",
		"etimedout", "wsaetimedout", "did not properly respond after a period of time",
		"ehostunreach", "wsaehostunreach", "attempted to an unreachable host",
		"enetunreach", "wsaenetunreach", "attempted to an unreachable network",
		"econnreset", "wsaeconnreset", "forcibly closed by the remote host",
		"wsaeconnaborted", "aborted by the software in your host machine", "wsaenetdown", "wsaehostdown",
		"operation now in progress", "einprogress"} // (batch 27-client: EINPROGRESS, a non-blocking connect that never completed, in Evolution's "Welcome response error")
)

var net17Rules = []rule{
	// ---- the system's error names (the innermost cause of a chain) ----
	{ID: "net17.os-name-unknown", Any: osNameUnknown,
		Not: []string{"try again", "temporar", "eai_again", "servfail", "timeout", "timed out"},
		Cat: HostUnknown, Pri: conceptPri + 16,
		Summary: "The host name could not be resolved: the resolver says no such name exists (NXDOMAIN, or a name with no address).",
		Fix: []string{"Check the host or domain name for typos, and that the port is not written into it.",
			"Look it up from the same host: `dig +short name` (`nslookup name` on Windows); a name that resolves elsewhere points at this host's DNS settings."}},
	// (with the evidence of a resolver's wording only: a bounce whose
	// enhanced code says the domain does not exist, "Status: 5.4.4" beside
	// Postfix's "Host not found, try again", stays host-unknown as the
	// corpus labels it)
	{ID: "net17.os-name-try-again", Any: osNameTryAgain,
		Cat: Network, Pri: conceptPri, Generic5xx: true,
		Summary: "A DNS lookup failed for now (the resolver did not get an answer: SERVFAIL, a timeout, \"try again\"): the name may well exist.",
		Fix: []string{"Check the resolver of the host that reported it: `dig name` from that host, and the domain's name servers (`dig NS domain`).",
			"An MTA retries by itself; an application sends again once lookups work."}},
	{ID: "net17.os-name-connect", Any: osNameConnect,
		Cat: Network, Pri: conceptPri + 16, Generic5xx: true,
		Summary: "The connection to the mail server could not be made or broke (the operating system's socket error: refused, timed out, no route, reset).",
		Fix: []string{"Check the host and port, and that this host can reach them: `nc -vz host 587` (PowerShell: `Test-NetConnection host -Port 587`).",
			"A refusal means nothing listens there or a firewall rejects; a timeout or no route means a firewall drops the traffic or the host is down."}},

	// ---- TLS libraries' own names ----
	// rustls/webpki error names, also in their Debug form
	// ("WebPKIError(UnknownIssuer)", "InvalidCertificate(Expired)") and
	// Erlang ssl's option and failure atoms inside gen_smtp's tuples
	// ({options, {server_name_indication, IP}}, tls_failed)
	{ID: "net17.tls-library-names", Any: []string{"webpkierror", "unknownissuer", "notvalidforname", "certnotvalidforname", "certexpired",
		"certnotvalidyet", "unsupportedcertversion", "invalidcertificate(", "invalid peer certificate",
		"server_name_indication", "tls_failed", "{tls_alert", "hostname_check_failed", "selfsigned_peer",
		// Python's ssl exception classes and OpenSSL's SSL_get_error names
		// (batch 17-net b)
		"sslzeroreturnerror", "sslsyscallerror", "sslcertverificationerror", "ssl_error_syscall", "ssl_error_zero_return",
		"tls/ssl connection has been closed"},
		Cat: TLSRequired, Pri: conceptPri + 16,
		Summary: "The TLS connection to the server could not be set up: the TLS library refused the server's certificate (an unknown issuer, a name that does not match, an expired certificate) or a TLS option.",
		Fix: []string{"Look at the certificate the server sends: `openssl s_client -starttls smtp -connect host:587 -servername host` (port 465: without -starttls).",
			"Connect by the name the certificate carries (not an IP address), and fix an incomplete chain on the server rather than switching verification off."}},

	{ID: "net17.tls-alert-names", Any: tlsAlertNames,
		Cat: TLSRequired, Pri: conceptPri + 16,
		Summary: "The TLS handshake with the server failed: one side ended it with a TLS alert (no common version or cipher, or a certificate the other side refused).",
		Fix: []string{"Look at what the server offers: `openssl s_client -starttls smtp -connect host:587` (port 465: without -starttls); a version alert means one side allows only versions the other refuses (TLS 1.0/1.1 or SSL 3.0 on old servers).",
			"A certificate alert (bad_certificate, unknown_ca, certificate_expired) names the certificate the other side refused: fix it, or the trust store, rather than switching verification off."}},

	// ---- resolver tools ----
	// systemd-resolved's "resolve call failed: 'name' not found" and the
	// like: a resolver's failure whose reason says the name does not exist
	{ID: "net17.resolve-call-not-found", Any: []string{"resolve call failed", "name resolution failed", "resolution failed"},
		With: []string{"not found", "does not exist", "no such", "nxdomain"},
		Not:  []string{"try again", "temporar", "timeout", "timed out"},
		Cat:  HostUnknown, Pri: conceptPri + 10,
		Summary: "The resolver says the name does not exist: no such host or domain in DNS.",
		Fix:     []string{"Check the name for typos; look it up from the same host (`resolvectl query name`, `dig name`)."}},

	// ---- the sending MTA's TLS policy (its own log; transient) ----
	// Postfix's smtp_tls_policy_maps (an MTA-STS or DANE plugin's answer
	// it cannot use), Exim's DANE lookups, a TLSRPT report's result types
	// (RFC 8460, the IANA STARTTLS Validation Result Types)
	{ID: "net17.mta-tls-policy", Any: []string{"smtp_tls_policy_maps", "tls policy lookup", "dane error", "tlsa lookup", "dane tlsa",
		"certificate-host-mismatch", "certificate-expired", "certificate-not-trusted", "starttls-not-supported", "tlsa-invalid",
		"dnssec-invalid", "dane-required", "sts-policy-fetch-error", "sts-policy-invalid", "sts-webpki-invalid", "validation-failure"},
		Not: []string{"try again"},
		Cat: TLSRequired, Pri: conceptPri + 10,
		Summary: "The sending MTA could not apply its TLS policy for this destination (MTA-STS or DANE: the policy lookup failed, or the server's certificate does not satisfy it); it keeps the message and retries.",
		Fix: []string{"Look at the policy the MTA got: `postmap -q domain socketmap:...` for a Postfix STS plugin, `dig TLSA _25._tcp.mx-host` for DANE.",
			"A policy the destination published wrongly is fixed there (its mta-sts.txt or TLSA records); a plugin answer the MTA does not understand needs a newer MTA or plugin."}},

	// ---- resolvers and routing ----
	// Exim's manualroute/smarthost router: "lookup of host "X" failed in
	// smarthost router" (the host does not resolve; Exim freezes the message)
	{ID: "net17.exim-host-lookup", Any: []string{"lookup of host"}, With: []string{"failed in", "failed"},
		Not: []string{"try again", "temporar", "timed out", "timeout"},
		Cat: HostUnknown, Pri: conceptPri + 10,
		Summary: "The host a router names (a smarthost or manual route) could not be resolved: the name does not exist in DNS.",
		Fix: []string{"Check the host name in the router's route_list or the smarthost setting for typos.",
			"Look it up from the mail server: `dig +short host`."}},
	// a domain that does not resolve under a routing code (X.4.x): the
	// recipient's domain ("421 4.4.4 [internal] domain does not resolve"),
	// not the sender's (prov12.domain-must-resolve)
	{ID: "net17.route-domain-unresolved", Enh: []string{"X.4.0-X.4.9"},
		Any: []string{"domain does not resolve", "domain doesn't resolve", "domain did not resolve", "domain could not be resolved", "domain not resolvable"},
		Not: []string{"sender", "mail from", "envelope from"},
		Cat: HostUnknown, Pri: conceptPri,
		Summary: "The recipient's domain could not be resolved to a mail server (no MX or A records, or no answer from DNS); the sending system keeps retrying.",
		Fix: []string{"Check the recipient domain for typos, and look it up: `dig MX domain`.",
			"If it resolves elsewhere, check the DNS servers the sending system uses."}},
	// a domain that is the subject of "does not exist" ("The domain in the
	// email address ... does not exist"): the domain, not the recipient
	{ID: "net17.domain-of-address-missing", Any: []string{"the domain in the", "the domain of the", "domain part of the", "domain in the email address", "domain in the e-mail address"},
		With: []string{"does not exist", "doesn't exist", "not exist", "nonexistent", "non-existent"},
		Not:  []string{"sender", "from address", "your domain", "mail from"},
		Cat:  HostUnknown, Pri: conceptPri + 4,
		Summary: "The domain of the recipient's address does not exist in DNS: no mail server can be found for it.",
		Fix:     []string{"Check the domain of the address for typos.", "Look it up: `dig MX domain` and `dig A domain`."}},
	// a remote end that closed the connection while the client talked to it
	// (Haraka's "Remote end ... closed connection while we were processing
	// mail. Trying next MX.")
	{ID: "net17.remote-closed", Any: []string{"closed connection while", "closed the connection while", "trying next mx", "trying the next mx"},
		Not: []string{"tls", "ssl", "certificate"},
		Cat: Network, Pri: conceptPri + 4, Generic5xx: true,
		Summary: "The receiving server closed the connection while the message was being sent; the sender tries the next MX or retries later.",
		Fix:     []string{"Retry; if one MX always drops the connection, look at that server's log or ask its postmaster (a size or time limit, a filter that cuts connections)."}},
}
