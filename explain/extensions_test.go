package explain

import "testing"

func TestExtensionMeaning(t *testing.T) {
	cases := []struct{ kw, params, want string }{
		{"SIZE", "10240000", "messages up to 10.2 MB (RFC 1870)"},
		{"size", "35882577", "messages up to 35.9 MB (RFC 1870)"},
		{"SIZE", "", "message size declared in MAIL FROM; no fixed limit announced (RFC 1870)"},
		{"SIZE", "0", "message size declared in MAIL FROM; no fixed limit announced (RFC 1870)"},
		{"SIZE", "lots", "message size limit, but the value is not a number (RFC 1870)"},
		{"AUTH", "PLAIN login", "log in with PLAIN, LOGIN (RFC 4954)"},
		{"PIPELINING", "", "commands may be sent in batches without waiting for each reply (RFC 2920)"},
		{"X-UNKNOWN-EXT", "", ""},
	}
	for _, c := range cases {
		if got := ExtensionMeaning(c.kw, c.params); got != c.want {
			t.Errorf("ExtensionMeaning(%q, %q) = %q, want %q", c.kw, c.params, got, c.want)
		}
	}
	for _, kw := range []string{"CHUNKING", "SMTPUTF8", "REQUIRETLS", "DSN", "STARTTLS", "8BITMIME", "ENHANCEDSTATUSCODES"} {
		if ExtensionMeaning(kw, "") == "" {
			t.Errorf("ExtensionMeaning(%q) is empty", kw)
		}
	}
}
