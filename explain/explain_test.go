package explain

import (
	"errors"
	"strings"
	"sync"
	"testing"
)

// Live callers (probe, send, relay) pass wire lines and no enhanced code:
// Explain derives code, enhanced code (last line wins) and text itself.
func TestExplainFromWireLines(t *testing.T) {
	t.Parallel()
	e := Explain(Reply{Code: 421, Lines: []string{"421-4.7.0 Try again later, closing connection.", "421 4.7.28 Our system has detected an unusual rate of mail"}})
	if e.Enhanced != "4.7.28" || e.Category != RateLimited || e.Class != ClassTransient || !e.Retry {
		t.Fatalf("got %+v", e)
	}
	if e.Code == nil || *e.Code != 421 {
		t.Fatalf("code %v", e.Code)
	}
	e = Explain(Reply{Lines: []string{"550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in local recipient table"}})
	if e.Code == nil || *e.Code != 550 || e.Enhanced != "5.1.1" || e.Category != UserUnknown || e.Retry {
		t.Fatalf("got %+v", e)
	}
	if !strings.Contains(e.Text, "User unknown") || strings.HasPrefix(e.Text, "550") {
		t.Fatalf("text %q", e.Text)
	}
}

func TestExplainSuccess(t *testing.T) {
	t.Parallel()
	e := Explain(Reply{Code: 250, Lines: []string{"250 2.0.0 Ok: queued as 4Xyz"}})
	if e.Class != ClassSuccess || e.Category != Success || e.Retry {
		t.Fatalf("got %+v", e)
	}
	if e.Remediation == nil || e.References == nil {
		t.Fatal("nil slices would marshal as null")
	}
}

