package check

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/smtpgw/smtpgw/check/checktest"
)

// TestCaptureSamples runs the built smtpgw binary against loopback worlds
// and stores its real output, for the README: set SMTPGW_SAMPLES_BIN to the
// binary and SMTPGW_SAMPLES_DIR to a directory.
//
//	go build -o /tmp/smtpgw ./cmd/smtpgw
//	SMTPGW_SAMPLES_BIN=/tmp/smtpgw SMTPGW_SAMPLES_DIR=/tmp/samples go test -run TestCaptureSamples ./check
func TestCaptureSamples(t *testing.T) {
	bin, dir := os.Getenv("SMTPGW_SAMPLES_BIN"), os.Getenv("SMTPGW_SAMPLES_DIR")
	if bin == "" || dir == "" {
		t.Skip("set SMTPGW_SAMPLES_BIN and SMTPGW_SAMPLES_DIR to capture README samples")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	good := checktest.New(t, checktest.Healthy("shop.example"))
	bad := checktest.Spec{
		Domain: "legacy.example", STARTTLS: true, Signed: true, TLSA: "mismatch",
		Policy: "version: STSv1\nmode: enforce\nmx: mail.legacy.example\nmax_age: 86400\n",
		DMARC:  "v=DMARC1; p=none",
		PTR:    "-",
	}
	legacy := checktest.New(t, bad)
	base := func(w *checktest.World) []string {
		return []string{"--resolver", w.DNS.Addr, "--ca-file", w.CA.WriteCAFile(t), "check",
			"--port-map", "25=:" + strconv.Itoa(w.SMTPPort), "--port-map", "443=:" + strconv.Itoa(w.PolicyPort), "--helo", "ci.example"}
	}
	capture := func(name string, w *checktest.World, args ...string) {
		full := append(base(w), args...)
		cmd := exec.Command(bin, full...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "NO_COLOR=1")
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		head := "$ smtpgw " + strings.Join(full, " ") + "\n# exit status " + strconv.Itoa(code) + "\n"
		os.WriteFile(filepath.Join(dir, name+".cmd"), []byte(head+errOut.String()), 0o644)
		os.WriteFile(filepath.Join(dir, name+".out"), out.Bytes(), 0o644)
	}
	capture("text-good", good, "shop.example", "--expect", "dmarc=reject", "--expect", "mta-sts=enforce", "--expect", "dane", "--expect", "starttls")
	capture("text-good-v", good, "shop.example", "-v")
	capture("text-bad", legacy, "legacy.example", "--expect", "dmarc=reject", "--expect", "dane")
	capture("formats-bad", legacy, "legacy.example", "--expect", "dmarc=reject",
		"--format", "junit", "--output", "check.xml",
		"--format", "markdown", "--output", "summary.md",
		"--format", "sarif", "--output", "check.sarif", "--sarif-uri", "dns/legacy.example.zone",
		"--format", "json", "--output", "check.json")
}
