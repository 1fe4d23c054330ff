package send

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-msgauth/dkim"
	"github.com/smtpgw/smtpgw/internal/testdns"
	"github.com/smtpgw/smtpgw/resolver"
	"github.com/smtpgw/smtpgw/smtpwire"
)

func TestParseAddress(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in, ascii string
		utf8      bool
	}{
		{"user@example.test", "user@example.test", false},
		{"<user@example.test>", "user@example.test", false},
		{"first.last+tag@sub.example.test", "first.last+tag@sub.example.test", false},
		{"!#$%&'*+-/=?^_`{|}~@example.test", "!#$%&'*+-/=?^_`{|}~@example.test", false},
		{`"john doe"@example.test`, `"john doe"@example.test`, false},
		{`"a\"b"@example.test`, `"a\"b"@example.test`, false},
		{"user@[192.0.2.1]", "user@[192.0.2.1]", false},
		{"user@[IPv6:2001:db8::1]", "user@[IPv6:2001:db8::1]", false},
		{"info@bücher.example", "info@xn--bcher-kva.example", false},
		{"info@BÜCHER.example", "info@xn--bcher-kva.example", false},
		{"josé@example.test", "josé@example.test", true},
		{"用户@例子.example", "用户@xn--fsqu00a.example", true},
	} {
		a, err := ParseAddress(tc.in)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		if a.ASCII() != tc.ascii || a.NeedsSMTPUTF8() != tc.utf8 {
			t.Errorf("%q: ascii %q utf8 %v, want %q %v", tc.in, a.ASCII(), a.NeedsSMTPUTF8(), tc.ascii, tc.utf8)
		}
	}
	for _, bad := range []string{
		"", "user", "@example.test", "user@", "user@@example.test", "us er@example.test", "user.@example.test", ".user@example.test",
		"a..b@example.test", "user@exa mple.test", "user@-example.test", "user@example-.test", "user@example..test", "user@example.test.",
		"user@exa_mple.test", "user@example.test\r\nRCPT TO:<victim@example.test>", "user\n@example.test", "user@example.test\x00",
		`"unterminated@example.test`, "user@[300.1.1.1]", "user@[IPv6:nonsense]", "user@[192.0.2.1", strings.Repeat("a", 65) + "@example.test",
		"a@" + strings.Repeat("b", 64) + ".test", "user@example\xff.test", "a(comment)@example.test", "a@b@c",
	} {
		if a, err := ParseAddress(bad); err == nil {
			t.Errorf("%q accepted as %+v", bad, a)
		}
	}
}

