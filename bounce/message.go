package bounce

import (
	"bytes"
	"io"
	"net/mail"
	"strings"
	"time"

	"github.com/emersion/go-message"
	"golang.org/x/text/encoding/japanese"
)

// msg is a message taken apart for the detectors and parsers: the decoded
// headers of the report, its human-readable text (every text part decoded
// to UTF-8, HTML stripped), the delivery-status and feedback-report parts,
// and the headers of the returned message.
type msg struct {
	header    message.Header
	hasHeader bool

	from, subject, xmailer string // decoded
	lowFrom, lowSubject    string
	date                   time.Time
	messageID              string
	contentType            string // media type of the top entity
	reportType             string // report-type= of a multipart/report

	text     string   // decoded text parts, in order, joined with blank lines
	low      string   // lowerASCII(text)
	lines    []string // text split into lines, right-trimmed
	dsn      []string // message/delivery-status and message/global-delivery-status bodies
	arf      string   // message/feedback-report body
	orig     message.Header
	hasOrig  bool
	attached []byte // the first attached whole message (a bounce forwarded as an attachment)
	parts    int
	htmlText []string
	gateway  *string // gatewayName, computed once
}

// knownHeaders are fields that tell a message header from a pasted body.
var knownHeaders = []string{"From", "To", "Subject", "Date", "Content-Type", "Received", "Message-Id", "Return-Path", "Mime-Version", "Delivered-To", "Auto-Submitted", "X-Failed-Recipients", "Reply-To", "Sender"}

func load(raw []byte) *msg {
	m := &msg{}
	ent, err := message.ReadWithOptions(bytes.NewReader(raw), &message.ReadOptions{MaxHeaderBytes: 256 << 10})
	if ent != nil && (err == nil || message.IsUnknownCharset(err) || message.IsUnknownEncoding(err)) {
		for _, k := range knownHeaders {
			if ent.Header.Has(k) {
				m.hasHeader = true
				break
			}
		}
	}
	if !m.hasHeader {
		// a pasted bounce body, or DSN fields alone
		m.addText(decodeLoose(raw))
		if strings.Contains(lowerASCII(m.text), "final-recipient:") {
			m.dsn = append(m.dsn, m.text)
		}
		m.finish()
		return m
	}
	m.header = ent.Header
	m.from = headerText(ent.Header, "From")
	m.subject = headerText(ent.Header, "Subject")
	m.xmailer = headerText(ent.Header, "X-Mailer")
	if d, err := mail.ParseDate(ent.Header.Get("Date")); err == nil {
		m.date = d.UTC()
	}
	m.messageID = strings.Trim(strings.TrimSpace(ent.Header.Get("Message-Id")), "<>")
	mt, params, _ := ent.Header.ContentType()
	m.contentType = lowerASCII(mt)
	m.reportType = lowerASCII(params["report-type"])
	m.walk(ent, 0)
	m.finish()
	return m
}

func headerText(h message.Header, k string) string {
	v, err := h.Text(k)
	if err != nil || v == "" {
		v = h.Get(k)
	}
	return strings.TrimSpace(v)
}

// walk visits the MIME tree depth-first, at most MaxDepth deep and MaxParts
// parts in all.
func (m *msg) walk(e *message.Entity, depth int) {
	if depth > MaxDepth || m.parts >= MaxParts {
		return
	}
	m.parts++
	if mr := e.MultipartReader(); mr != nil {
		for m.parts < MaxParts {
			p, err := mr.NextPart()
			if p == nil {
				if err == nil || err == io.EOF {
					return
				}
				return
			}
			m.walk(p, depth+1)
		}
		return
	}
	mt, params, _ := e.Header.ContentType()
	mt = lowerASCII(mt)
	body := func() string {
		b, _ := io.ReadAll(io.LimitReader(e.Body, MaxPart))
		if !strings.EqualFold(params["charset"], "") || !bytes.Contains(b, []byte("\x1b$")) {
			return string(b)
		}
		return decodeLoose(b)
	}
	switch {
	case mt == "message/delivery-status" || mt == "message/global-delivery-status" || mt == "text/delivery-status":
		m.dsn = append(m.dsn, body())
	case mt == "message/feedback-report":
		m.arf = body()
	case mt == "message/rfc822" || mt == "message/global" || mt == "text/rfc822-headers" || mt == "message/rfc822-headers" || mt == "message/global-headers":
		if !m.hasOrig {
			b, _ := io.ReadAll(io.LimitReader(e.Body, MaxPart))
			if mt == "message/rfc822" || mt == "message/global" {
				m.attached = b
			}
			if oe, err := message.Read(bytes.NewReader(b)); oe != nil && (err == nil || message.IsUnknownCharset(err) || message.IsUnknownEncoding(err)) {
				m.orig, m.hasOrig = oe.Header, true
			}
		}
	case mt == "" || mt == "text/plain":
		if depth == 0 || !isAttachment(e) || len(m.text) == 0 {
			m.addText(body())
		}
	case mt == "text/html":
		m.addHTML(body())
	}
}

