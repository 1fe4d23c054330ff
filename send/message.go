package send

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/emersion/go-message/mail"
)

// Header is one header field given on the command line ("Name: value").
type Header struct {
	Name, Value string
}

// ParseHeader parses "Name: value". CR, LF or NUL anywhere is an error, so a
// header can never inject another header or end the header block.
func ParseHeader(s string) (Header, error) {
	if strings.ContainsAny(s, "\r\n\x00") {
		return Header{}, fmt.Errorf("header %q contains CR, LF or NUL (header injection is not allowed)", trunc(s))
	}
	name, value, ok := strings.Cut(s, ":")
	if !ok {
		return Header{}, fmt.Errorf("header %q is not of the form \"Name: value\"", trunc(s))
	}
	if err := checkFieldName(name); err != nil {
		return Header{}, err
	}
	return Header{Name: name, Value: strings.TrimSpace(value)}, nil
}

// checkHeader checks an extra header of a generated message: a valid
// name, no CR, LF or NUL, and not one smtpgw sets itself from the body
// and attachments (Content-*, MIME-Version). The problem starts with the
// header's name.
func checkHeader(h Header) error {
	if strings.ContainsAny(h.Name+h.Value, "\r\n\x00") {
		return fmt.Errorf("%q contains CR, LF or NUL (header injection is not allowed)", h.Name)
	}
	if err := checkFieldName(h.Name); err != nil {
		return err
	}
	switch canon := canonical(h.Name); {
	case strings.HasPrefix(canon, "Content-"):
		return fmt.Errorf("%s is set by smtpgw from Body and Attachments; give Data for a message with your own MIME structure", h.Name)
	case canon == "Mime-Version":
		return fmt.Errorf("%s is always set by smtpgw", h.Name)
	}
	return nil
}

func checkFieldName(name string) error {
	if name == "" {
		return fmt.Errorf("empty header name")
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; c <= 32 || c >= 127 || c == ':' {
			return fmt.Errorf("header name %q may only contain printable ASCII without spaces or colons (RFC 5322 §2.2)", name)
		}
	}
	return nil
}