func TestCheckHelo(t *testing.T) {
	t.Parallel()
	for _, ok := range []string{"client.example.test", "localhost", "[192.0.2.1]", "[IPv6:2001:db8::1]", "bücher.example"} {
		if _, err := CheckHelo(ok); err != nil {
			t.Errorf("%q: %v", ok, err)
		}
	}
	for _, bad := range []string{"", "a b", "x\r\nMAIL FROM:<a@b>", "host.", "[1.2.3]", "under_score.example"} {
		if _, err := CheckHelo(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestParseHeaderRejectsInjection(t *testing.T) {
	t.Parallel()
	h, err := ParseHeader("X-Test-Id:   abc 123 ")
	if err != nil || h.Name != "X-Test-Id" || h.Value != "abc 123" {
		t.Fatalf("%+v %v", h, err)
	}
	for _, bad := range []string{"X-A: b\r\nBcc: victim@example.test", "X-A: b\nX-B: c", "X-A: b\rX", "NoColon", ": novalue", "Bad Name: v", "X-A: \x00"} {
		if _, err := ParseHeader(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	from := mustAddrT(t, "a@example.test")
	subj := "hello\r\nBcc: victim@example.test"
	if _, err := BuildMessage(MessageOptions{From: from, To: []Address{from}, Subject: &subj}); err == nil {
		t.Error("subject with CRLF accepted")
	}
	if _, err := BuildMessage(MessageOptions{From: from, To: []Address{from}, Headers: []Header{{"X-A", "b\nc"}}}); err == nil {
		t.Error("header value with LF accepted")
	}
	if _, err := BuildMessage(MessageOptions{From: from, To: []Address{from}, Headers: []Header{{"Content-Type", "text/html"}}}); err == nil {
		t.Error("Content-Type header accepted")
	}
}

func mustAddrT(t *testing.T, s string) Address { return mustAddr(t, s) }

func TestBuildMessageHeaders(t *testing.T) {
	t.Parallel()
	from := mustAddr(t, "a@example.test")
	subj := "Grüße aus Köln"
	body := "line1\nline2 with a very long line " + strings.Repeat("xyz ", 40) + "\n"
	m, err := BuildMessage(MessageOptions{From: from, To: []Address{mustAddr(t, "b@bücher.example")}, Subject: &subj, Body: &body,
		Headers: []Header{{"X-Campaign", "q3"}, {"subject", "replaced"}, {"Reply-To", "r@example.test"}}, Version: "1.2.3"})
	if err != nil {
		t.Fatal(err)
	}
	hdr := HeaderBlock(m.Data)
	if !strings.Contains(hdr, "Subject: replaced\r\n") || strings.Count(hdr, "Subject:") != 1 {
		t.Errorf("subject not replaced:\n%s", hdr)
	}
	for _, want := range []string{"To: b@xn--bcher-kva.example\r\n", "X-Campaign: q3\r\n", "Reply-To: r@example.test\r\n", "X-Mailer: smtpgw/1.2.3\r\n", "Message-ID: <smtpgw."} {
		if !strings.Contains(hdr, want) {
			t.Errorf("no %q in\n%s", want, hdr)
		}
	}
	if m.UTF8 {
		t.Error("ASCII-only message marked UTF8")
	}
	for _, l := range strings.Split(string(m.Data), "\r\n") {
		if len(l) > 998 {
			t.Errorf("line of %d octets", len(l))
		}
	}
	if bytes.Contains(bytes.ReplaceAll(m.Data, []byte("\r\n"), nil), []byte("\n")) || bytes.Contains(bytes.ReplaceAll(m.Data, []byte("\r\n"), nil), []byte("\r")) {
		t.Error("bare CR or LF in the message")
	}
	// One MIME-Version field, with and without attachments (go-message's
	// writers add their own "Mime-Version: 1.0" to the entity header).
	for _, atts := range [][]Attachment{nil, {{Name: "a.txt", Data: []byte("hi\n")}}} {
		ma, err := BuildMessage(MessageOptions{From: from, To: []Address{from}, Attachments: atts})
		if err != nil {
			t.Fatal(err)
		}
		h := HeaderBlock(ma.Data)
		if n := strings.Count(strings.ToLower(h), "\r\nmime-version:"); n != 1 {
			t.Errorf("%d attachments: %d MIME-Version fields in\n%s", len(atts), n, h)
		}
		if !strings.Contains(h, "\r\nContent-Type: ") {
			t.Errorf("%d attachments: no Content-Type in the message header\n%s", len(atts), h)
		}
	}
	// A non-ASCII subject is RFC 2047 encoded when the message is not SMTPUTF8.
	m2, _ := BuildMessage(MessageOptions{From: from, To: []Address{from}, Subject: &subj})
	if !strings.Contains(HeaderBlock(m2.Data), "Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe") {
		t.Errorf("subject not encoded:\n%s", HeaderBlock(m2.Data))
	}
	// Default subject and body name smtpgw, the time and the id.
	m3, _ := BuildMessage(MessageOptions{From: from, To: []Address{from}, ID: "feedc0ffee00", Date: time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)})
	s3 := string(m3.Data)
	if !strings.Contains(s3, "Subject: smtpgw test message feedc0ffee00 (Wed, 04 Mar 2026 05:06:07 +0000)") || !strings.Contains(s3, "Test id: feedc0ffee00") {
		t.Errorf("default message:\n%s", s3)
	}
}

func TestFoldLongTo(t *testing.T) {
	t.Parallel()
	var tos []Address
	for _, s := range []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"} {
		tos = append(tos, mustAddr(t, s+"@long-domain-name.example.test"))
	}
	m, err := BuildMessage(MessageOptions{From: tos[0], To: tos})
	if err != nil {
		t.Fatal(err)
	}
	hdr := HeaderBlock(m.Data)
	for _, l := range strings.Split(hdr, "\r\n") {
		if len(l) > 78 {
			t.Errorf("header line of %d chars: %q", len(l), l)
		}
	}
	if !strings.Contains(hdr, "\r\n hotel@long-domain-name.example.test") && !strings.Contains(hdr, " hotel@") {
		t.Errorf("To not folded:\n%s", hdr)
	}
}

func TestDotStuff(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, out string }{
		{"", ".\r\n"},
		{"a", "a\r\n.\r\n"},
		{"a\r\n", "a\r\n.\r\n"},
		{".", "..\r\n.\r\n"},
		{".a\n.\nb\r.c", "..a\r\n..\r\nb\r\n..c\r\n.\r\n"},
		{"x\r\n.\r\ny", "x\r\n..\r\ny\r\n.\r\n"},
		{"a\r\r\nb", "a\r\n\r\nb\r\n.\r\n"},
	} {
		if got := string(DotStuff([]byte(tc.in))); got != tc.out {
			t.Errorf("DotStuff(%q) = %q, want %q", tc.in, got, tc.out)
		}
	}
}

func TestPrepareData(t *testing.T) {
	t.Parallel()
	m, err := PrepareData([]byte("From: a@example.test\nMessage-ID: <x1@example.test>\nSubject: hi\n\nbody\n.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if string(m.Data) != "From: a@example.test\r\nMessage-ID: <x1@example.test>\r\nSubject: hi\r\n\r\nbody\r\n.\r\n" || m.MessageID != "x1@example.test" {
		t.Errorf("%q %q", m.Data, m.MessageID)
	}
	if _, err := PrepareData(nil); err == nil {
		t.Error("empty message accepted")
	}
}

func TestQueueID(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"2.0.0 Ok: queued as 4Xyz9KpQ1bz2": "4Xyz9KpQ1bz2",
		"OK id=1rAbCd-000123-Xy":           "1rAbCd-000123-Xy",
		"2.6.0 <20260102.abc@client.example.test> [InternalId=1234567890123, Hostname=EX01.example.test] 2345 bytes in 0.104, 22.011 KB/sec Queued mail for delivery": "1234567890123",
		"2.0.0 OK  1767322800 a1b2c3d4e5f6si123.45 - gsmtp":       "a1b2c3d4e5f6si123.45",
		"ok 1767322800 qp 4242":                                   "4242",
		"Message Queued (F1E2D3C4-1111-2222-3333-444455556666.1)": "F1E2D3C4-1111-2222-3333-444455556666.1",
		"2.0.0 5A2BC3DE012345 Message accepted for delivery":      "5A2BC3DE012345",
		"2.0.0 OK: queued":                                        "",
		"Ok":                                                      "",
		"":                                                        "",
	} {
		if got := QueueID(in); got != want {
			t.Errorf("QueueID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitEnhanced(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		code      int
		lines     []string
		enh, text string
	}{
		{550, []string{"5.1.1 <x@example.test>: User unknown"}, "5.1.1", "<x@example.test>: User unknown"},
		{550, []string{"5.7.1 first", "5.7.1 second"}, "5.7.1", "first second"},
		{550, []string{"Requested action not taken"}, "", "Requested action not taken"},
		{451, []string{"5.1.1 class mismatch"}, "", "5.1.1 class mismatch"},
		{250, []string{"2.0.0"}, "2.0.0", ""},
	} {
		enh, text := SplitEnhanced(smtpwire.Reply{Code: tc.code, Lines: tc.lines})
		if enh != tc.enh || text != tc.text {
			t.Errorf("%d %v: %q %q, want %q %q", tc.code, tc.lines, enh, text, tc.enh, tc.text)
		}
	}
}

func TestChooseAuthMech(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		offered []string
		asked   string
		want    string
	}{
		{[]string{"LOGIN", "PLAIN"}, "", "PLAIN"},
		{[]string{"LOGIN", "PLAIN", "CRAM-MD5"}, "", "CRAM-MD5"},
		{[]string{"LOGIN"}, "", "LOGIN"},
		{[]string{"XOAUTH2", "PLAIN"}, "", "PLAIN"},
		{[]string{"PLAIN"}, "xoauth2", "XOAUTH2"},
	} {
		if got, err := ChooseAuthMech(tc.offered, tc.asked); err != nil || got != tc.want {
			t.Errorf("%v %q: %q %v", tc.offered, tc.asked, got, err)
		}
	}
	if _, err := ChooseAuthMech([]string{"XOAUTH2", "GSSAPI"}, ""); err == nil {
		t.Error("no usable mechanism accepted")
	}
	if _, err := ChooseAuthMech(nil, ""); err == nil {
		t.Error("no AUTH accepted")
	}
	// RFC 2195 §2 example.
	if got := CRAMMD5Response("tim", "tanstaaftanstaaf", []byte("<1896.697170952@postoffice.reston.mci.net>")); got != "tim b913a602c7eda7a495b4e6e7334d3890" {
		t.Errorf("CRAM-MD5 %q", got)
	}
}

func pemKey(t *testing.T, typ string, der []byte) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der})
}

