package archtest

import (
	"os/exec"
	"sort"
	"strings"
	"testing"
)

// layers ranks every package of the module, lowest first. An import may go
// to a package of the same layer (peers: arc uses dkimkey, check uses
// probe) or of a lower one, never up: the findings model and the
// infrastructure know no standard, the standards no command, the domain
// no renderer, the renderers no command.
var layers = [][]string{
	// 0: the models and the infrastructure every layer uses
	{"finding", "explain", "resolver", "smtpwire", "portmap", "internal/lazy", "internal/tlsclient", "internal/jsonschema", "internal/maillog",
		"internal/smtpreplay", "relay/spool", "relay/metrics"},
	// 1: the mail standards, beside each other
	{"spf", "dmarc", "dkimkey", "dkimsign", "arc", "mtasts", "tlsrpt", "dane", "dnsbl"},
	// 2: what smtpgw does with them
	{"probe", "check", "send", "session", "bounce", "summary", "inspect", "diagnose", "relay", "relay/deliver", "relay/server"},
	// 3: the renderers, and the terminal prompter
	{"report", "internal/prompt"},
	// 4: the commands
	{"cmd/smtpgw"},
}

// testOnly are the in-process test servers and helpers: no package's
// non-test code may import them.
var testOnly = []string{"internal/testdns", "internal/testpki", "internal/testsmtp", "internal/testio", "check/checktest",
	"relay/relaytest", "internal/archtest"}

// uiLibraries are command-line and terminal libraries: only the renderers
// and the commands (layers 3 and 4) may import them.
var uiLibraries = []string{"github.com/spf13/cobra", "github.com/spf13/pflag", "github.com/charmbracelet/", "github.com/muesli/termenv",
	"golang.org/x/term", "github.com/chzyer/readline", "github.com/mattn/go-isatty", "github.com/creack/pty"}

// uiExceptions are the domain packages that still import a terminal or
// command-line library, each with why; the test fails when one no longer
// does (remove it here then) as when another starts to. None is left: the
// session's line editor is internal/prompt's LineEditor (a session.Input
// the command supplies), and the relay's config file sets the command's
// flags through relay.Flags, which cmd/smtpgw implements over pflag.
var uiExceptions = map[string]string{}

func rank(t *testing.T, pkg string) int {
	for i, l := range layers {
		for _, p := range l {
			if p == pkg {
				return i
			}
		}
	}
	for _, p := range testOnly {
		if p == pkg {
			return -1
		}
	}
	t.Errorf("package %s has no layer: add it to layers (or testOnly) in internal/archtest/layers_test.go", pkg)
	return -2
}

// TestNoImportGoesUp checks every import of every package (non-test code)
// against the layers.
func TestNoImportGoesUp(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}\t{{join .Imports \" \"}}", mod+"...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	seenExc := map[string]bool{}
	edges := 0
	for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, imports, _ := strings.Cut(l, "\t")
		p := strings.TrimPrefix(path, mod)
		rp := rank(t, p)
		for _, imp := range strings.Fields(imports) {
			if q, ok := strings.CutPrefix(imp, mod); ok {
				edges++
				rq := rank(t, q)
				switch {
				case rq == -1 && rp != -1:
					t.Errorf("%s imports the test helper %s", p, q)
				case rp >= 0 && rq > rp:
					t.Errorf("%s (layer %d) imports %s (layer %d): an arrow from a lower layer to a higher one", p, rp, q, rq)
				}
				continue
			}
			for _, ui := range uiLibraries {
				if rp >= 0 && rp < 3 && strings.HasPrefix(imp, ui) {
					if _, ok := uiExceptions[p+" "+imp]; ok {
						seenExc[p+" "+imp] = true
						continue
					}
					t.Errorf("%s (layer %d) imports the terminal/command-line library %s: only report and cmd may", p, rp, imp)
				}
			}
		}
	}
	if edges < 50 {
		t.Errorf("only %d import edges inside the module: the listing is wrong", edges)
	}
	for _, e := range unused(uiExceptions, seenExc) {
		t.Errorf("exception %q no longer applies: remove it from uiExceptions", e)
	}
}

// unused lists, sorted, the exceptions a check never needed: a listed
// exception that no longer applies must be removed, or it would silently
// allow the next violation.
func unused(exceptions map[string]string, seen map[string]bool) []string {
	var gone []string
	for e := range exceptions {
		if !seen[e] {
			gone = append(gone, e)
		}
	}
	sort.Strings(gone)
	return gone
}
