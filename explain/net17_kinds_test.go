package explain

import "testing"

// The kinds held-out batch 17-net found on its first run, in new wording
// (not the batch's rows).

// The operating system's name for a socket's or a resolver's error is the
// innermost cause of a chain and decides over the wrapper around it: a
// symbolic name, a Windows Sockets text, an Erlang inet atom, a library's
// constant.
func TestKindNet17OSErrorNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"mail: send: dial tcp 203.0.113.7:587: connectex: No connection could be made because the target machine actively refused it.", Network, ClassTransient},
		{"{error,retries_exceeded,{network_failure,\"smtp.corp.example\",{error,econnrefused}}}", Network, ClassTransient},
		{"{:error, :retries_exceeded, {:network_failure, 'relay.corp.example', {:error, :nxdomain}}}", HostUnknown, ClassPermanent},
		{"notifier: Socket error: WSAETIMEDOUT", Network, ClassTransient},
		{"System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.", Network, ClassTransient},
		{"getaddrinfo: EAI_NODATA for smtp.corp.example", HostUnknown, ClassPermanent},
		{"socket.gaierror: [Errno 11004] The requested name is valid, but no data of the requested type was found", HostUnknown, ClassPermanent},
		// the refused connection inside a TLS function's failure is the cause
		{"SSL_connect failed: ECONNREFUSED", Network, ClassTransient},
		// a resolver that could not answer now is no missing name
		{"Error: getaddrinfo EAI_AGAIN smtp.corp.example", Network, ClassTransient},
		{"WSATRY_AGAIN: Nonauthoritative host not found", Network, ClassTransient},
	})
}

// A resolver library's own words: a name that does not exist is the
// domain, not a recipient; its time limit is a DNS timeout, not a queue
// lifetime; "Host not found, try again" is a temporary failure for any
// record type, except in a bounce whose code says the domain does not
// exist.
func TestKindNet17ResolverWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"dns.resolver.NXDOMAIN: None of DNS query names exist: mx.gone.example.", HostUnknown, ClassPermanent},
		{"MX lookup failed: The resolution lifetime expired after 30.001 seconds", Network, ClassTransient},
		{"Name service error for name=_25._tcp.mx.corp.example type=TLSA: Host not found, try again", Network, ClassTransient},
		{"Action: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=gone.example type=A: Host not found, try again", HostUnknown, ClassPermanent},
	})
}

// A TLS library's own names for a refused certificate or a TLS option:
// rustls/webpki's error names (also in their Debug form), Erlang ssl's
// atoms inside a client's tuple. A client's TLS failure is permanent.
func TestKindNet17TLSLibraryNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"smtp transport: Connection error: invalid peer certificate: NotValidForName", TLSRequired, ClassPermanent},
		{"TLS handshake failed: InvalidCertificate(Expired)", TLSRequired, ClassPermanent},
		{"Io(Custom { kind: InvalidData, error: WebPKIError(CertExpired) })", TLSRequired, ClassPermanent},
		{"{error,{options,{server_name_indication,\"198.51.100.2\"}}}", TLSRequired, ClassPermanent},
		{"{error,{tls_alert,{handshake_failure,\"TLS client: In state hello received SERVER ALERT: Fatal - Handshake Failure\"}}}", TLSRequired, ClassPermanent},
	})
}

// The sending MTA's TLS policy (MTA-STS or DANE) is TLS, and the MTA's own
// failure: it keeps the message and retries (transient), unlike a client.
func TestKindNet17MTATLSPolicy(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Feb  2 11:00:00 relay postfix/smtp[881]: warning: smtp_tls_policy_maps lookup error for \"corp.example\"", TLSRequired, ClassTransient},
		{"2025-02-02 11:00:00 1uAbCd-0001Ef-2G == ops@corp.example R=dnslookup T=remote_smtp defer (-1): DANE error: tlsa lookup DEFER", TLSRequired, ClassTransient},
		{"{\"result-type\": \"starttls-not-supported\", \"receiving-mx-hostname\": \"mx.corp.example\", \"failed-session-count\": 12}", TLSRequired, ClassTransient},
		// a policy refusal that names no TLS stays a policy refusal
		{"554 5.7.1 Rejected by policy", Policy, ClassPermanent},
	})
}

// Routing and resolving: a domain that does not resolve under a routing
// code is the recipient's; a domain that is the subject of "does not
// exist" is the domain; a router's host that does not resolve; a remote
// end that closed the connection while the client talked to it.
func TestKindNet17Routing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"451 4.4.0 recipient domain could not be resolved", HostUnknown, ClassTransient},
		{"550 The domain of the recipient address shop.gone.example does not exist", HostUnknown, ClassPermanent},
		{"lookup of host \"smtp.isp.example\" failed in send_to_smarthost router", HostUnknown, ClassPermanent},
		{"delivery to mx2.corp.example failed: server closed the connection while reading the DATA reply", Network, ClassTransient},
		// the sender's domain stays the sender's, a mailbox that does not
		// exist the recipient
		{"451 4.1.8 Sender domain does not resolve", SenderInvalid, ClassTransient},
		{"550 5.1.1 Mailbox does not exist", UserUnknown, ClassPermanent},
	})
}

