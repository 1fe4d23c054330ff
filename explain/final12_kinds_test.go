package explain

import "testing"

// The kinds held-out batch 12 found on its only run, in new wording (not the
// batch's rows): a client's own failure without the server's reply, a queue
// that gave up after repeated attempts, a destination not found in DNS, an
// SPF explanation link, "infected" said of the sender's computer and an
// attachment blocked by type.
func TestKindFinal12ClientOwnFailures(t *testing.T) {
	checkKinds(t, []kindCase{
		{"mailer error: unexpected server reply while sending DATA", Unknown, ""},
		{"Send aborted: the server does not support SMTP AUTH on this port", AuthFailed, ""},
		{"Outgoing mail: connection has failed (host smtp.isp.example, port 587)", Network, ClassTransient},
		{"delivery postponed: connection was broken by mx.partner.example", Network, ClassTransient},
		{"Delivery delayed: the connection to mx.partner.example got broken during DATA", Network, ClassTransient},
	})
}

func TestKindFinal12GaveUpAfterAttempts(t *testing.T) {
	checkKinds(t, []kindCase{
		{"After several attempts the destination mx.shop.example could not be reached; the message was returned.", Expired, ""},
		{"550 4.4.7 Message expired: after repeated attempts the remote server did not respond", Expired, ClassPermanent},
	})
}

func TestKindFinal12NotFoundInDNS(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The mail server for lab.example cannot be found in DNS. Check the address and try again.", HostUnknown, ""},
		{"554 5.4.4 <ops@lab.example>: the domain was not found in DNS", HostUnknown, ClassPermanent},
	})
}

func TestKindFinal12SPFLink(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Please see http://www.openspf.net/Why?s=mfrom;id=ann@shop.example;ip=192.0.2.4;r=mx.lab.example", SenderAuth, ClassPermanent},
	})
}

func TestKindFinal12InfectedComputer(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 Rejected: your PC may be infected and is sending spam, see http://bl.example/lookup", Reputation, ClassPermanent},
		// a virus found in the message stays a virus
		{"554 5.7.1 message infected with Win32.Trojan-Agent", Virus, ClassPermanent},
	})
}

func TestKindFinal12FileBlocking(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 5.7.1 Blocked attachment type (.js) - message refused", Policy, ClassPermanent},
		{"Attachment report.exe removed: matched the file blocking rule; the filter has moved it to quarantine", Policy, ""},
	})
}
