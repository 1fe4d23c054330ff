package inspect

import (
	"testing"

	"github.com/smtpgw/smtpgw/arc"
)

// FuzzParse feeds arbitrary input to the header and Received: parsers:
// they must not panic, and what ParseMessage accepts has a field.
func FuzzParse(f *testing.F) {
	f.Add([]byte(baseMsg))
	f.Add([]byte("Received: from x (unknown [IPv6:2001:db8::1]) by y with ESMTPSA (using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)); Mon, 2 Dec 2024 23:59:59 -0800 (PST)\n\n"))
	f.Add([]byte("Received: (qmail 1234 invoked by uid 89); 3 Dec 2024 10:00:00 -0000\r\nFrom: a@b.test\r\n"))
	f.Add([]byte("From a@b Tue Dec  3 10:00:00 2024\nReceived: from ((((nested)))) by ;;;\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ParseMessage(b)
		if err == nil {
			if len(m.Fields) == 0 {
				t.Fatal("accepted with no fields")
			}
			for _, v := range m.Get("Received") {
				ParseReceived(v)
			}
			hops := path(m.Get("Received"))
			if e := entryHop(hops); e >= len(hops) {
				t.Fatalf("entry %d of %d", e, len(hops))
			}
		}
		ParseReceived(string(b))
		arc.Tags(string(b))
	})
}

// FuzzFilterVerdicts feeds arbitrary header text to the spam-filter
// verdict parsers: no panic, at most maxRules items per header read.
func FuzzFilterVerdicts(f *testing.F) {
	f.Add([]byte(msHeaders + saHeaders + rspamdHeaders + "\r\n"))
	f.Add([]byte("X-Forefront-Antispam-Report: ;;;:;SCL:x;SFV:;\r\nX-Spam-Status: Yes, tests=\r\nX-Spamd-Result: default: True [ / ];A(\r\n\r\n"))
	f.Add([]byte("X-Proofpoint-Spam-Details: rule= = =\r\nX-Mimecast-Spam-Score:\r\nX-Rspamd-Report: X(1)[ Y(2\r\n\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ParseMessage(b)
		if err != nil {
			return
		}
		vs := filterVerdicts(m)
		for _, v := range vs {
			if len(v.Items) > 2*maxRules+10 {
				t.Fatalf("%s: %d items", v.Filter, len(v.Items))
			}
		}
		verdictFindings(vs)
	})
}
