package report

import (
	"io"
	"strings"
	"time"

	"github.com/smtpgw/smtpgw/relay"
)

// relayListenKind is the text banner's name of a listener's TLS mode.
func relayListenKind(mode string) string {
	switch mode {
	case relay.ListenImplicit:
		return "SMTP over implicit TLS"
	case relay.ListenSTARTTLS:
		return "SMTP with STARTTLS"
	case relay.ListenPlain, "":
		return "SMTP"
	}
	return "SMTP (" + mode + ")"
}

// WriteRelayStart writes the relay's start-up banner as text: warnings
// first, then one labelled line per fact. With st.Color the labels are dim,
// the warnings yellow and the try-it command bold; without it the text is
// plain (the form scripts and the README rely on). On a terminal (st.Width
// columns) a long warning or value continues under its text; the try-it
// command stays on one line, to be copied whole:
//
//	WARNING: ...
//	Listening on   127.0.0.1:2525 (SMTP)
//	Certificate    self-signed, SHA-256 fingerprint AB:CD:...
//	Delivering to  smarthost ...
//	Spool          /path
//	Try it:        smtpgw send --server 127.0.0.1:2525 ...
func WriteRelayStart(w io.Writer, info relay.StartInfo, st *Styles) error {
	if st == nil {
		st = NewStyles(w, false)
	}
	style := func(s string, render func(...string) string) string {
		if !st.Color {
			return s
		}
		return render(s)
	}
	var b strings.Builder
	line := func(label, value string) {
		// labels are padded to 15 columns outside the style, so colored
		// and plain output align the same way
		text := style(label, st.Label.Render) + strings.Repeat(" ", max(1, 15-len(label))) + value
		if label != "Try it:" {
			text = wrapWords(text, st.Width, 15)
		}
		b.WriteString(text + "\n")
	}
	for _, warn := range info.Warnings {
		b.WriteString(wrapWords(style("WARNING:", st.StatusStyle(Warn).Render)+" "+warn, st.Width, 9) + "\n")
	}
	for _, l := range info.Listen {
		line("Listening on", l.Addr+" ("+relayListenKind(l.TLS)+")")
	}
	if info.CertFingerprint != "" {
		line("Certificate", "self-signed, SHA-256 fingerprint "+info.CertFingerprint)
	}
	line("Delivering to", info.Delivery)
	if len(info.DKIM) > 0 {
		line("DKIM signing", strings.Join(info.DKIM, ", "))
	}
	line("Spool", info.Spool)
	if info.Metrics != "" {
		line("Metrics", info.Metrics+" (and /healthz, /readyz)")
	}
	if info.TryIt != "" {
		line("Try it:", style(info.TryIt, st.Bold.Render))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// relayLogLine is the head of a JSON log line in log/slog's JSONHandler
// layout, so the banner lines sit among the relay's --log-format json log.
type relayLogLine struct {
	Time  time.Time `json:"time"`
	Level string    `json:"level"`
	Msg   string    `json:"msg"`
}

// RelayStartLine is the JSON start line of the relay (msg "relay
// started"), among its --log-format json log.
type RelayStartLine struct {
	relayLogLine
	relay.StartInfo
}

// RelayStartedMsg is the msg of the JSON start line.
const RelayStartedMsg = "relay started"

// WriteRelayStartJSON writes the start-up banner as JSON Lines in the
// layout of the relay's --log-format json log (time, level, msg): one WARN
// line per warning (msg is the warning), then one INFO line with msg
// "relay started" carrying every fact of the StartInfo (listen [{addr,
// tls}], self_signed_sha256, delivery, spool, try_it, warnings).
func WriteRelayStartJSON(w io.Writer, info relay.StartInfo, now time.Time) error {
	for _, warn := range info.Warnings {
		if err := WriteJSONLine(w, relayLogLine{Time: now, Level: "WARN", Msg: warn}); err != nil {
			return err
		}
	}
	if info.Warnings == nil {
		info.Warnings = []string{}
	}
	if info.Listen == nil {
		info.Listen = []relay.ListenInfo{}
	}
	return WriteJSONLine(w, RelayStartLine{relayLogLine{Time: now, Level: "INFO", Msg: RelayStartedMsg}, info})
}
