package bounce

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

var updateCharsets = flag.Bool("update-charsets", false, "rewrite charsets_gen.go from golang.org/x/text's IANA and WHATWG indexes")

// knownEncodings names every encoding that a charset name can resolve to,
// as the generated code refers to it.
func knownEncodings() []struct {
	expr string
	enc  encoding.Encoding
} {
	type e = struct {
		expr string
		enc  encoding.Encoding
	}
	out := []e{
		{"asciiEncoding{}", mustIANA("us-ascii")},
		{"encoding.Replacement", encoding.Replacement},
		{"unicode.UTF8", unicode.UTF8},
		{"unicode.UTF8BOM", unicode.UTF8BOM},
		{"japanese.EUCJP", japanese.EUCJP},
		{"japanese.ISO2022JP", japanese.ISO2022JP},
		{"japanese.ShiftJIS", japanese.ShiftJIS},
		{"korean.EUCKR", korean.EUCKR},
		{"simplifiedchinese.GBK", simplifiedchinese.GBK},
		{"simplifiedchinese.GB18030", simplifiedchinese.GB18030},
		{"simplifiedchinese.HZGB2312", simplifiedchinese.HZGB2312},
		{"traditionalchinese.Big5", traditionalchinese.Big5},
	}
	for _, end := range []string{"BigEndian", "LittleEndian"} {
		for _, bom := range []string{"IgnoreBOM", "UseBOM", "ExpectBOM"} {
			e1 := map[string]unicode.Endianness{"BigEndian": unicode.BigEndian, "LittleEndian": unicode.LittleEndian}[end]
			b1 := map[string]unicode.BOMPolicy{"IgnoreBOM": unicode.IgnoreBOM, "UseBOM": unicode.UseBOM, "ExpectBOM": unicode.ExpectBOM}[bom]
			out = append(out, e{"unicode.UTF16(unicode." + end + ", unicode." + bom + ")", unicode.UTF16(e1, b1)})
		}
	}
	for _, c := range []struct {
		name string
		enc  encoding.Encoding
	}{
		{"CodePage037", charmap.CodePage037}, {"CodePage437", charmap.CodePage437}, {"CodePage850", charmap.CodePage850},
		{"CodePage852", charmap.CodePage852}, {"CodePage855", charmap.CodePage855}, {"CodePage858", charmap.CodePage858},
		{"CodePage860", charmap.CodePage860}, {"CodePage862", charmap.CodePage862}, {"CodePage863", charmap.CodePage863},
		{"CodePage865", charmap.CodePage865}, {"CodePage866", charmap.CodePage866}, {"CodePage1047", charmap.CodePage1047},
		{"CodePage1140", charmap.CodePage1140}, {"ISO8859_1", charmap.ISO8859_1}, {"ISO8859_2", charmap.ISO8859_2},
		{"ISO8859_3", charmap.ISO8859_3}, {"ISO8859_4", charmap.ISO8859_4}, {"ISO8859_5", charmap.ISO8859_5},
		{"ISO8859_6", charmap.ISO8859_6}, {"ISO8859_6E", charmap.ISO8859_6E}, {"ISO8859_6I", charmap.ISO8859_6I},
		{"ISO8859_7", charmap.ISO8859_7}, {"ISO8859_8", charmap.ISO8859_8}, {"ISO8859_8E", charmap.ISO8859_8E},
		{"ISO8859_8I", charmap.ISO8859_8I}, {"ISO8859_9", charmap.ISO8859_9}, {"ISO8859_10", charmap.ISO8859_10},
		{"ISO8859_13", charmap.ISO8859_13}, {"ISO8859_14", charmap.ISO8859_14}, {"ISO8859_15", charmap.ISO8859_15},
		{"ISO8859_16", charmap.ISO8859_16}, {"KOI8R", charmap.KOI8R}, {"KOI8U", charmap.KOI8U},
		{"Macintosh", charmap.Macintosh}, {"MacintoshCyrillic", charmap.MacintoshCyrillic}, {"Windows874", charmap.Windows874},
		{"Windows1250", charmap.Windows1250}, {"Windows1251", charmap.Windows1251}, {"Windows1252", charmap.Windows1252},
		{"Windows1253", charmap.Windows1253}, {"Windows1254", charmap.Windows1254}, {"Windows1255", charmap.Windows1255},
		{"Windows1256", charmap.Windows1256}, {"Windows1257", charmap.Windows1257}, {"Windows1258", charmap.Windows1258},
		{"XUserDefined", charmap.XUserDefined},
	} {
		out = append(out, e{"charmap." + c.name, c.enc})
	}
	return out
}

func mustIANA(name string) encoding.Encoding {
	e, err := ianaindex.MIME.Encoding(name)
	if err != nil || e == nil {
		panic(fmt.Sprintf("ianaindex has no %s: %v", name, err))
	}
	return e
}

// goMessageEncoding resolves a name as github.com/emersion/go-message/charset's
// Reader does: its two quirks, x/text's IANA index by MIME name, then with
// "cs" before it, then the WHATWG index.
func goMessageEncoding(name string) encoding.Encoding {
	switch strings.ToLower(name) {
	case "ansi_x3.110-1983":
		return charmap.ISO8859_1
	case "x-utf_8j":
		return unicode.UTF8
	}
	enc, _ := ianaindex.MIME.Encoding(name)
	if enc == nil {
		enc, _ = ianaindex.MIME.Encoding("cs" + name)
	}
	if enc == nil {
		enc, _ = htmlindex.Get(name)
	}
	return enc
}