// txtRecord renders a TXT record line, splitting the value into 255-octet
// character-strings.
func txtRecord(name, value string) string {
	var parts []string
	for len(value) > 255 {
		parts = append(parts, `"`+value[:255]+`"`)
		value = value[255:]
	}
	parts = append(parts, `"`+value+`"`)
	return name + " 60 IN TXT " + strings.Join(parts, " ")
}

func TestDKIMSignVerifies(t *testing.T) {
	t.Parallel()
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	_, edKey, _ := ed25519.GenerateKey(rand.Reader)
	pk8, _ := x509.MarshalPKCS8PrivateKey(rsaKey)
	ed8, _ := x509.MarshalPKCS8PrivateKey(edKey)
	keys := map[string][]byte{
		"rsa-pkcs1": pemKey(t, "RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(rsaKey)),
		"rsa-pkcs8": pemKey(t, "PRIVATE KEY", pk8),
		"ed25519":   pemKey(t, "PRIVATE KEY", ed8),
	}
	srv := testdns.Start(t)
	r := resolver.New(srv.Addr)
	lookup := func(name string) ([]string, error) {
		recs, _, err := r.TXT(context.Background(), name)
		var out []string
		for _, p := range recs {
			out = append(out, strings.Join(p, ""))
		}
		return out, err
	}
	for name, p := range keys {
		key, err := ParseDKIMKey(p)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sel := strings.ReplaceAll(name, "-", "")
		rec, err := DKIMRecordFor(key)
		if err != nil {
			t.Fatal(err)
		}
		srv.Add(t, txtRecord(DKIMRecordName(sel, "example.test")+".", rec))
		if note, err := CheckDKIMRecord(context.Background(), r, sel, "example.test", key); err != nil || note != "" {
			t.Fatalf("%s: check: %q %v", name, note, err)
		}
		b := &backend{}
		ts := startServer(t, b, serverConfig{})
		o, _ := opts(t, ts.Port)
		signed, err := SignDKIM(o.Message.Data, "example.test", sel, key)
		if err != nil {
			t.Fatal(err)
		}
		o.Message = &Message{Data: signed, MessageID: o.Message.MessageID}
		res := run(t, o)
		if res.Verdict.Status != Accepted {
			t.Fatalf("%s: %+v", name, res.Verdict)
		}
		got := b.messages()[0].Data
		if !bytes.HasPrefix(got, []byte("DKIM-Signature: ")) {
			t.Fatalf("%s: no signature:\n%s", name, HeaderBlock(got))
		}
		sig := HeaderBlock(got)
		for _, want := range []string{"c=relaxed/relaxed", "d=example.test", "s=" + sel, "h=From:From:Subject:Subject:Date:To:To:Message-ID:MIME-Version:Content-Type:Content-Transfer-Encoding"} { // From, To, Subject oversigned
			if !strings.Contains(strings.ReplaceAll(strings.ReplaceAll(sig, "\r\n", ""), " ", ""), strings.ReplaceAll(want, " ", "")) {
				t.Errorf("%s: signature lacks %q:\n%s", name, want, sig)
			}
		}
		vs, err := dkim.VerifyWithOptions(bytes.NewReader(got), &dkim.VerifyOptions{LookupTXT: lookup})
		if err != nil || len(vs) != 1 || vs[0].Err != nil || vs[0].Domain != "example.test" {
			t.Fatalf("%s: verify %v %+v", name, err, vs)
		}
		// Tampering breaks it (the check is real).
		bad := bytes.Replace(got, []byte("Hello."), []byte("Hullo."), 1)
		vs, _ = dkim.VerifyWithOptions(bytes.NewReader(bad), &dkim.VerifyOptions{LookupTXT: lookup})
		if len(vs) != 1 || vs[0].Err == nil {
			t.Errorf("%s: tampered message verified", name)
		}
	}
	// A key that does not match the published record is an error.
	other, _ := ParseDKIMKey(keys["ed25519"])
	if _, err := CheckDKIMRecord(context.Background(), r, "rsapkcs1", "example.test", other); !errors.Is(err, ErrDKIMMismatch) {
		t.Errorf("mismatch: %v", err)
	}
	// No record: a note, not an error.
	if note, err := CheckDKIMRecord(context.Background(), r, "missing", "example.test", other); err != nil || note == "" {
		t.Errorf("missing record: %q %v", note, err)
	}
}

func TestParseDKIMKeyErrors(t *testing.T) {
	t.Parallel()
	for name, p := range map[string][]byte{
		"not pem":   []byte("hello"),
		"cert":      pemKey(t, "CERTIFICATE", []byte{1, 2, 3}),
		"garbage":   pemKey(t, "PRIVATE KEY", []byte{1, 2, 3}),
		"encrypted": pemKey(t, "ENCRYPTED PRIVATE KEY", []byte{1, 2, 3}),
	} {
		if _, err := ParseDKIMKey(p); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestParseDKIMRecord(t *testing.T) {
	t.Parallel()
	_, ed, _ := ed25519.GenerateKey(rand.Reader)
	key := &DKIMKey{Signer: ed, Algo: "ed25519"}
	rec, _ := DKIMRecordFor(key)
	pub, err := ParseDKIMRecord(rec)
	if err != nil || !ed.Public().(ed25519.PublicKey).Equal(pub) {
		t.Fatalf("%v %v", pub, err)
	}
	for _, bad := range []string{"v=DKIM1; p=", "v=DKIM2; p=AAAA", "k=rsa; p=!!!", "k=ed25519; p=AAAA", "k=dsa; p=AAAA", "v=DKIM1", "garbage"} {
		if _, err := ParseDKIMRecord(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestValidateOptions(t *testing.T) {
	t.Parallel()
	a := mustAddr(t, "a@one.test")
	b := mustAddr(t, "b@two.test")
	base := Options{Helo: "h.example.test", From: a, To: []Address{a}, QuitAfter: StageRcpt}
	for _, tc := range []struct {
		name, field string
		mut         func(o *Options)
	}{
		{"no rcpt", "To", func(o *Options) { o.To = nil }},
		{"two domains mx", "Server", func(o *Options) { o.To = []Address{a, b} }},
		{"bad stage", "QuitAfter", func(o *Options) { o.QuitAfter = "data" }},
		{"no message", "Message", func(o *Options) { o.QuitAfter = "" }},
		{"bad mech", "AuthMech", func(o *Options) { o.AuthMech = "GSSAPI" }},
		{"bad server", "Server", func(o *Options) { o.Server = "bad_host:25" }},
		{"bad port", "Server", func(o *Options) { o.Server = "h.example.test:99999" }},
		{"port range", "Port", func(o *Options) { o.Port = 70000 }},
		{"tls mode", "TLS", func(o *Options) { o.TLS = "sometimes" }},
		{"helo crlf", "Helo", func(o *Options) { o.Helo = "a\r\nb" }},
		{"user crlf", "AuthUser", func(o *Options) { o.AuthUser = "u\r\nRSET" }},
		{"plain auth", "AuthUser", func(o *Options) { o.Server, o.TLS, o.AuthUser = "h.example.test", TLSNone, "u" }},
	} {
		o := base
		tc.mut(&o)
		err := o.Validate()
		var oe *OptionError
		if !errors.As(err, &oe) || oe.Field != tc.field || !oe.InvalidInput() || strings.Contains(err.Error(), "--") {
			t.Errorf("%s: %v, want an OptionError for %s that names no flag", tc.name, err, tc.field)
		}
	}
	o := base
	o.Server = "h.example.test"
	o.To = []Address{a, b}
	if err := o.Validate(); err != nil {
		t.Errorf("two domains via a server: %v", err)
	}
	o.TLS, o.AuthUser, o.AllowPlaintextAuth = TLSNone, "u", true
	if err := o.Validate(); err != nil {
		t.Errorf("plaintext AUTH allowed: %v", err)
	}
	if DefaultTLS(25) != TLSOpportunistic || DefaultTLS(587) != TLSStartTLS || DefaultTLS(465) != TLSImplicit {
		t.Error("DefaultTLS")
	}
}

// Which load-test options go together is the package's rule; Load applies
// it too.
func TestValidateLoadOptions(t *testing.T) {
	t.Parallel()
	a := mustAddr(t, "a@one.test")
	msg := func(int) (*Message, error) { return &Message{Data: []byte("x")}, nil }
	base := LoadOptions{Options: Options{Server: "h.example.test", From: a, To: []Address{a}}, Count: 5, Concurrency: 2, NewMessage: msg}
	for _, tc := range []struct {
		field string
		mut   func(o *LoadOptions)
	}{
		{"Count", func(o *LoadOptions) { o.Count = 0 }},
		{"Concurrency", func(o *LoadOptions) { o.Concurrency = -1 }},
		{"Concurrency", func(o *LoadOptions) { o.Count = 1 }},
		{"QuitAfter", func(o *LoadOptions) { o.QuitAfter = StageRcpt }},
		{"NewMessage", func(o *LoadOptions) { o.NewMessage = nil }},
		{"To", func(o *LoadOptions) { o.To = nil }},
	} {
		lo := base
		tc.mut(&lo)
		var oe *OptionError
		if err := lo.Validate(); !errors.As(err, &oe) || oe.Field != tc.field {
			t.Errorf("%s: %v", tc.field, err)
		}
		if _, err := Load(context.Background(), lo); !errors.As(err, &oe) || oe.Field != tc.field {
			t.Errorf("Load, %s: %v", tc.field, err)
		}
	}
	// Count 1 is one send, which may stop early; Concurrency 0 means 1.
	lo := base
	lo.Count, lo.Concurrency, lo.QuitAfter = 1, 0, StageRcpt
	if err := lo.Validate(); err != nil {
		t.Error(err)
	}
}

func TestValidateCompose(t *testing.T) {
	t.Parallel()
	s := "subject"
	bad := "hi\nBcc: victim@example.test"
	key := &DKIMKey{}
	for _, tc := range []struct {
		field string
		c     Compose
	}{
		{"Data", Compose{Data: []byte("From: a@one.test\r\n\r\nx"), Subject: &s}},
		{"Data", Compose{Data: []byte("x"), Attachments: []Attachment{{Name: "a.txt"}}}},
		{"Subject", Compose{Subject: &bad}},
		{"Headers", Compose{Headers: []Header{{Name: "X-A", Value: "b\r\nBcc: victim@example.test"}}}},
		{"Headers", Compose{Headers: []Header{{Name: "X A", Value: "b"}}}},
		{"Headers", Compose{Headers: []Header{{Name: "content-type", Value: "text/html"}}}},
		{"Headers", Compose{Headers: []Header{{Name: "MIME-Version", Value: "1.0"}}}},
		{"DKIMSelector", Compose{DKIMKey: key}},
		{"DKIMKey", Compose{DKIMSelector: "s1"}},
		{"DKIMDomain", Compose{DKIMDomain: "one.test"}},
		{"DKIMSelector", Compose{DKIMKey: key, DKIMSelector: "s_1"}},
		{"DKIMDomain", Compose{DKIMKey: key, DKIMSelector: "s1", DKIMDomain: "bad_domain.test"}},
	} {
		var oe *OptionError
		if err := tc.c.Validate(); !errors.As(err, &oe) || oe.Field != tc.field || strings.Contains(err.Error(), "--") {
			t.Errorf("%+v: %v, want %s", tc.c, err, tc.field)
		}
	}
	ok := Compose{Subject: &s, Headers: []Header{{Name: "X-A", Value: "b"}}, DKIMKey: key, DKIMSelector: "s1"}
	if err := ok.Validate(); err != nil {
		t.Error(err)
	}
	// The signing domain is the sender's unless given; a literal sender
	// needs one.
	if d, err := ok.SigningDomain(mustAddr(t, "a@one.test")); d != "one.test" || err != nil {
		t.Errorf("signing domain %q %v", d, err)
	}
	var oe *OptionError
	if _, err := ok.SigningDomain(mustAddr(t, "a@[192.0.2.1]")); !errors.As(err, &oe) || oe.Field != "DKIMDomain" {
		t.Errorf("literal sender: %v", err)
	}
}

func TestDefaultFrom(t *testing.T) {
	t.Parallel()
	for helo, want := range map[string]string{"": "smtpgw@localhost", "[192.0.2.1]": "smtpgw@localhost", "vm": "smtpgw@localhost",
		"mail.example.test": "smtpgw@mail.example.test"} {
		if got := DefaultFrom(helo); got != want {
			t.Errorf("DefaultFrom(%q) = %q, want %q", helo, got, want)
		}
	}
	if h := DefaultHelo(); h != "" {
		if _, err := CheckHelo(h); err != nil || !strings.Contains(h, ".") {
			t.Errorf("DefaultHelo %q: %v", h, err)
		}
	}
	if StepTimeoutWithin(5*time.Second) != 5*time.Second || StepTimeoutWithin(time.Hour) != DefaultStepTimeout ||
		DefaultTimeoutFor(1) != DefaultTimeout || DefaultTimeoutFor(2) != DefaultLoadTimeout {
		t.Error("timeouts")
	}
}

func TestAttemptTarget(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		a    Attempt
		want string
	}{
		{Attempt{Host: "mx.example.test", Addr: "192.0.2.1", Port: 25}, "mx.example.test[192.0.2.1]:25"},
		{Attempt{Host: "192.0.2.1", Addr: "192.0.2.1", Port: 587}, "192.0.2.1:587"},
		{Attempt{Host: "::1", Addr: "::1", Port: 25}, "[::1]:25"},
		{Attempt{Host: "mx.example.test", Addr: "2001:db8::1", Port: 25}, "mx.example.test[2001:db8::1]:25"},
		{Attempt{Host: "relay.example.test", Port: 2525}, "relay.example.test:2525"},
	} {
		if got := tc.a.Target(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.a, got, tc.want)
		}
	}
}

func TestVerdictStageName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		v    Verdict
		want string
	}{
		{Verdict{Stage: StageTLS}, "STARTTLS"},
		{Verdict{Stage: StageTLS, ImplicitTLS: true}, "implicit TLS handshake"},
		{Verdict{Stage: StageRcpt}, "RCPT TO"},
		{Verdict{Stage: StageGreeting, ImplicitTLS: true}, "greeting"},
		{Verdict{Stage: StageGreeting}, "greeting"},
		{Verdict{Stage: StageConnect}, "CONNECT"},
	} {
		if got := c.v.StageName(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.v, got, c.want)
		}
	}
}
