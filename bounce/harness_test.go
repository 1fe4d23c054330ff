package bounce

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The samples are under testdata/bounces/<family>/, each NAME.eml (or
// .txt) with NAME.want beside it:
//
//	kind bounce
//	format postfix
//	rcpt=a@b.example action=failed status=5.1.1 code=550 category=user-unknown stage=RCPT_TO host=mx.b.example
//
// one rcpt= line per failed or delayed recipient (delivered ones too for a
// success DSN), in order; "_" stands for a space in a value. Only the keys
// given are checked. Keys: rcpt, orig, action, status, code, enhanced,
// category, class, provider, stage, host, diag (a substring), date.

const samples = "../testdata/bounces"

func sampleFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(filepath.Join(samples, dir), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (strings.HasSuffix(p, ".eml") || strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".json")) {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// checkFamily checks every sample of a family directory against its .want
// and that the family has at least three samples.
func checkFamily(t *testing.T, dir string) {
	t.Helper()
	files := sampleFiles(t, dir)
	if len(files) < 3 {
		t.Errorf("%s: %d samples, want at least 3", dir, len(files))
	}
	for _, f := range files {
		checkSample(t, f)
	}
}

func checkSample(t *testing.T, file string) { t.Helper(); checkSampleOpts(t, file, false) }

// checkSampleOpts checks a sample; with ignoreFormat the format line is not
// checked (for measuring what the parser finds in a layout before its
// family exists: TestUnseen).
func checkSampleOpts(t *testing.T, file string, ignoreFormat bool) {
	t.Helper()
	raw, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	wantFile := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(file, ".eml"), ".txt"), ".json") + ".want"
	wantRaw, err := os.ReadFile(wantFile)
	if err != nil {
		t.Errorf("%s: no .want file: %v\n%s", file, err, describe(raw))
		return
	}
	res, err := ParseBytes(raw)
	if err != nil {
		t.Errorf("%s: %v", file, err)
		return
	}
	got := []Recipient(res.Recipients)
	if res.Kind == KindBounce {
		got = res.Problems()
	}
	var wantRcpts []map[string]string
	for _, ln := range strings.Split(strings.TrimSpace(string(wantRaw)), "\n") {
		ln = strings.TrimSpace(ln)
		switch {
		case ln == "" || strings.HasPrefix(ln, "#"):
		case strings.HasPrefix(ln, "kind "):
			if k := strings.TrimPrefix(ln, "kind "); string(res.Kind) != k {
				t.Errorf("%s: kind %s, want %s", file, res.Kind, k)
			}
		case strings.HasPrefix(ln, "format "):
			if f := strings.TrimPrefix(ln, "format "); res.Format != f && !ignoreFormat {
				t.Errorf("%s: format %s, want %s", file, res.Format, f)
			}
		case strings.HasPrefix(ln, "feedback "):
			checkFields(t, file+" feedback", feedbackFields(res.Feedback), kv(strings.TrimPrefix(ln, "feedback ")))
		case strings.HasPrefix(ln, "result "):
			checkFields(t, file+" result", resultFields(res), kv(strings.TrimPrefix(ln, "result ")))
		default:
			wantRcpts = append(wantRcpts, kv(ln))
		}
	}
	if len(got) != len(wantRcpts) {
		t.Errorf("%s: %d recipients, want %d\n%s", file, len(got), len(wantRcpts), describe(raw))
		return
	}
	for i, w := range wantRcpts {
		checkFields(t, fmt.Sprintf("%s #%d", file, i), recipientFields(got[i]), w)
	}
}

func kv(ln string) map[string]string {
	m := map[string]string{}
	for _, f := range strings.Fields(ln) {
		k, v, _ := strings.Cut(f, "=")
		m[k] = strings.ReplaceAll(v, "_", " ")
	}
	return m
}

