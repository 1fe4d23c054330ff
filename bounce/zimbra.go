package bounce

import "strings"

// Zimbra Collaboration: its MTA is Postfix, so its bounces are Postfix's
// (bounce(8) text and DSN); they are told from other Postfix bounces by
// Zimbra's marks: X-Zimbra-* fields, an X-Mailer or returned Message-ID of
// Zimbra's web client, LMTP delivery to the Zimbra mailbox server.

func detectZimbra(m *msg) bool {
	if !detectPostfix(m) {
		return false
	}
	if strings.Contains(lowerASCII(m.xmailer), "zimbra") || m.get("X-Zimbra-Received") != "" || m.get("X-Zimbra-Origin") != "" {
		return true
	}
	if m.hasOrig {
		if strings.Contains(lowerASCII(m.orig.Get("X-Mailer")), "zimbra") || strings.Contains(lowerASCII(m.orig.Get("Message-Id")), "javamail.zimbra") {
			return true
		}
	}
	return m.has("zimbrawebclient", "/opt/zimbra/")
}