func isAttachment(e *message.Entity) bool {
	d, _, _ := e.Header.ContentDisposition()
	return strings.EqualFold(d, "attachment")
}

func (m *msg) addText(s string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	if strings.TrimSpace(s) == "" {
		return
	}
	if m.text != "" {
		m.text += "\n\n"
	}
	m.text += s
}

// addHTML adds an HTML part's text when no plain-text part said the same.
func (m *msg) addHTML(s string) {
	m.htmlText = append(m.htmlText, htmlToText(s))
}

func (m *msg) finish() {
	if strings.TrimSpace(m.text) == "" {
		for _, h := range m.htmlText {
			m.addText(h)
		}
	}
	m.lines = strings.Split(m.text, "\n")
	quoted := false
	for i, ln := range m.lines {
		ln = strings.TrimRight(ln, " \t\r")
		if u := unquote(ln); u != ln {
			ln, quoted = u, true
		}
		m.lines[i] = ln
	}
	if quoted { // a bounce forwarded or replied to with "> " quoting: read it as written
		m.text = strings.Join(m.lines, "\n")
	}
	m.low = lowerASCII(m.text)
	m.lowFrom = lowerASCII(m.from)
	m.lowSubject = lowerASCII(m.subject)
	if !m.hasOrig {
		m.findInlineOriginal()
	}
}

// findInlineOriginal reads the headers of a returned message quoted in the
// text after a "copy of the message" line.
func (m *msg) findInlineOriginal() {
	for i, ln := range m.lines {
		if !isEndOfReport(lowerASCII(strings.TrimSpace(ln))) {
			continue
		}
		rest := strings.TrimLeft(strings.Join(m.lines[i+1:], "\n"), "\n")
		if oe, err := message.Read(strings.NewReader(rest)); oe != nil && (err == nil || message.IsUnknownCharset(err) || message.IsUnknownEncoding(err)) {
			if oe.Header.Has("Message-Id") || oe.Header.Has("From") || oe.Header.Has("Return-Path") {
				m.orig, m.hasOrig = oe.Header, true
			}
		}
		return
	}
}

// decodeLoose decodes text whose charset was not declared: ISO-2022-JP is
// recognised by its escape sequences; anything else is taken as it is.
func decodeLoose(b []byte) string {
	if bytes.Contains(b, []byte("\x1b$B")) || bytes.Contains(b, []byte("\x1b$@")) {
		if d, err := japanese.ISO2022JP.NewDecoder().Bytes(b); err == nil {
			return string(d)
		}
	}
	return string(b)
}

// has reports whether the lower-cased text contains any of the needles
// (which must be lower case).
func (m *msg) has(needles ...string) bool {
	for _, n := range needles {
		if strings.Contains(m.low, n) {
			return true
		}
	}
	return false
}

// fromHas reports whether the From: header contains any of the needles.
func (m *msg) fromHas(needles ...string) bool {
	for _, n := range needles {
		if strings.Contains(m.lowFrom, n) {
			return true
		}
	}
	return false
}

// subjectHas reports whether the Subject: contains any of the needles.
func (m *msg) subjectHas(needles ...string) bool {
	for _, n := range needles {
		if strings.Contains(m.lowSubject, n) {
			return true
		}
	}
	return false
}

// get returns a top-level header field, "" without one.
func (m *msg) get(k string) string {
	if !m.hasHeader {
		return ""
	}
	return strings.TrimSpace(m.header.Get(k))
}

// reportLines returns the text's lines up to the copy of the returned message.
func (m *msg) reportLines() []string {
	for i, ln := range m.lines {
		if isEndOfReport(lowerASCII(strings.TrimSpace(ln))) {
			return m.lines[:i]
		}
	}
	return m.lines
}

// endOfReport are lines after which a bounce quotes the returned message.
var endOfReport = []string{
	"------ this is a copy of the message",
	"--- below this line is a copy of the message",
	"original message headers:",
	"----- original message -----",
	"----- the header of the original message",
	"------ this is a copy of your message",
	"----- unsent message follows -----",
	"----- original message follows -----",
	"------ original message follows ------",
	"below is a copy of the original message:",
	"message headers follow.",
	"original message follows.",
	"--- the original message follows",
	"---------- original message ----------",
	"------ this is a copy of the message, including all the headers. ------",
}

func isEndOfReport(low string) bool {
	for _, e := range endOfReport {
		if strings.HasPrefix(low, e) {
			return true
		}
	}
	return false
}

// unquote removes the "> " quote markers of a forwarded or replied-to
// message from the start of a line (nested ones too); a transcript's ">>>"
// is not a quote marker.
func unquote(ln string) string {
	for strings.HasPrefix(ln, ">") && !strings.HasPrefix(ln, ">>>") {
		switch {
		case ln == ">":
			return ""
		case strings.HasPrefix(ln, "> "):
			ln = ln[2:]
		case strings.HasPrefix(ln, ">>") || strings.HasPrefix(ln, ">\t"):
			ln = ln[1:]
		default:
			return ln
		}
	}
	return ln
}
