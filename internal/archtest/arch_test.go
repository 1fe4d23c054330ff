// Package archtest holds the tests of smtpgw's package layering: the
// findings model and the mail-standard packages sit low and import no
// renderer, terminal library, command or relay code.
package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

const mod = "github.com/smtpgw/smtpgw/"

// deps lists the packages pkg depends on (go list -deps).
func deps(t *testing.T, pkg string) []string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", mod+pkg).Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v", pkg, err)
	}
	return strings.Fields(string(out))
}

func TestFindingIsALeaf(t *testing.T) {
	for _, d := range deps(t, "finding") {
		if strings.HasPrefix(d, mod) && d != mod+"finding" {
			t.Errorf("finding imports %s; the findings model must import nothing of smtpgw", d)
		}
	}
}

// standards are the mail-standard packages: each may use the findings model,
// the DNS resolver and the SMTP wire client, nothing above them.
var standards = []string{"spf", "dmarc", "dkimkey", "mtasts", "tlsrpt", "dane", "dnsbl", "resolver", "smtpwire"}

func TestStandardsImportNothingAbove(t *testing.T) {
	forbidden := []string{
		mod + "report", mod + "probe", mod + "cmd/", mod + "relay", mod + "send", mod + "check", mod + "explain",
		"github.com/charmbracelet/", "github.com/spf13/cobra", "github.com/muesli/termenv",
	}
	for _, std := range standards {
		for _, d := range deps(t, std) {
			for _, f := range forbidden {
				if strings.HasPrefix(d, f) {
					t.Errorf("%s depends on %s: a mail-standard package must not pull in renderers, commands or the relay", std, d)
				}
			}
		}
	}
}
