package tlsclient

import (
	"bytes"
	"encoding/base64"
	"encoding/pem"
	"io"
	"os"
	"sync"

	"github.com/smtpgw/smtpgw/internal/lazy"
	"golang.org/x/crypto/cryptobyte"
	cbasn1 "golang.org/x/crypto/cryptobyte/asn1"
)

// rootIndex finds system roots by raw subject (DER). Nothing is kept of
// the files but the roots asked for: a lookup scans the files once for
// every subject not asked before (one buffer for the file, one for the
// DER, reused), and remembers the answer.
type rootIndex struct {
	mu    sync.Mutex
	files rootFiles
	memo  map[string][][]byte // raw subject -> DER certificates (nil: none)
}

// rootFiles lists the files of the system roots and reads them in order
// (see systemRootFiles).
type rootFiles func(read func(path string) bool)

// systemIndex is nil where the system roots are not files (see
// systemRootFiles). Tests replace it.
var systemIndex = func() *rootIndex { return systemRoots.Get() }

var systemRoots = lazy.Value[*rootIndex]{New: func() *rootIndex {
	files, ok := systemRootFiles()
	if !ok {
		return nil
	}
	return &rootIndex{files: files, memo: map[string][][]byte{}}
}}

// lookup returns the DER certificates of the roots with each raw subject.
func (idx *rootIndex) lookup(subjects [][]byte) [][]byte {
	idx.mu.Lock()
	defer idx.mu.Unlock()
	missing := map[string]bool{}
	for _, s := range subjects {
		if _, ok := idx.memo[string(s)]; !ok {
			missing[string(s)] = true
		}
	}
	if len(missing) > 0 {
		found := map[string][][]byte{}
		idx.scan(func(subj, der []byte) {
			if missing[string(subj)] {
				found[string(subj)] = append(found[string(subj)], bytes.Clone(der))
			}
		})
		for s := range missing {
			idx.memo[s] = found[s]
		}
	}
	var out [][]byte
	seen := map[string]bool{}
	for _, s := range subjects {
		if seen[string(s)] {
			continue
		}
		seen[string(s)] = true
		out = append(out, idx.memo[string(s)]...)
	}
	return out
}

// scan calls fn with the subject and DER of every certificate of the
// files, as x509.CertPool's AppendCertsFromPEM takes them: CERTIFICATE
// blocks without headers. der is valid only during the call. A file is
// read in windows of 32 KiB (grown for a larger block), so a scan touches
// a few pages of memory whatever the size of the CA bundle.
func (idx *rootIndex) scan(fn func(subj, der []byte)) {
	buf := make([]byte, 32<<10)
	var scratch []byte
	idx.files(func(path string) bool {
		f, err := os.Open(path)
		if err != nil {
			return false
		}
		defer f.Close()
		n := 0 // bytes in buf not yet consumed
		for {
			if n == len(buf) {
				buf = append(buf, make([]byte, len(buf))...) // a block larger than the window
			}
			m, err := f.Read(buf[n:])
			n += m
			if err != nil && err != io.EOF {
				return false
			}
			eof := err == io.EOF
			var used int
			scratch, used = scanPEM(buf[:n], scratch, fn, eof)
			n = copy(buf, buf[used:n])
			if eof {
				return true
			}
		}
	})
}

var (
	pemBegin = []byte("-----BEGIN CERTIFICATE-----")
	pemEnd   = []byte("-----END CERTIFICATE-----")
)

// scanPEM finds the CERTIFICATE blocks of data and decodes their base64
// into scratch (grown as needed, returned) and returns how much of data it
// used: all of it at the end of the file (eof), else up to the last block
// that is not complete yet. A block that is not in the plain form (no
// headers, nothing but base64 and line ends) is left to encoding/pem,
// which decides as AppendCertsFromPEM does.
func scanPEM(data, scratch []byte, fn func(subj, der []byte), eof bool) ([]byte, int) {
	for off := 0; ; {
		i := bytes.Index(data[off:], pemBegin)
		if i < 0 {
			if eof {
				return scratch, len(data)
			}
			// keep what could be the start of a BEGIN line, and the byte
			// before it
			return scratch, max(off, len(data)-len(pemBegin)-1)
		}
		start := off + i
		bodyStart := start + len(pemBegin)
		j := bytes.Index(data[bodyStart:], pemEnd)
		if j < 0 {
			if eof {
				return scratch, len(data)
			}
			return scratch, max(start-1, off)
		}
		body := data[bodyStart : bodyStart+j]
		off = bodyStart + j + len(pemEnd)
		if start > 0 && data[start-1] != '\n' {
			continue // encoding/pem takes a BEGIN line only at a line start
		}
		plain := (bytes.HasPrefix(body, []byte("\n")) || bytes.HasPrefix(body, []byte("\r\n"))) &&
			bytes.IndexByte(body, ':') < 0
		if n := base64.StdEncoding.DecodedLen(len(body)); cap(scratch) < n {
			scratch = make([]byte, n)
		}
		if plain {
			if n, err := base64.StdEncoding.Decode(scratch[:cap(scratch)], body); err == nil {
				if subj, ok := rawSubject(scratch[:n]); ok {
					fn(subj, scratch[:n])
				}
				continue
			}
		}
		if p, _ := pem.Decode(data[start:off]); p != nil && p.Type == "CERTIFICATE" && len(p.Headers) == 0 {
			if subj, ok := rawSubject(p.Bytes); ok {
				fn(subj, p.Bytes)
			}
		}
	}
}

// rawSubject reads the subject Name (tag and length included, as
// x509.Certificate.RawSubject) from a DER certificate (RFC 5280 §4.1).
func rawSubject(der []byte) ([]byte, bool) {
	in := cryptobyte.String(der)
	var cert, tbs cryptobyte.String
	if !in.ReadASN1(&cert, cbasn1.SEQUENCE) || !cert.ReadASN1(&tbs, cbasn1.SEQUENCE) {
		return nil, false
	}
	if !tbs.SkipOptionalASN1(cbasn1.Tag(0).Constructed().ContextSpecific()) || // version
		!tbs.SkipASN1(cbasn1.INTEGER) || // serialNumber
		!tbs.SkipASN1(cbasn1.SEQUENCE) || // signature
		!tbs.SkipASN1(cbasn1.SEQUENCE) || // issuer
		!tbs.SkipASN1(cbasn1.SEQUENCE) { // validity
		return nil, false
	}
	var subj cryptobyte.String
	if !tbs.ReadASN1Element(&subj, cbasn1.SEQUENCE) {
		return nil, false
	}
	return subj, true
}
