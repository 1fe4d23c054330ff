package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
)

// BenchmarkStartup runs the built smtpgw binary (built as a release is:
// CGO_ENABLED=0, -trimpath, -ldflags "-s -w -X main.version=...": without a
// version, --version reads the module version from the build info) beside a Go hello-world built
// the same way, and one that links the design card's libraries (the floor
// of one binary with them), so that the start-up of a command is compared
// with the least a Go program costs on the same machine at the same
// moment. Besides
// time it reports the page faults of one run (minflt/op): on a virtual
// machine every first touch of a page costs microseconds, and unlike time
// the count does not depend on what else the machine is doing.
//
//	go test -run '^$' -bench Startup ./cmd/smtpgw/
func BenchmarkStartup(b *testing.B) {
	if runtime.GOOS != "linux" {
		b.Skip("page-fault counts are read from Linux rusage")
	}
	dir := b.TempDir()
	gotool, err := exec.LookPath("go")
	if err != nil {
		b.Skip("no go tool on PATH to build the binary")
	}
	bin := filepath.Join(dir, "smtpgw")
	build := func(out, pkg, wd string) {
		// (-X sets smtpgw's version; the hello-worlds have none to set)
		cmd := exec.Command(gotool, "build", "-trimpath", "-ldflags", "-s -w -X main.version=v0.0.0-bench", "-o", out, pkg)
		cmd.Dir = wd
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if msg, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("go build %s: %v\n%s", pkg, err, msg)
		}
	}
	build(bin, ".", ".")
	hello := filepath.Join(dir, "hello")
	src := filepath.Join(dir, "hellosrc")
	if err := os.MkdirAll(src, 0o755); err != nil {
		b.Fatal(err)
	}
	for name, text := range map[string]string{
		"go.mod":  "module hello\n\ngo 1.26\n",
		"main.go": "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hello\") }\n",
	} {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	build(hello, ".", src)
	// the floor of one binary with the design card's libraries: a
	// hello-world that only links them (built inside the module, in a
	// directory that ./... patterns skip)
	floorSrc, err := os.MkdirTemp("../..", "_startupfloor")
	if err != nil {
		b.Fatal(err)
	}
	defer os.RemoveAll(floorSrc)
	floorMain := "package main\n\nimport (\n\t_ \"crypto/tls\"\n\t\"fmt\"\n\t_ \"net/http\"\n\n\t_ \"github.com/charmbracelet/lipgloss\"\n\t_ \"github.com/emersion/go-message\"\n\t_ \"github.com/emersion/go-msgauth/dkim\"\n\t_ \"github.com/emersion/go-smtp\"\n\t_ \"github.com/miekg/dns\"\n\t_ \"github.com/spf13/cobra\"\n)\n\nfunc main() { fmt.Println(\"hello\") }\n"
	if err := os.WriteFile(filepath.Join(floorSrc, "main.go"), []byte(floorMain), 0o644); err != nil {
		b.Fatal(err)
	}
	floor := filepath.Join(dir, "floor")
	build(floor, ".", floorSrc)

	for _, c := range []struct {
		name string
		argv []string
	}{
		{"hello-world", []string{hello}},
		{"hello-card-libraries", []string{floor}},
		{"version", []string{bin, "--version"}},
		{"explain-421", []string{bin, "explain", "421"}},
		{"explain-text", []string{bin, "explain", "550 5.1.1 <bob@rcpt.example>: Recipient address rejected: User unknown"}},
		{"explain-help", []string{bin, "explain", "--help"}},
	} {
		b.Run(c.name, func(b *testing.B) {
			var faults int64
			for i := 0; i < b.N; i++ {
				cmd := exec.Command(c.argv[0], c.argv[1:]...)
				cmd.Env = append(os.Environ(), "NO_COLOR=1")
				if err := cmd.Run(); err != nil {
					b.Fatalf("%v: %v", c.argv, err)
				}
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
					faults += ru.Minflt
				}
			}
			b.ReportMetric(float64(faults)/float64(b.N), "minflt/op")
		})
	}
}
