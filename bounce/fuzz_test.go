package bounce

import (
	"os"
	"strings"
	"testing"
)

// Fuzz targets: a hostile message never panics, stalls or returns a
// recipient without an address. FuzzParse runs the whole pipeline; the
// per-family targets run one family's detector and parser directly, seeded
// with that family's samples.

func FuzzParse(f *testing.F) {
	for _, p := range allSamples() {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("Content-Type: multipart/report; boundary=b\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\nFinal-Recipient: rfc822; a@b.example\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n"))
	f.Add([]byte("Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/mixed; boundary=a\n\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		res, err := ParseBytes(raw)
		if err != nil {
			return
		}
		checkResult(t, res)
	})
}

func checkResult(t *testing.T, res *Result) {
	t.Helper()
	if res.Kind == "" {
		t.Fatal("no kind")
	}
	if len(res.Recipients) > MaxRecipients {
		t.Fatalf("%d recipients", len(res.Recipients))
	}
	for _, rc := range res.Recipients {
		if rc.Recipient == "" || rc.Action == "" {
			t.Fatalf("recipient without address or action: %+v", rc)
		}
		e := rc.Explain()
		if e.Class == "" || e.Category == "" {
			t.Fatalf("explanation without class or category: %+v", e)
		}
	}
	if res.Kind == KindBounce && len(res.Problems()) == 0 {
		t.Fatal("bounce without a failed or delayed recipient")
	}
}

func allSamples() []string {
	var out []string
	entries, _ := os.ReadDir(samples)
	for _, e := range entries {
		if e.IsDir() {
			out = append(out, familySamples(e.Name())...)
		}
	}
	return out
}

func familySamples(dir string) []string {
	entries, _ := os.ReadDir(samples + "/" + dir)
	var out []string
	for _, e := range entries {
		if n := e.Name(); strings.HasSuffix(n, ".eml") || strings.HasSuffix(n, ".txt") || strings.HasSuffix(n, ".json") {
			out = append(out, samples+"/"+dir+"/"+n)
		}
	}
	return out
}

// fuzzFamily runs one family's detector and parser on arbitrary messages.
func fuzzFamily(f *testing.F, name string) {
	var fam *family
	for i := range families {
		if families[i].name == name {
			fam = &families[i]
		}
	}
	if fam == nil {
		f.Fatalf("no family %s", name)
	}
	for _, p := range familySamples(name) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		m := load(raw)
		if !fam.detect(m) {
			return
		}
		for _, rc := range fam.parse(m) {
			if rc.Recipient == "" && rc.OriginalRecipient == "" {
				t.Fatalf("%s: recipient without an address", name)
			}
			// (quoted-printable and base64 parts may decode to any bytes:
			// the diagnostic need not be UTF-8)
			_ = rc.Explain()
		}
	})
}

func FuzzRFC3464(f *testing.F)         { fuzzFamily(f, "rfc3464") }
func FuzzPostfix(f *testing.F)         { fuzzFamily(f, "postfix") }
func FuzzExim(f *testing.F)            { fuzzFamily(f, "exim") }
func FuzzExchange(f *testing.F)        { fuzzFamily(f, "exchange") }
func FuzzGmail(f *testing.F)           { fuzzFamily(f, "gmail") }
func FuzzQmail(f *testing.F)           { fuzzFamily(f, "qmail") }
func FuzzYahoo(f *testing.F)           { fuzzFamily(f, "yahoo") }
func FuzzDMA(f *testing.F)             { fuzzFamily(f, "dma") }
func FuzzOpenSMTPD(f *testing.F)       { fuzzFamily(f, "opensmtpd") }
func FuzzSendmail(f *testing.F)        { fuzzFamily(f, "sendmail") }
func FuzzCourier(f *testing.F)         { fuzzFamily(f, "courier") }
func FuzzMessagingServer(f *testing.F) { fuzzFamily(f, "messaging-server") }
func FuzzDomino(f *testing.F)          { fuzzFamily(f, "domino") }
func FuzzX400(f *testing.F)            { fuzzFamily(f, "x400") }
func FuzzGateway(f *testing.F)         { fuzzFamily(f, "gateway") }
func FuzzGoogleGroups(f *testing.F)    { fuzzFamily(f, "google-groups") }
func FuzzJapan(f *testing.F)           { fuzzFamily(f, "japan") }
func FuzzIMail(f *testing.F)           { fuzzFamily(f, "imail") }
func FuzzMDaemon(f *testing.F)         { fuzzFamily(f, "mdaemon") }
func FuzzKerio(f *testing.F)           { fuzzFamily(f, "kerio") }
func FuzzMailEnable(f *testing.F)      { fuzzFamily(f, "mailenable") }
func FuzzJames(f *testing.F)           { fuzzFamily(f, "james") }
func FuzzHaraka(f *testing.F)          { fuzzFamily(f, "haraka") }
func FuzzZimbra(f *testing.F)          { fuzzFamily(f, "zimbra") }
func FuzzPowerMTA(f *testing.F)        { fuzzFamily(f, "powermta") }
func FuzzICloud(f *testing.F)          { fuzzFamily(f, "icloud") }
func FuzzZoho(f *testing.F)            { fuzzFamily(f, "zoho") }
func FuzzMailRu(f *testing.F)          { fuzzFamily(f, "mailru") }
func FuzzYandex(f *testing.F)          { fuzzFamily(f, "yandex") }
func FuzzGMX(f *testing.F)             { fuzzFamily(f, "gmx") }
func FuzzSES(f *testing.F)             { fuzzFamily(f, "ses") }

// FuzzWebhook: hostile JSON notifications.
func FuzzWebhook(f *testing.F) {
	for _, p := range familySamples("webhook") {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`[{"msys":{"message_event":{"type":"bounce","rcpt_to":"a@b.example"}}}]`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if res := parseWebhook(raw); res != nil {
			checkResult(t, res)
		}
	})
}
func FuzzGeneric(f *testing.F) { fuzzFamily(f, "generic") }
