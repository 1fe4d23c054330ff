package explain

import "testing"

// The kinds held-out batch 10 found on its only run, in new wording (not the
// batch's rows): reverse-DNS refusals worded "DNS reverse" or "IP must
// resolve", and a TLS failure wrapped in a client library's connection
// failure; a connection failure without a TLS cause stays a network failure.
func TestKindFinal10ReverseDNSWording(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 mx2.host.example smtp-in no DNS reverse record for 203.0.113.9", PTRRequired, ClassPermanent},
		{"550 5.7.1 Client IP must resolve to a host name before it may send here", PTRRequired, ClassPermanent},
		{"451 4.7.1 your ip address does not resolve, try again when it has a PTR", PTRRequired, ClassTransient},
		// a domain that must resolve is not the client's reverse DNS
		{"550 5.1.8 <ops@nowhere.example>: Sender address rejected: Domain not found", SenderInvalid, ClassPermanent},
	})
}

func TestKindFinal10TLSInsideConnectFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mail server connection failed; nested exception is javax.mail.MessagingException: Could not connect to SMTP host: relay.shop.example, port: 25, response: -1; nested exception is: javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake", TLSRequired, ClassPermanent},
		{"failed to connect to smtp.mail.example:465: ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)", TLSRequired, ClassPermanent},
		{"Could not connect to SMTP host: mail.shop.example, port: 25; nested exception is: java.net.ConnectException: Connection timed out", Network, ClassTransient},
	})
}