// xtextCharsetNames reads the names and aliases of x/text's IANA index
// (ianaAliases) and WHATWG index (nameMap) from its source, lower-cased,
// with each "cs" alias also without its "cs" (go-message tries "cs"+name).
func xtextCharsetNames(t *testing.T) []string {
	t.Helper()
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH to find golang.org/x/text's source")
	}
	out, err := exec.Command(gotool, "list", "-m", "-f", "{{.Dir}}", "golang.org/x/text").Output()
	if err != nil {
		t.Fatalf("go list -m golang.org/x/text: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	set := map[string]bool{"ansi_x3.110-1983": true, "x-utf_8j": true}
	for file, varName := range map[string]string{"encoding/ianaindex/tables.go": "ianaAliases", "encoding/htmlindex/tables.go": "nameMap"} {
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, file), nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		ast.Inspect(f, func(node ast.Node) bool {
			vs, ok := node.(*ast.ValueSpec)
			if !ok || len(vs.Names) != 1 || vs.Names[0].Name != varName {
				return true
			}
			for _, el := range vs.Values[0].(*ast.CompositeLit).Elts {
				k, err := strconv.Unquote(el.(*ast.KeyValueExpr).Key.(*ast.BasicLit).Value)
				if err != nil {
					t.Fatal(err)
				}
				k = strings.ToLower(k)
				set[k] = true
				if rest, ok := strings.CutPrefix(k, "cs"); ok && rest != "" {
					set[rest] = true
				}
				n++
			}
			return false
		})
		if n < 200 {
			t.Fatalf("found %d names in %s's %s", n, file, varName)
		}
	}
	names := make([]string, 0, len(set))
	for n := range set {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// The charset table holds exactly the names that go-message/charset (x/text's
// IANA and WHATWG indexes) resolves, each to the same encoding, and decodes
// as go-message/charset's Reader does.
func TestCharsetTable(t *testing.T) {
	known := knownEncodings()
	exprIndex := func(enc encoding.Encoding) int {
		for i, k := range known {
			if k.enc == enc {
				return i
			}
		}
		return -1
	}
	var src bytes.Buffer
	src.WriteString("// Code generated by go test ./bounce -run TestCharsetTable -update-charsets; DO NOT EDIT.\n\n")
	src.WriteString("package bounce\n\nimport (\n\t\"golang.org/x/text/encoding\"\n\t\"golang.org/x/text/encoding/charmap\"\n\t\"golang.org/x/text/encoding/japanese\"\n\t\"golang.org/x/text/encoding/korean\"\n\t\"golang.org/x/text/encoding/simplifiedchinese\"\n\t\"golang.org/x/text/encoding/traditionalchinese\"\n\t\"golang.org/x/text/encoding/unicode\"\n)\n\n")
	src.WriteString("// charsetNames: every charset name and alias that x/text's IANA (MIME\n// names) and WHATWG indexes resolve, as go-message/charset looks them up,\n// sorted, with the encoding's number in charsetEncoding.\n")
	src.WriteString("var charsetNames = [...]charsetName{\n")
	used := map[int]bool{}
	names := xtextCharsetNames(t)
	count := 0
	for _, n := range names {
		enc := goMessageEncoding(n)
		if enc == nil {
			continue
		}
		i := exprIndex(enc)
		if i < 0 {
			t.Fatalf("charset %q resolves to %v, which knownEncodings lacks: add it", n, enc)
		}
		used[i] = true
		fmt.Fprintf(&src, "\t{%q, %d},\n", n, i)
		count++
	}
	src.WriteString("}\n\n// charsetEncoding returns encoding number i of charsetNames.\nfunc charsetEncoding(i uint8) encoding.Encoding {\n\tswitch i {\n")
	for i, k := range known {
		if used[i] {
			fmt.Fprintf(&src, "\tcase %d:\n\t\treturn %s\n", i, k.expr)
		}
	}
	src.WriteString("\t}\n\treturn nil\n}\n")
	if count < 300 {
		t.Fatalf("only %d charset names resolve", count)
	}

	if *updateCharsets {
		if err := os.WriteFile("charsets_gen.go", src.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote charsets_gen.go: %d names", count)
	} else if cur, err := os.ReadFile("charsets_gen.go"); err != nil || !bytes.Equal(cur, src.Bytes()) {
		t.Fatalf("charsets_gen.go is not what x/text's indexes give (%v): go test ./bounce -run TestCharsetTable -update-charsets", err)
	}

	// each name decodes as go-message/charset's Reader decodes it, and a
	// name neither knows is refused by both
	var probe []byte
	for b := range 256 {
		probe = append(probe, byte(b))
	}
	probe = append(probe, "\x1b$B$3$s$K$A$O\x1b(B \x82\xb1\x82\xf1 \xa4\xb3\xa4\xf3 \xc4\xe3\xba\xc3 \xff\xfe\x41\x00 ~{<:~}"...)
	decode := func(r func(string, io.Reader) (io.Reader, error), name string) (string, error) {
		rd, err := r(name, bytes.NewReader(probe))
		if err != nil {
			return "", err
		}
		b, err := io.ReadAll(rd)
		return string(b), err
	}
	for _, n := range append(names, "no-such-charset", "utf-7", "x-unknown") {
		want, werr := decode(charset.Reader, n)
		got, gerr := decode(charsetReader, n)
		if got != want || (werr == nil) != (gerr == nil) {
			t.Errorf("charset %q: ours %q, %v; go-message/charset %q, %v", n, got, gerr, want, werr)
		}
	}
	for _, n := range []string{"ISO-2022-JP", "Shift_JIS", " koi8-r ", "Windows-1251", "GB2312", "ks_c_5601-1987", "latin1", "UTF-16LE", "csISOLatin1", "ISOLatin1"} {
		if charsetByName(n) == nil {
			t.Errorf("charset %q not found", n)
		}
	}
}
