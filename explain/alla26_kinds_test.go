package explain

import "testing"

// Held-out batch 26-alla (categories user-unknown to reputation): the kinds
// its first run found, tested in new wording (not the batch's rows), with
// neighbours that keep their readings.

// cPanel's block-list ACL words "JunkMail rejected", quoted short
// (alla26.cpanel-junkmail-rbl).
func TestKindAlla26JunkMailRBL(t *testing.T) {
	checkKinds(t, []kindCase{
		{"550 JunkMail rejected - mail.shop.example [198.51.100.9] is listed", Reputation, ClassPermanent},
		{"Our server answered (550 JunkMail Rejected) for the office's IP", Reputation, ClassPermanent},
		// neighbour: a junk-mail content refusal stays spam-content
		{"550 Message rejected as junk mail by content filter", SpamContent, ClassPermanent},
	})
}

// A client's connection failure that names the failed STARTTLS
// (alla26.starttls-command-failed), and a TLS failure's own "try again
// later" or a server's 454 text quoted without its code (transient).
func TestKindAlla26StartTLSFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Mailer error: could not connect to the mail host. STARTTLS failed", TLSRequired, ClassPermanent},
		{"Could not connect to SMTP host: STARTTLS command failed, try again later", TLSRequired, ClassTransient},
		{"Send failed: STARTTLS: TLS not available due to local problem", TLSRequired, ClassTransient},
		// neighbour: a connection that failed with no TLS word stays the network's
		{"Could not connect to SMTP host. Try again later", Network, ClassTransient},
	})
}

// A recipient refused for relaying, in Chinese (codeless21's recipient
// refusal yields to intl9.relay-denied).
func TestKindAlla26ChineseRelayRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"554 5.7.1 收件人不在本域，拒绝中继", RelayDenied, ClassPermanent},
		{"收件人地址被拒绝：本服务器不允许中繼", RelayDenied, ClassPermanent},
		// neighbour: a recipient refused without relaying stays policy
		{"554 5.7.1 收件人被拒绝", Policy, ClassPermanent},
	})
}

// Node's DNS resolver errors for a mail domain (alla26.node-dns-notfound).
func TestKindAlla26NodeDNSNotFound(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Error: queryMx ENOTFOUND no-such-shop.example", HostUnknown, ClassPermanent},
		{"mail send failed: Error: queryMx ENODATA shop.example", HostUnknown, ClassPermanent},
		// neighbour: a resolver that did not answer stays the network's
		{"Error: queryMx EAI_AGAIN mx-shop.example", Network, ClassTransient},
	})
}
