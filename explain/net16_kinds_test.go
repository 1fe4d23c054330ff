package explain

import "testing"

// The kinds held-out batch 16-net found on its first run, in new wording
// (not the batch's rows).

// A TLS library's own words for why the handshake failed: OpenSSL's
// certificate verification results, Python's SSL EOF, .NET's SslStream
// exceptions, an Erlang client's unmet TLS requirement. A client's codeless
// TLS failure is permanent; the cause decides over the connection words
// around it.
func TestKindNet16TLSLibraryWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Error: self-signed certificate in certificate chain", TLSRequired, ClassPermanent},
		{"mailer: could not open connection to smtp.corp.example:465: unable to get issuer certificate", TLSRequired, ClassPermanent},
		{"send failed: CERT_HAS_EXPIRED", TLSRequired, ClassPermanent},
		{"smtplib: ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:2426)", TLSRequired, ClassPermanent},
		{"System.Security.Authentication.AuthenticationException: Authentication failed because the remote party sent a TLS alert: 'HandshakeFailure'.", TLSRequired, ClassPermanent},
		{"The handshake failed due to an unexpected packet format.", TLSRequired, ClassPermanent},
		{"{error,no_more_hosts,{missing_requirement,\"mail.corp.example\",tls}}", TLSRequired, ClassPermanent},
		// an API's authentication exception is still an authentication failure
		{"UnauthorizedException: the API key was refused", AuthFailed, ClassPermanent},
		// a plain EOF from a Go program stays a dropped connection
		{"smtp send: error=EOF", Network, ClassTransient},
	})
}

// The class of a TLS failure comes from the agent that reports it: the
// sending MTA's own log of a failed handshake is transient (it retries), a
// client's is permanent.
func TestKindNet16TLSAgentClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"smtp-out: Error on session 0a1b2c3d4e5f6071: IO Error: error:0A000086:SSL routines::certificate verify failed", TLSRequired, ClassTransient},
		{"1tXyZa-000Abc-1Q TLS error on connection to mx.corp.example [198.51.100.8] (gnutls_handshake): The TLS connection was non-properly terminated.", TLSRequired, ClassTransient},
		{"STARTTLS=client, relay=mx.corp.example., version=TLSv1.2, verify=FAIL, error: handshake failure", TLSRequired, ClassTransient},
		{"SSL_connect error to mx.corp.example[198.51.100.8]:25: -1", TLSRequired, ClassTransient},
		// a client library's own words stay permanent
		{"ssl.SSLError: [SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:1000)", TLSRequired, ClassPermanent},
	})
}

// The resolver's words: a server failure (Go's "server misbehaving") is a
// lookup that failed for now; Windows' "getaddrinfo failed" is a name that
// does not exist; a DNS domain that does not exist, its name between the
// words, is the domain, not the recipient.
func TestKindNet16Resolver(t *testing.T) {
	checkKinds(t, []kindCase{
		{"notify: dial tcp: lookup mailrelay.corp.example on 10.0.0.2:53: server misbehaving", Network, ClassTransient},
		{"socket.gaierror: [Errno 11001] getaddrinfo failed", HostUnknown, ClassPermanent},
		// a temporary failure stays one
		{"getaddrinfo failed: Temporary failure in name resolution", Network, ClassTransient},
		{"550 5.4.310 DNS domain nodomain.example does not exist", HostUnknown, ClassPermanent},
		// a user that does not exist stays the recipient
		{"550 5.1.1 User kim@corp.example does not exist", UserUnknown, ClassPermanent},
	})
}

// A TLS session that was set up and verified is a success; one that was
// set up without verifying the certificate is not (its class is not the
// point here).
func TestKindNet16TLSSucceeded(t *testing.T) {
	checkKinds(t, []kindCase{
		{"postfix/smtp[88]: Trusted TLS connection established to mx.corp.example[198.51.100.8]:25: TLSv1.2 with cipher ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)", Success, ClassSuccess},
		{"posttls-finger: mx.corp.example[198.51.100.8]:25: Verified TLS connection established to mx.corp.example[198.51.100.8]:25: TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)", Success, ClassSuccess},
		{"postfix/smtp[88]: certificate verification failed for mx.corp.example[198.51.100.8]:25: untrusted issuer /CN=Corp CA\npostfix/smtp[88]: Untrusted TLS connection established to mx.corp.example[198.51.100.8]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)", TLSRequired, ""},
	})
}

