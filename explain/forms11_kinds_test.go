package explain

import (
	"strings"
	"testing"
)

// The kinds held-out batch 11-forms found on its only run, in new wording
// (not the batch's rows).

// A paste whose last reply succeeded and whose last lines say, without a
// code, what failed: those words decide. After a closing 221 or a message
// accepted at the end of DATA, nothing said later undoes the delivery.
func TestKindForms11SuccessThenFailureWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"S: 220 Go ahead with TLS\nC: <TLS handshake>\nclient: tls: failed to verify certificate: x509: certificate signed by unknown authority", TLSRequired, ClassPermanent},
		{"[smtp] < 250 AUTH LOGIN PLAIN\n[smtp] > AUTH LOGIN\n[smtp] < 334 VXNlcm5hbWU6\nsend failed: Username and Password not accepted", AuthFailed, ClassPermanent},
		{"250-relay.shop.example\n250 SIZE 52428800\nmsmtp: the server does not support TLS via the STARTTLS command", TLSRequired, ClassPermanent},
	})
	for _, in := range []string{
		"250 2.0.0 Ok: queued as 7A1B2C3D\n221 2.0.0 Bye\nConnection closed by foreign host.",
		"354 End data with <CR><LF>.<CR><LF>\n250 2.0.0 Ok: queued as 7A1B2C3D\nConnection closed by foreign host.",
	} {
		e, err := explainOne(in)
		if err != nil || e.Category != Success {
			t.Errorf("%q: %v %s/%s, want success (the delivery was accepted)", in, err, e.Category, e.Class)
		}
	}
	e, _ := explainOne("220 2.0.0 Start TLS\nSSL_connect failed: certificate verify failed")
	if !strings.Contains(e.Note, "The last reply (220) succeeded") || e.Code != nil {
		t.Errorf("note %q, code %v: the reply that succeeded is context, the words decide", e.Note, e.Code)
	}
}

// A number with a unit in a log line ("..., 95 ms") is a quantity, not a
// reply code.
func TestKindForms11DurationIsNoCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Dec  6 09:00:00 gw amavis[881]: (00881-02) Blocked INFECTED (Eicar-Test-Signature) {DiscardedOutbound}, LOCAL [192.0.2.8] <x@shop.example> -> <y@lab.example>, Hits: -, size: 640, 250 ms", Virus, ClassPermanent},
		{"filter: message from <x@shop.example> rejected as spam, scan took 421 msec", SpamContent, ""},
	})
}

// A reply rendered as HTML: the tags of text markup are dropped, a block tag
// ends a line, and character references are decoded; an address in angle
// brackets is no tag.
func TestKindForms11HTMLMarkup(t *testing.T) {
	checkKinds(t, []kindCase{
		{"<div>The mail server said:</div><div>550 5.1.1 &lt;pat@lab.example&gt;... User unknown</div>", UserUnknown, ClassPermanent},
		{"<b>Error:</b> 552&nbsp;5.2.2&nbsp;Mailbox&nbsp;full<br/>", MailboxFull, ClassPermanent},
		{"<p>Technical details of temporary failure:<br>DNS Error: Domain name not found</p>", HostUnknown, ""},
		{"451 4.7.1 &#8220;Greylisted, please retry in 5 minutes&#8221;", Greylisted, ClassTransient},
	})
	if got := markupText("550 5.7.1 <a@shop.example>: Relay access denied"); got != "550 5.7.1 <a@shop.example>: Relay access denied" {
		t.Errorf("an address is no tag: %q", got)
	}
	if got := markupText("x &foo; y &#0; z"); got != "x &foo; y &#0; z" {
		t.Errorf("unknown references stay: %q", got)
	}
}

// A part pasted still in quoted-printable: soft line breaks are joined and
// its escapes decoded; base64 padding at the end of a transcript line is
// no soft break.
func TestKindForms11QuotedPrintable(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Diagnostic-Code: smtp; 554 5.7.1 Message refused: the sending host is list=\ned on b.barracudacentral.org", Reputation, ClassPermanent},
		{"550 5.7.1 Rejected, see https://postmaster.lab.example/?code=3DSPF_FAIL&ip=3D=\n203.0.113.5: SPF check failed for shop.example", SenderAuth, ClassPermanent},
	})
	in := " -> AUTH PLAIN\n<-  334\n -> AGFsZXgAc2VjcmV0Yw=\n<** 535 5.7.8 Authentication credentials invalid"
	if got := quotedPrintable(in); got != in {
		t.Errorf("base64 padding is no soft break:\n%q", got)
	}
}

// Delay notices that promise more attempts are temporary, also when they
// mention that a later failure would be permanent.
func TestKindForms11DelayNoticeClass(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery to ana@lab.example delayed. There was a temporary problem delivering your message. We will retry for 3 more days and tell you if the delivery fails permanently.\nReason: The recipient server did not accept our requests to connect.", Network, ClassTransient},
		{"Your message has not yet been delivered. Delivery will continue to be attempted.\nReason: connection to mx.lab.example timed out", Network, ClassTransient},
	})
}