func checkFields(t *testing.T, where string, got, want map[string]string) {
	t.Helper()
	for k, w := range want {
		g, ok := got[k]
		if !ok {
			t.Errorf("%s: unknown key %q", where, k)
			continue
		}
		if k == "diag" {
			if !strings.Contains(lowerASCII(strings.ReplaceAll(g, "_", " ")), lowerASCII(w)) {
				t.Errorf("%s: diag %q does not contain %q", where, g, w)
			}
			continue
		}
		if g != w {
			t.Errorf("%s: %s=%q, want %q (all: %v)", where, k, g, w, got)
		}
	}
}

func recipientFields(rc Recipient) map[string]string {
	e := rc.Explain()
	code := "0"
	if e.Code != nil {
		code = fmt.Sprint(*e.Code)
	}
	date := ""
	if !rc.Date.IsZero() {
		date = rc.Date.Format("2006-01-02T15:04:05Z")
	}
	return map[string]string{"rcpt": rc.Recipient, "orig": rc.OriginalRecipient, "action": rc.Action, "status": rc.Status,
		"code": code, "enhanced": e.Enhanced, "category": string(e.Category), "class": string(e.Class), "provider": e.Provider,
		"stage": rc.Stage, "host": rc.RemoteMTA, "diag": rc.Diagnostic, "date": date, "reporting": rc.ReportingMTA}
}

func resultFields(r *Result) map[string]string {
	return map[string]string{"sender": r.Sender, "reporting": r.ReportingMTA, "msgid": r.OriginalMessageID, "subject": r.Subject, "gateway": r.Gateway}
}

func feedbackFields(f *Feedback) map[string]string {
	if f == nil {
		return map[string]string{}
	}
	return map[string]string{"type": f.Type, "ip": f.SourceIP, "from": f.OriginalMailFrom, "to": strings.Join(f.OriginalRcptTo, ","), "domain": f.ReportedDomain, "agent": f.UserAgent}
}

// describe prints what Parse finds, in the .want form (for writing a new
// sample's expectations, which must then be checked by hand).
func describe(raw []byte) string {
	res, err := ParseBytes(raw)
	if err != nil {
		return "error: " + err.Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "kind %s\nformat %s\n", res.Kind, res.Format)
	rs := res.Recipients
	if res.Kind == KindBounce {
		rs = res.Problems()
	}
	if res.Feedback != nil {
		f := feedbackFields(res.Feedback)
		fmt.Fprintf(&b, "feedback type=%s ip=%s from=%s\n", f["type"], f["ip"], f["from"])
	}
	for _, rc := range rs {
		f := recipientFields(rc)
		line := []string{"rcpt=" + f["rcpt"]}
		for _, k := range []string{"orig", "action", "status", "code", "category", "stage", "host"} {
			if f[k] != "" && f[k] != "0" {
				line = append(line, k+"="+strings.ReplaceAll(f[k], " ", "_"))
			}
		}
		b.WriteString(strings.Join(line, " ") + "\n")
	}
	return b.String()
}

// TestUnseen measures samples as an unseen set: BOUNCE_UNSEEN=dir1,dir2
// (directories under testdata/bounces, or single files) checks every
// sample's recipients, kind and fields but not its format, and says how many
// were right. It is how new samples are scored before their family's code
// is written; without the variable it does nothing.
func TestUnseen(t *testing.T) {
	spec := os.Getenv("BOUNCE_UNSEEN")
	if spec == "" {
		t.Skip("set BOUNCE_UNSEEN=dir,... to score samples without their format")
	}
	var files []string
	for _, d := range strings.Split(spec, ",") {
		if strings.HasSuffix(d, ".eml") || strings.HasSuffix(d, ".txt") || strings.HasSuffix(d, ".json") {
			files = append(files, filepath.Join(samples, d))
			continue
		}
		files = append(files, sampleFiles(t, d)...)
	}
	right := 0
	for _, f := range files {
		ok := t.Run(strings.TrimPrefix(f, samples+"/"), func(t *testing.T) { checkSampleOpts(t, f, true) })
		if ok {
			right++
		}
	}
	t.Logf("%d of %d samples right", right, len(files))
}