// A bounce that joined a multi-line reply into one line keeps the last
// line's code between two words; only a reply that began "NNN-" loses it,
// and only its own code before a word.
func TestKindNet17LastLineCode(t *testing.T) {
	for _, c := range []struct {
		text string
		code int
		want string
	}{
		{"Requested action not taken: the mailbox 552 is full", 552, "Requested action not taken: the mailbox is full"},
		{"first line 550 second 550 third", 550, "first line second third"},
		{"limit of 550 550 messages", 550, "limit of 550 messages"},
		{"queue id 5501 kept", 550, "queue id 5501 kept"},
		{"sent 421 messages", 550, "sent 421 messages"},
	} {
		if got := stripLastLineCode(c.text, c.code); got != c.want {
			t.Errorf("stripLastLineCode(%q, %d) = %q, want %q", c.text, c.code, got, c.want)
		}
	}
	checkKinds(t, []kindCase{
		{"mx.corp.example #550-Requested action not taken: the domain 550 does not exist ##", HostUnknown, ClassPermanent},
	})
}

// Batch 17-net b: a TLS alert by its name in each library's spelling, a TLS
// library's exception names, a version number that is no reply code.
func TestKindNet17bTLSAlertNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"javax.net.ssl.SSLHandshakeException: Received fatal alert: protocol_version", TLSRequired, ClassPermanent},
		{"ssl_handshake: TLS alert CERTIFICATE_UNKNOWN from peer", TLSRequired, ClassPermanent},
		{"SMTP session closed: peer sent INSUFFICIENT_SECURITY", TLSRequired, ClassPermanent},
		{"Fatal (UNRECOGNIZED_NAME): server name not recognized", TLSRequired, ClassPermanent},
		{"notify: remote error: tls: bad certificate", TLSRequired, ClassPermanent},
		{"mailer: tls: server selected unsupported protocol version 302", TLSRequired, ClassPermanent},
		{"smtplib: ssl.SSLSyscallError: Some I/O error occurred", TLSRequired, ClassPermanent},
		// a number after "version" is no reply; a reply after it still is one
		{"client version 250 installed; 550 5.1.1 <kim@corp.example>: Recipient address rejected: User unknown", UserUnknown, ClassPermanent},
	})
}

// Batch 17-net b: resolver tools' and Windows' words, curl's resolver error.
func TestKindNet17bResolverTools(t *testing.T) {
	checkKinds(t, []kindCase{
		{"gone.example: resolve call failed: No appropriate name servers or networks for name found", Network, ""},
		{"mx.gone.example: resolve call failed: 'mx.gone.example' does not exist", HostUnknown, ClassPermanent},
		{"nslookup: DNS request failed: DNS name does not exist (9003)", HostUnknown, ClassPermanent},
		{"Resolve-DnsName : corp.example : DNS server failure", Network, ClassTransient},
		{"curl: (6) Couldn't resolve host 'smtp.gone.example'", HostUnknown, ClassPermanent},
		// a lookup that timed out is no name that does not exist
		{"curl: (28) Resolving timed out after 10000 milliseconds: could not resolve host smtp.corp.example", Network, ClassTransient},
	})
}

// Batch 17-net b: a bounce that states it gave up is permanent whatever
// 4.x.x code the reason it quotes carries; a delay notice stays transient.
func TestKindNet17bStatedBounceClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Hi. This is the qmail-send program at lists.corp.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<ops@far.example>:\nSorry, I wasn't able to establish an SMTP connection. (#4.4.1)", Network, ClassPermanent},
		{"This is the mail system at host relay.corp.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n<ops@far.example>: connect to mx.far.example[198.51.100.9]:25: Connection timed out (#4.4.1)", Network, ClassTransient},
	})
}

// Batch 17-net c: KumoMTA's own log of a TLS failure is the sending MTA's
// (transient), a client's the same words' permanent.
func TestKindNet17cKumoMTAClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"KumoMTA internal: failed to connect to any candidate hosts: TLS handshake failed: invalid peer certificate: UnknownIssuer", TLSRequired, ClassTransient},
		{"kumod[88]: 2025-01-02T03:04:05Z WARN kumod::smtp_dispatcher: TLS handshake with mx.corp.example failed: received fatal alert: HandshakeFailure", TLSRequired, ClassTransient},
		{"smtp client: TLS handshake failed: invalid peer certificate: UnknownIssuer", TLSRequired, ClassPermanent},
	})
}