func TestExplainConcurrent(t *testing.T) {
	t.Parallel()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				e, err := ExplainText("451 4.7.1 <a@b.example>: Recipient address rejected: Greylisted")
				if err != nil || e.Category != Greylisted {
					t.Errorf("got %+v, %v", e, err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestParseNoCode(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"", "   ", "hello world", "\x00\x01\x02garbage 550 5.1.1", strings.Repeat("550 ", MaxInput/4+1), "192.0.2.1", "12:34:56"} {
		if _, err := Parse(in); !errors.Is(err, ErrNoCode) {
			t.Errorf("Parse(%.40q): err %v, want ErrNoCode", in, err)
		}
	}
}

// The provider is detected from the remote host when the text does not name it.
func TestProviderFromHost(t *testing.T) {
	t.Parallel()
	for host, want := range map[string]string{
		"gmail-smtp-in.l.google.com":                ProvGmail,
		"rcpt-example.mail.protection.outlook.com.": ProvMicrosoft,
		"mta7.am0.yahoodns.net":                     ProvYahoo,
		"mx01.mail.icloud.com":                      ProvApple,
		"us-smtp-inbound-1.mimecast.com":            ProvMimecast,
		"mx0a-00123.pphosted.com":                   ProvProofpoint,
		"d123.ess.barracudanetworks.com":            ProvBarracuda,
		"MX.RCPT.EXAMPLE":                           "",
		"notgoogle.com.example":                     "",
	} {
		e := Explain(Reply{Code: 550, Enhanced: "5.7.1", Text: "Message refused", RemoteHost: host})
		if e.Provider != want || e.Category != Policy {
			t.Errorf("%s: provider %q category %s, want %q policy", host, e.Provider, e.Category, want)
		}
	}
}

// Provider-specific enhanced codes without telling text only apply when the
// provider is known.
func TestProviderGatedCodes(t *testing.T) {
	t.Parallel()
	e := Explain(Reply{Code: 421, Enhanced: "4.7.29", Text: "Your email has been rate limited", RemoteHost: "gmail-smtp-in.l.google.com"})
	if e.Category != TLSRequired || e.Provider != ProvGmail {
		t.Errorf("gmail 4.7.29: %s %q", e.Category, e.Provider)
	}
	e = Explain(Reply{Code: 550, Enhanced: "5.7.29", Text: "ARC validation failure"})
	if e.Category != SenderAuth || e.Provider != "" {
		t.Errorf("plain 5.7.29: %s %q", e.Category, e.Provider)
	}
}

// "message expired" is any MTA's wording: only Exchange's QUEUE.Expired (or
// an Exchange host) names Microsoft.
func TestGenericExpiredHasNoProvider(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, prov string }{
		{"451 4.4.7 Message expired: no answer from mx.rcpt.example", ""},
		{"4.4.7 message expired", ""},
		{"450 4.4.7 Message delayed; QUEUE.Expired; message expired", ProvMicrosoft},
		{"550 5.4.316 Message expired, connection refused(Socket error code 10061)", ProvMicrosoft},
	} {
		e, err := ExplainText(c.in)
		if err != nil || e.Category != Expired || e.Provider != c.prov {
			t.Errorf("%q: %s %q %v, want expired %q", c.in, e.Category, e.Provider, err, c.prov)
		}
	}
}

// Gmail's missing-From wording is a standards problem of the message, not a
// recipient policy.
func TestGmailMissingFromHeader(t *testing.T) {
	t.Parallel()
	e, err := ExplainText("550-5.7.1 [192.0.2.9] Messages missing a valid address in From: header, or having no From: header, are not accepted. a1b2c3 - gsmtp")
	if err != nil || e.Category != RFCNoncompliant || e.Provider != ProvGmail || e.Class != ClassPermanent {
		t.Errorf("got %s %q %s %v, want rfc-noncompliant Gmail permanent", e.Category, e.Provider, e.Class, err)
	}
}

// A DSN without a code still gets a class from its Action field.
func TestClassFromAction(t *testing.T) {
	t.Parallel()
	e := Explain(Reply{Text: "Unrouteable address", Action: "failed", Recipient: "a@b.example"})
	if e.Class != ClassPermanent || e.Category != HostUnknown || e.Code != nil {
		t.Errorf("got %+v", e)
	}
	e = Explain(Reply{Text: "Connection timed out", Action: "delayed"})
	if e.Class != ClassTransient || !e.Retry || e.Category != Network {
		t.Errorf("got %+v", e)
	}
	e = Explain(Reply{Text: "mystery"})
	if e.Class != ClassUnknown || e.Category != Unknown {
		t.Errorf("got %+v", e)
	}
}

// A bare 550 does not say why (RFC 5321 uses it for any refusal): the
// category is unknown, the summary says what the code means and the
// remediation names the likely causes. After DATA the recipients were
// accepted, so it is about the message (policy); at MAIL FROM it is about
// the sender (the summary says so, the category stays unknown).
func TestBare550ByStage(t *testing.T) {
	t.Parallel()
	for _, st := range []string{"", "RCPT TO"} {
		e := Explain(Reply{Code: 550, Stage: st})
		if e.Category != Unknown || !strings.Contains(e.Summary, "without saying why") || len(e.Remediation) < 3 ||
			!strings.Contains(e.Remediation[1], "address") || !strings.Contains(e.Remediation[2], "policy") {
			t.Errorf("stage %q: %s %q %q", st, e.Category, e.Summary, e.Remediation)
		}
	}
	if e := Explain(Reply{Code: 550, Stage: "END OF DATA"}); e.Category != Policy || !strings.Contains(e.Summary, "about the message") {
		t.Errorf("END OF DATA: %s %q", e.Category, e.Summary)
	}
	if e := Explain(Reply{Code: 550, Stage: "MAIL FROM"}); e.Category != Unknown || !strings.Contains(e.Summary, "envelope sender") {
		t.Errorf("MAIL FROM: %s %q", e.Category, e.Summary)
	}
	if e := Explain(Reply{Code: 554}); e.Category != Unknown || !strings.Contains(e.Summary, "without saying why") {
		t.Errorf("554: %s %q", e.Category, e.Summary)
	}
}

// Explanations do not share memory with the knowledge tables.
func TestExplanationIsACopy(t *testing.T) {
	t.Parallel()
	e := Explain(Reply{Code: 550, Enhanced: "5.1.1", Text: "User unknown"})
	orig := e.Remediation[0]
	e.Remediation[0] = "changed"
	e.References[0] = "changed"
	e2 := Explain(Reply{Code: 550, Enhanced: "5.1.1", Text: "User unknown"})
	if e2.Remediation[0] != orig || e2.References[0] == "changed" {
		t.Fatalf("the tables were modified through an explanation: %q", e2.Remediation[0])
	}
}