func trunc(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// Attachment is a file to attach.
type Attachment struct {
	Name        string // file name shown to the recipient
	ContentType string // "" to guess from the name and content
	Data        []byte
}

// MessageOptions describe a generated message.
type MessageOptions struct {
	From        Address
	To          []Address
	Subject     *string // nil: the default test subject
	Body        *string // nil: the default test body
	Headers     []Header
	Attachments []Attachment
	Date        time.Time // zero: now
	ID          string    // unique test id; "" for a random one
	Version     string    // smtpgw version for X-Mailer
}

// generatedHeaders are the fields smtpgw writes itself; --header with one of
// these names replaces the generated value.
var generatedHeaders = []string{"Date", "From", "To", "Subject", "Message-Id", "X-Mailer", "Mime-Version"}

// Message is a message ready to send.
type Message struct {
	Data      []byte // CRLF line endings, not dot-stuffed
	MessageID string // without angle brackets; "" for --data messages without one
	ID        string // the unique test id
	UTF8      bool   // addresses or headers need SMTPUTF8
}

// NewID returns a random 12-character test id.
func NewID() string {
	var b [6]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// BuildMessage generates an RFC 5322 message: Date, From, To, Subject,
// Message-ID, X-Mailer, extra headers, MIME-Version and a text/plain body,
// or multipart/mixed with the attachments (github.com/emersion/go-message).
func BuildMessage(o MessageOptions) (*Message, error) {
	if o.Date.IsZero() {
		o.Date = time.Now()
	}
	if o.ID == "" {
		o.ID = NewID()
	}
	if o.Version == "" {
		o.Version = "dev"
	}
	utf8Hdr := o.From.NeedsSMTPUTF8()
	for _, t := range o.To {
		utf8Hdr = utf8Hdr || t.NeedsSMTPUTF8()
	}
	addr := func(a Address) string {
		if utf8Hdr {
			return a.String()
		}
		return a.ASCII()
	}
	msgID := fmt.Sprintf("smtpgw.%d.%s@%s", o.Date.Unix(), o.ID, o.From.ASCIIDomain)
	if o.From.Literal {
		msgID = fmt.Sprintf("smtpgw.%d.%s@smtpgw.invalid", o.Date.Unix(), o.ID)
	}
	stamp := o.Date.Format(time.RFC1123Z)
	subject := fmt.Sprintf("smtpgw test message %s (%s)", o.ID, stamp)
	if o.Subject != nil {
		subject = *o.Subject
	}
	body := fmt.Sprintf("This is a test message sent by smtpgw %s.\r\n\r\nSent: %s\r\nTest id: %s\r\nFrom: %s\r\nTo: %s\r\n",
		o.Version, stamp, o.ID, addr(o.From), joinAddrs(o.To, addr))
	if o.Body != nil {
		body = *o.Body
	}
	if strings.ContainsAny(subject, "\r\n\x00") {
		return nil, fmt.Errorf("subject contains CR, LF or NUL (header injection is not allowed)")
	}

	type field struct{ name, value string }
	fields := []field{
		{"Date", o.Date.Format(time.RFC1123Z)},
		{"From", addr(o.From)},
		{"To", joinAddrs(o.To, addr)},
		{"Subject", encodeText(subject, utf8Hdr)},
		{"Message-ID", "<" + msgID + ">"},
		{"X-Mailer", "smtpgw/" + o.Version},
	}
	for _, h := range o.Headers {
		if err := checkHeader(h); err != nil {
			return nil, fmt.Errorf("header %v", err)
		}
		canon := canonical(h.Name)
		v := encodeText(h.Value, utf8Hdr)
		replaced := false
		for _, g := range generatedHeaders {
			if canon == g {
				for i := range fields {
					if canonical(fields[i].name) == g {
						if !replaced {
							fields[i].value = v
							replaced = true
						}
					}
				}
			}
		}
		if canon == "Message-Id" {
			msgID = strings.Trim(h.Value, "<> ")
		}
		if !replaced {
			fields = append(fields, field{h.Name, v})
		}
	}
	fields = append(fields, field{"MIME-Version", "1.0"})

	var buf bytes.Buffer
	for _, f := range fields {
		buf.WriteString(fold(f.name + ": " + f.value))
	}
	body = toCRLF(body)
	var content bytes.Buffer
	if err := writeContent(&content, body, o.Attachments); err != nil {
		return nil, err
	}
	buf.Write(dropMIMEVersion(content.Bytes()))
	return &Message{Data: buf.Bytes(), MessageID: msgID, ID: o.ID, UTF8: utf8Hdr}, nil
}

// dropMIMEVersion removes the "Mime-Version: 1.0" field go-message's
// writers add to the entity header they write (message.CreateWriter sets it
// whenever the header lacks it): the message header already carries
// MIME-Version, and a second copy is a duplicate field (RFC 2045 §4 wants
// one).
func dropMIMEVersion(p []byte) []byte {
	end := bytes.Index(p, []byte("\r\n\r\n"))
	if end < 0 {
		return p
	}
	hdr := p[:end+2]
	for i := 0; i < len(hdr); {
		n := bytes.Index(hdr[i:], []byte("\r\n"))
		if n < 0 {
			break
		}
		line := hdr[i : i+n]
		if name, v, ok := bytes.Cut(line, []byte(":")); ok && strings.EqualFold(string(name), "MIME-Version") && strings.TrimSpace(string(v)) == "1.0" {
			return append(append([]byte{}, p[:i]...), p[i+n+2:]...)
		}
		i += n + 2
	}
	return p
}

func writeContent(w *bytes.Buffer, body string, atts []Attachment) error {
	var th mail.InlineHeader
	th.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
	if len(atts) == 0 {
		var h mail.Header
		h.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
		pw, err := mail.CreateSingleInlineWriter(w, h)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(pw, body); err != nil {
			return err
		}
		return pw.Close()
	}
	mw, err := mail.CreateWriter(w, mail.Header{})
	if err != nil {
		return err
	}
	pw, err := mw.CreateSingleInline(th)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(pw, body); err != nil {
		return err
	}
	if err := pw.Close(); err != nil {
		return err
	}
	for _, a := range atts {
		var ah mail.AttachmentHeader
		ct := a.ContentType
		if ct == "" {
			ct = mime.TypeByExtension(filepath.Ext(a.Name))
		}
		if ct == "" {
			ct = http.DetectContentType(a.Data)
		}
		mt, params, err := mime.ParseMediaType(ct)
		if err != nil {
			mt, params = "application/octet-stream", nil
		}
		ah.SetContentType(mt, params)
		ah.SetFilename(a.Name)
		aw, err := mw.CreateAttachment(ah)
		if err != nil {
			return err
		}
		if _, err := aw.Write(a.Data); err != nil {
			return err
		}
		if err := aw.Close(); err != nil {
			return err
		}
	}
	return mw.Close()
}

func canonical(name string) string {
	parts := strings.Split(strings.ToLower(name), "-")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "-")
}

func joinAddrs(as []Address, f func(Address) string) string {
	s := make([]string, len(as))
	for i, a := range as {
		s[i] = f(a)
	}
	return strings.Join(s, ", ")
}

// encodeText encodes a non-ASCII header value as an RFC 2047 encoded word,
// unless the message is an SMTPUTF8 one (RFC 6532 allows raw UTF-8).
func encodeText(s string, utf8 bool) string {
	if isASCII(s) || utf8 {
		return s
	}
	return mime.QEncoding.Encode("utf-8", s)
}

// fold renders "Name: value" as one header field ending in CRLF, folded at
// spaces so lines stay within 78 characters where possible (RFC 5322 §2.2.3).
func fold(line string) string {
	var b strings.Builder
	min := strings.IndexByte(line, ':') + 2
	for len(line) > 78 && min < len(line) {
		cut := strings.LastIndexByte(line[:78], ' ')
		if cut < min {
			n := strings.IndexByte(line[min:], ' ')
			if n < 0 {
				break
			}
			cut = min + n
		}
		if strings.TrimSpace(line[cut:]) == "" {
			break
		}
		b.WriteString(line[:cut])
		b.WriteString("\r\n")
		line = line[cut:]
		min = 1
	}
	b.WriteString(line)
	b.WriteString("\r\n")
	return b.String()
}

// toCRLF normalises bare LF and bare CR line endings to CRLF.
func toCRLF(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return string(NormalizeCRLF([]byte(s)))
}

// NormalizeCRLF returns p with every line ending (CRLF, bare LF, bare CR)
// turned into CRLF, as RFC 5321 §2.3.8 requires on the wire.
func NormalizeCRLF(p []byte) []byte {
	out := make([]byte, 0, len(p)+len(p)/32)
	for i := 0; i < len(p); i++ {
		switch c := p[i]; c {
		case '\r':
			out = append(out, '\r', '\n')
			if i+1 < len(p) && p[i+1] == '\n' {
				i++
			}
		case '\n':
			out = append(out, '\r', '\n')
		default:
			out = append(out, c)
		}
	}
	return out
}

// DotStuff encodes a message for the DATA command (RFC 5321 §4.5.2):
// line endings normalised to CRLF, a leading "." doubled on every line, a
// final CRLF added when missing, and the terminating ".\r\n" appended.
func DotStuff(p []byte) []byte {
	p = NormalizeCRLF(p)
	out := make([]byte, 0, len(p)+len(p)/64+5)
	bol := true
	for _, c := range p {
		if bol && c == '.' {
			out = append(out, '.')
		}
		out = append(out, c)
		bol = c == '\n'
	}
	if len(out) > 0 && !bol {
		out = append(out, '\r', '\n')
	}
	return append(out, '.', '\r', '\n')
}

// PrepareData takes a prepared RFC 5322 message (--data) as it is, only
// normalising line endings to CRLF. It is an error when the message has no
// header/body separator or no From field, since servers reject those.
func PrepareData(p []byte) (*Message, error) {
	p = NormalizeCRLF(p)
	if len(p) == 0 {
		return nil, fmt.Errorf("the message is empty")
	}
	hdrEnd := bytes.Index(p, []byte("\r\n\r\n"))
	hdr := p
	if hdrEnd >= 0 {
		hdr = p[:hdrEnd+2]
	}
	m := &Message{Data: p, UTF8: !isASCII(string(hdr))}
	for _, line := range strings.Split(string(hdr), "\r\n") {
		name, v, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "Message-ID") {
			m.MessageID = strings.Trim(strings.TrimSpace(v), "<>")
		}
	}
	return m, nil
}

// HeaderBlock returns the header section of a CRLF message (without the
// blank line).
func HeaderBlock(p []byte) string {
	if i := bytes.Index(p, []byte("\r\n\r\n")); i >= 0 {
		return string(p[:i+2])
	}
	return string(p)
}

// is8bit reports whether p has bytes over 127 (BODY=8BITMIME, RFC 6152).
func is8bit(p []byte) bool {
	for _, c := range p {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