// Input forms: Exim's debug output writes the process id before each
// line, which is no reply code; the older Office 365 NDR's list of
// attempts ("Remote Server at ... returned") is newest first.
func TestKindNet16Forms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"  512 delivering 1tXyZa-000Abc-1Q\n  512 LOG: MAIN\n  512   == ann@corp.example R=dnslookup T=remote_smtp defer (111): Connection refused", Network, ClassTransient},
		{"  87 LOG: MAIN\n  87   ** bob@nodomain.example: Unrouteable address", HostUnknown, ClassPermanent},
		// a reply that starts its text with such a word is still a reply
		{"250 delivering to mailbox", Success, ClassSuccess},
		{"3/2/2024 6:01:10 AM - Remote Server at corp.example (198.51.100.8) returned '550 4.4.7 QUEUE.Expired; message expired'\n3/1/2024 9:40:55 PM - Remote Server at corp.example (198.51.100.8) returned '451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped.\"'", Expired, ClassPermanent},
	})
}

// Batch b's kinds, in new wording. The server offers no TLS the client
// asked for (a client's or a probe's words); SChannel's words for no shared
// TLS version; a client's TLS connect step; a host name that did not
// resolve, whatever connection words follow; a probe whose TLS handshake
// succeeded; Stalwart's outbound trace is the MTA's own log (transient).
func TestKindNet16bVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SmtpException: Server does not support secure connections.", TLSRequired, ClassPermanent},
		{"503 5.5.1 Error: STARTTLS not supported on this port", TLSRequired, ClassPermanent},
		{"probe: mx2.corp.example:25 does not support STARTTLS", TLSRequired, ClassPermanent},
		{"Win32Exception (0x80090331): The client and server cannot communicate, because they do not possess a common algorithm", TLSRequired, ClassPermanent},
		{"mailer: ssl connect failed: handshake alert 40", TLSRequired, ClassPermanent},
		// a plain connect failure stays one
		{"connect failed: Connection refused", Network, ClassTransient},
		{"Error: could not find host 'smtp.corp.example'\nError: unable to connect to the server", HostUnknown, ClassPermanent},
		// a lookup that failed for now is no missing host
		{"Could not find host smtp.corp.example (temporary failure in name resolution)", Network, ClassTransient},
		{"=== TLS started with cipher TLSv1.3:TLS_AES_128_GCM_SHA256:128", Success, ClassSuccess},
		// a swaks error after the TLS start is no success
		{"=== TLS started with cipher TLSv1.3:TLS_AES_128_GCM_SHA256:128\n*** TLS startup failed (certificate verification)", TLSRequired, ClassPermanent},
		{"WARN delivery{id=9}: smtp::outbound::delivery: context=\"tls\" event=\"failed\" mx=\"mx.corp.example\" reason=\"invalid peer certificate: UnknownIssuer\"", TLSRequired, ClassTransient},
	})
}

// A client's transcript that fails right after the server agreed to start
// TLS is a TLS failure, and its class is a client's TLS failure's
// (permanent), not the network's.
func TestKindNet16bStartTLSStageClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"C: STARTTLS\nS: 220 2.0.0 Go ahead\nError: connection closed by the server", TLSRequired, ClassPermanent},
	})
}

// Batch c's kinds, in new wording: .NET SslStream's AuthenticationException
// messages without the type's name are TLS failures, not logins; Postfix's
// "TLS library problem" warning is the mail server's own log (transient).
func TestKindNet16cVocabulary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"SendMail failed: Authentication failed because the remote party sent a TLS alert: 'ProtocolVersion'.", TLSRequired, ClassPermanent},
		{"IOException: The remote party has closed the transport stream.", TLSRequired, ClassPermanent},
		// a login that failed stays one
		{"Authentication failed: invalid user name or password", AuthFailed, ClassPermanent},
		{"postfix/smtp[2201]: warning: TLS library problem: error:0A000410:SSL routines::sslv3 alert handshake failure:ssl/record/rec_layer_s3.c:1584:SSL alert number 40:", TLSRequired, ClassTransient},
	})
}
