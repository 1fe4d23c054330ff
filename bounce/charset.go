package bounce

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// Bodies and headers in charsets other than UTF-8 and US-ASCII (ISO-2022-JP,
// Shift_JIS, GB2312, KOI8-R, windows-1251, ...) are decoded with the
// golang.org/x/text encodings, found by name in charsetNames: every name
// and alias that github.com/emersion/go-message/charset resolves through
// x/text's IANA and WHATWG indexes, generated from them
// (TestCharsetTable; go test ./bounce -run TestCharsetTable
// -update-charsets). Importing go-message/charset instead would link the
// two indexes, whose package initialisation (a map of ~900 aliases and the
// x/text language tables) runs at the start of every smtpgw command.
func init() {
	message.CharsetReader = charsetReader
}

// charsetReader returns a reader that decodes input from the named
// charset to UTF-8 (go-message's CharsetReader).
func charsetReader(charset string, input io.Reader) (io.Reader, error) {
	enc := charsetByName(charset)
	if enc == nil {
		return nil, fmt.Errorf("charset %q: unsupported charset", charset)
	}
	return enc.NewDecoder().Reader(input), nil
}

// charsetByName returns the encoding of a charset name or alias, any
// case, nil when unknown.
func charsetByName(name string) encoding.Encoding {
	name = strings.ToLower(strings.TrimSpace(name))
	i, ok := slices.BinarySearchFunc(charsetNames[:], name, func(e charsetName, n string) int { return strings.Compare(e.name, n) })
	if !ok {
		return nil
	}
	return charsetEncoding(charsetNames[i].enc)
}

type charsetName struct {
	name string
	enc  uint8
}

// asciiEncoding is US-ASCII as x/text's IANA index has it: a byte above
// 0x7F decodes to U+FFFD; encoding refuses what is not ASCII.
type asciiEncoding struct{}

func (asciiEncoding) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: asciiTransformer{decode: true}}
}

func (asciiEncoding) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: asciiTransformer{}}
}

type asciiTransformer struct {
	transform.NopResetter
	decode bool
}

func (t asciiTransformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for _, c := range src {
		if c >= utf8.RuneSelf {
			if !t.decode {
				return nDst, nSrc, fmt.Errorf("encoding: rune not supported by US-ASCII")
			}
			if nDst+utf8.RuneLen(utf8.RuneError) > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += utf8.EncodeRune(dst[nDst:], utf8.RuneError)
			nSrc++
			continue
		}
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = c
		nDst++
		nSrc++
	}
	return nDst, nSrc, nil
}