// rspamd's task log: the action and the symbols decide; a message the
// filter let through is no refusal.
func TestKindForms11RspamdLog(t *testing.T) {
	checkKinds(t, []kindCase{
		{"2026-12-06 09:00:00 #311(normal) <aa11bb>; task; rspamd_task_write_log: id: <m1@shop.example>, ip: 192.0.2.77, from: <x@shop.example>, (default: T (reject): [30.00/15.00] [CLAM_VIRUS(30.00){Eicar-Signature;},MIME_GOOD(-0.10){text/plain;}]), len: 900", Virus, ClassPermanent},
		{"2026-12-06 09:00:00 #311(normal) <aa11cc>; task; rspamd_task_write_log: id: <m2@shop.example>, ip: 192.0.2.77, (default: F (soft reject): [0.00/15.00] [RATELIMITED(0.00){user_rate;}]), len: 900", RateLimited, ClassTransient},
		{"2026-12-06 09:00:00 #311(normal) <aa11dd>; task; rspamd_task_write_log: id: <m3@shop.example>, ip: 192.0.2.77, (default: T (reject): [2.00/15.00] [DMARC_POLICY_REJECT(2.00){shop.example : No valid SPF, No valid DKIM;reject;}]), len: 900", SenderAuth, ClassPermanent},
	})
	in := "rspamd_task_write_log: id: <m4@shop.example>, (default: F (no action): [1.20/15.00] [BAYES_HAM(-3.00){99%;}])"
	if got := rspamdLogLine(in); got != in {
		t.Errorf("a message let through is left as it is: %q", got)
	}
}

// Cisco Secure Email's bounce reason: the quoted remote reply decides over
// the appliance's coarse status and its words.
func TestKindForms11ApplianceQuotedReply(t *testing.T) {
	checkKinds(t, []kindCase{
		{"The following message to <jo@lab.example> was undeliverable.\nThe reason for the problem:\n5.3.0 - Other mail system problem 552-'5.2.2 Mailbox size limit exceeded'", MailboxFull, ClassPermanent},
		{"The reason for the problem:\n5.3.0 - Other mail system problem 554-'Transaction failed: sending IP 203.0.113.5 listed on zen.spamhaus.org'", Reputation, ClassPermanent},
		{"The reason for the problem:\n4.4.0 - Other network problem 421-'4.7.0 Too many connections from your IP, slow down'", RateLimited, ClassTransient},
	})
}

// A resolver's answer that the recipient's domain has no such name or no
// records for mail is host-unknown; the sender's domain stays the sender's.
func TestKindForms11DomainWithoutRecords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery failed: DNS Error: DNS server returned answer with no data for shop-gone.example", HostUnknown, ""},
		{"550 Domain name does not exist: mx lookup for lab-none.example", HostUnknown, ClassPermanent},
		{"553 5.1.8 <x@gone.example>: Sender address rejected: sender domain name not found", SenderInvalid, ClassPermanent},
	})
}

// Batch 11-forms b: a notice that the message could not be delivered within
// the time allowed is an expiry, permanent whatever its code's class, also
// when those words stand around the code. Sendmail's deferred host
// map lookup is DNS that failed for now.
func TestKindForms11bTimeLimitAndHostMap(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Delivery to jo@lab.example failed: the message could not be delivered within the time limit.\n<relay.shop.example #4.4.7>", Expired, ClassPermanent},
		{"jo@lab.example... host map: lookup (lab.example): deferred", Network, ClassTransient},
	})
}

// On standard input a test tool's session, Exchange's attempt lines and a
// multi-line reply behind words are one paste each (the Scanner), read as
// the argument is.
func TestKindForms11ScannerGroups(t *testing.T) {
	for _, in := range []string{
		"=== Trying mx.lab.example:25...\n=== Connected to mx.lab.example.\n<-  220 mx ESMTP\n -> EHLO a\n<-  250 mx\n -> STARTTLS\n<-  220 2.0.0 Ready\n*** TLS startup failed (connect(): error:0A00010B:SSL routines::wrong version number)",
		"8/1/2026 9:00:00 AM - Server at mx.lab.example (192.0.2.7) returned '550 5.7.1 Relay access denied'\n8/1/2026 8:00:00 AM - Server at mx.lab.example (192.0.2.7) returned '451 4.4.0 DNS query failed'",
		"Remote host said: 552-5.2.2 Mailbox of jo@lab.example\n552 5.2.2 is over its quota",
	} {
		sc := NewScanner(strings.NewReader(in + "\n"))
		sc.Wording = true
		var got []Reply
		for sc.Scan() {
			got = append(got, sc.Reply())
		}
		want, err := explainOne(in)
		if len(got) != 1 || err != nil {
			t.Errorf("%.50q: %d replies (err %v), want one", in, len(got), err)
			continue
		}
		if e := Explain(got[0]); e.Category != want.Category || e.Class != want.Class {
			t.Errorf("%.50q: stdin %s/%s, argument %s/%s", in, e.Category, e.Class, want.Category, want.Class)
		}
	}
}

// Batch 11-forms c: a server that did not answer, in Windows' and IIS's
// words; IIS's failed DNS bind; a gateway's own scanner that was down.
func TestKindForms11cConnectionWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Connecting To relay.shop.example...Could not open connection to the host, on port 587: Connect failed", Network, ClassTransient},
		{"The remote server mx2.lab.example did not respond to a connection attempt; the message stays queued.", Network, ClassTransient},
		{"delivery to partner.example failed: Unable to bind to the destination server in DNS", HostUnknown, ""},
		{"Status: Deferred - antivirus service unavailable, message will be retried", ServerError, ClassTransient},
	})
}
