package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// The release packaging (.goreleaser.yaml, packaging/) is checked here
// against the command it runs: the systemd unit's and the container's
// command lines must start a relay that accepts SMTP and stops cleanly, and
// every file the packages and the image name must exist.

const repoRoot = "../.."

// goreleaserConfig is the part of .goreleaser.yaml these tests read.
type goreleaserConfig struct {
	Builds []struct {
		ID      string   `yaml:"id"`
		Main    string   `yaml:"main"`
		Binary  string   `yaml:"binary"`
		Ldflags []string `yaml:"ldflags"`
	} `yaml:"builds"`
	Nfpms []struct {
		IDs      []string `yaml:"ids"`
		Formats  []string `yaml:"formats"`
		Bindir   string   `yaml:"bindir"`
		Contents []struct {
			Src  string `yaml:"src"`
			Dst  string `yaml:"dst"`
			Type string `yaml:"type"`
		} `yaml:"contents"`
		Scripts map[string]string `yaml:"scripts"`
	} `yaml:"nfpms"`
	DockersV2 []struct {
		IDs        []string `yaml:"ids"`
		Dockerfile string   `yaml:"dockerfile"`
		Platforms  []string `yaml:"platforms"`
		ExtraFiles []string `yaml:"extra_files"`
	} `yaml:"dockers_v2"`
}

func readGoreleaser(t *testing.T) goreleaserConfig {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, ".goreleaser.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var c goreleaserConfig
	if err := yaml.Unmarshal(b, &c); err != nil {
		t.Fatalf(".goreleaser.yaml: %v", err)
	}
	if len(c.Builds) != 1 || len(c.Nfpms) != 1 || len(c.DockersV2) != 1 {
		t.Fatalf(".goreleaser.yaml: want one build, one nfpms and one dockers_v2 entry, have %d, %d, %d", len(c.Builds), len(c.Nfpms), len(c.DockersV2))
	}
	return c
}

func TestGoreleaserConfigNamesRealFiles(t *testing.T) {
	c := readGoreleaser(t)
	b := c.Builds[0]
	if b.Main != "./cmd/smtpgw" || b.Binary != "smtpgw" {
		t.Errorf("build: main %q binary %q", b.Main, b.Binary)
	}
	if !slices.ContainsFunc(b.Ldflags, func(s string) bool { return strings.Contains(s, "-X main.version=") }) {
		t.Errorf("build ldflags %q do not set main.version (smtpgw --version would say dev)", b.Ldflags)
	}
	n := c.Nfpms[0]
	if !slices.Equal(n.IDs, []string{b.ID}) || !slices.Contains(n.Formats, "deb") || !slices.Contains(n.Formats, "rpm") {
		t.Errorf("nfpms: ids %q formats %q", n.IDs, n.Formats)
	}
	dsts := map[string]string{}
	for _, f := range n.Contents {
		if _, err := os.Stat(filepath.Join(repoRoot, f.Src)); err != nil {
			t.Errorf("nfpms contents: %v", err)
		}
		dsts[f.Dst] = f.Type
	}
	if _, ok := dsts["/usr/lib/systemd/system/smtpgw-relay.service"]; !ok {
		t.Errorf("nfpms: the systemd unit is not installed: %v", dsts)
	}
	if dsts["/etc/default/smtpgw-relay"] != "config|noreplace" {
		t.Errorf("nfpms: /etc/default/smtpgw-relay must be config|noreplace (an upgrade keeps the operator's flags), is %q", dsts["/etc/default/smtpgw-relay"])
	}
	for name, script := range n.Scripts {
		p := filepath.Join(repoRoot, script)
		st, err := os.Stat(p)
		if err != nil {
			t.Errorf("nfpms script %s: %v", name, err)
			continue
		}
		if st.Mode()&0o111 == 0 {
			t.Errorf("nfpms script %s: %s is not executable", name, script)
		}
		if out, err := exec.Command("sh", "-n", p).CombinedOutput(); err != nil {
			t.Errorf("nfpms script %s: sh -n: %v\n%s", name, err, out)
		}
	}
	d := c.DockersV2[0]
	if !slices.Equal(d.IDs, []string{b.ID}) || !slices.Contains(d.Platforms, "linux/amd64") {
		t.Errorf("dockers_v2: ids %q platforms %q", d.IDs, d.Platforms)
	}
	for _, f := range append([]string{d.Dockerfile}, d.ExtraFiles...) {
		if _, err := os.Stat(filepath.Join(repoRoot, f)); err != nil {
			t.Errorf("dockers_v2: %v", err)
		}
	}
}

// TestGoreleaserCheck runs `goreleaser check` when goreleaser is installed.
func TestGoreleaserCheck(t *testing.T) {
	bin, err := exec.LookPath("goreleaser")
	if err != nil {
		t.Skip("goreleaser is not installed: `goreleaser check` not run (go install github.com/goreleaser/goreleaser/v2@v2.15.1)")
	}
	cmd := exec.Command(bin, "check")
	cmd.Dir = repoRoot
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("goreleaser check: %v\n%s", err, out)
	}
}

// unit reads a systemd unit file: section → key → values (in order).
func unit(t *testing.T, path string) map[string]map[string][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	u := map[string]map[string][]string{}
	section := ""
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#' || line[0] == ';':
		case line[0] == '[':
			section = strings.Trim(line, "[]")
			u[section] = map[string][]string{}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || section == "" {
				t.Fatalf("%s: bad line %q", path, line)
			}
			u[section][k] = append(u[section][k], v)
		}
	}
	return u
}

func TestSystemdUnit(t *testing.T) {
	u := unit(t, filepath.Join(repoRoot, "packaging/systemd/smtpgw-relay.service"))
	svc := u["Service"]
	for k, want := range map[string]string{
		"DynamicUser":    "yes",
		"StateDirectory": "smtpgw",
		"ProtectSystem":  "strict",
		"Restart":        "on-failure",
		"KillSignal":     "SIGTERM",
	} {
		if got := svc[k]; len(got) != 1 || got[0] != want {
			t.Errorf("[Service] %s=%q, want %q", k, got, want)
		}
	}
	if got := u["Install"]["WantedBy"]; len(got) != 1 || got[0] != "multi-user.target" {
		t.Errorf("[Install] WantedBy=%q", got)
	}
	// The relay's graceful stop must fit in TimeoutStopSec.
	stop, err := time.ParseDuration(strings.Join(svc["TimeoutStopSec"], ""))
	if err != nil {
		t.Fatalf("TimeoutStopSec: %v", err)
	}
	if g := relayGraceDefault(t); stop <= g {
		t.Errorf("TimeoutStopSec=%s is not longer than the relay's --grace default %s: systemd would kill deliveries in progress", stop, g)
	}

	// ExecStart with the defaults file's SMTPGW_RELAY_ARGS.
	exec := strings.Fields(strings.Join(svc["ExecStart"], ""))
	defaults := envFile(t, filepath.Join(repoRoot, "packaging/systemd/smtpgw-relay.default"))
	var args []string
	for _, a := range exec {
		if a == "$SMTPGW_RELAY_ARGS" {
			args = append(args, strings.Fields(defaults["SMTPGW_RELAY_ARGS"])...)
			continue
		}
		args = append(args, a)
	}
	c := readGoreleaser(t)
	if bin := c.Nfpms[0].Bindir + "/" + c.Builds[0].Binary; len(args) < 2 || args[0] != bin || args[1] != "relay" {
		t.Fatalf("ExecStart %q does not run %s relay", args, bin)
	}
	spool := flagValue(args, "--spool")
	if want := "/var/lib/" + svc["StateDirectory"][0] + "/"; !strings.HasPrefix(spool, want) {
		t.Errorf("--spool %q is outside the StateDirectory %s (ProtectSystem=strict makes everything else read-only)", spool, want)
	}
	runPackagedRelay(t, args[2:], map[string]string{spool: t.TempDir(), "127.0.0.1:2525": "127.0.0.1:0"})
}

func TestContainerImage(t *testing.T) {
	c := readGoreleaser(t)
	b, err := os.ReadFile(filepath.Join(repoRoot, c.DockersV2[0].Dockerfile))
	if err != nil {
		t.Fatal(err)
	}
	inst := map[string][]string{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, _ := strings.Cut(line, " ")
		inst[k] = append(inst[k], strings.TrimSpace(v))
	}
	if len(inst["USER"]) != 1 {
		t.Fatalf("USER: %q", inst["USER"])
	}
	uid, _, _ := strings.Cut(inst["USER"][0], ":")
	if n, err := strconv.Atoi(uid); err != nil || n == 0 {
		t.Errorf("USER %q: want a numeric non-root uid (Kubernetes runAsNonRoot checks it)", inst["USER"][0])
	}
	var entry, cmd, volume []string
	for k, dst := range map[string]*[]string{"ENTRYPOINT": &entry, "CMD": &cmd, "VOLUME": &volume} {
		if len(inst[k]) != 1 || json.Unmarshal([]byte(inst[k][0]), dst) != nil {
			t.Fatalf("%s %q: want one JSON (exec) form", k, inst[k])
		}
	}
	if len(entry) != 1 || entry[0] != "/usr/bin/"+c.Builds[0].Binary {
		t.Errorf("ENTRYPOINT %q", entry)
	}
	if len(cmd) == 0 || cmd[0] != "relay" {
		t.Fatalf("CMD %q does not run the relay", cmd)
	}
	spool := flagValue(cmd, "--spool")
	if len(volume) != 1 || volume[0] != spool {
		t.Errorf("VOLUME %q is not the spool %q: messages would not survive the container", volume, spool)
	}
	// The spool directory is in the image, owned by the user the relay runs as.
	owned := false
	for _, cp := range inst["COPY"] {
		f := strings.Fields(cp)
		if len(f) == 3 && f[0] == "--chown="+inst["USER"][0] && f[2] == spool && slices.Contains(c.DockersV2[0].ExtraFiles, f[1]) {
			owned = true
		}
	}
	if !owned {
		t.Errorf("no COPY --chown=%s <extra_files dir> %s: a named volume there would be root's and the relay could not write", inst["USER"][0], spool)
	}
	runPackagedRelay(t, cmd[1:], map[string]string{spool: t.TempDir(), "0.0.0.0:2525": "127.0.0.1:0"})
}

// runPackagedRelay starts `smtpgw relay args...` in-process with the values
// in subst replaced (the spool by a temporary directory, the port by port
// 0), talks SMTP to it and stops it as SIGTERM would, expecting exit 0.
func runPackagedRelay(t *testing.T, args []string, subst map[string]string) {
	t.Helper()
	args = slices.Clone(args)
	for i, a := range args {
		if v, ok := subst[a]; ok {
			args[i] = v
		}
	}
	errBuf := &lockedBuf{}
	ios := &IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: errBuf}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- run(ctx, append([]string{"relay"}, args...), ios) }()
	var addr string
	for deadline := time.Now().Add(10 * time.Second); addr == ""; {
		for _, line := range strings.Split(errBuf.String(), "\n") {
			var started struct {
				Msg    string `json:"msg"`
				Listen []struct {
					Addr string `json:"addr"`
				} `json:"listen"`
			}
			if json.Unmarshal([]byte(line), &started) == nil && started.Msg == "relay started" && len(started.Listen) == 1 {
				addr = started.Listen[0].Addr
			}
		}
		select {
		case code := <-done:
			t.Fatalf("relay %q exited with %d:\n%s", args, code, errBuf.String())
		default:
		}
		if addr == "" && time.Now().After(deadline) {
			t.Fatalf("relay %q: no JSON start line:\n%s", args, errBuf.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	r := bufio.NewReader(conn)
	expect := func(code string) {
		t.Helper()
		for {
			line, err := r.ReadString('\n')
			if err != nil || !strings.HasPrefix(line, code) {
				t.Fatalf("want %s, got %q (%v)", code, line, err)
			}
			if len(line) < 4 || line[3] == ' ' {
				return
			}
		}
	}
	expect("220")
	io.WriteString(conn, "EHLO client.example.test\r\n")
	expect("250")
	io.WriteString(conn, "QUIT\r\n")
	expect("221")
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("relay %q: exit code %d after stop:\n%s", args, code, errBuf.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("relay did not stop")
	}
}

func flagValue(args []string, name string) string {
	for i, a := range args {
		if a == name && i+1 < len(args) {
			return args[i+1]
		}
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			return v
		}
	}
	return ""
}

// envFile reads a systemd EnvironmentFile (KEY="value" lines).
func envFile(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("%s: bad line %q", path, line)
		}
		env[k] = strings.Trim(v, `"`)
	}
	return env
}

func relayGraceDefault(t *testing.T) time.Duration {
	t.Helper()
	root, _ := NewRootCmd(&IOStreams{In: strings.NewReader(""), Out: io.Discard, ErrOut: io.Discard})
	relay, _, err := root.Find([]string{"relay"})
	if err != nil {
		t.Fatal(err)
	}
	f := relay.Flags().Lookup("grace")
	if f == nil {
		t.Fatal("relay has no --grace flag")
	}
	d, err := time.ParseDuration(f.DefValue)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestSystemdAnalyze runs systemd's own checks on the unit when
// systemd-analyze is installed: `verify` (syntax, directives, the binary
// executable; a test binary stands in for /usr/bin/smtpgw) and `security`,
// whose exposure score must stay at 2.0 or below ("OK").
func TestSystemdAnalyze(t *testing.T) {
	sa, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze is not installed: the unit's verify and security checks not run")
	}
	b, err := os.ReadFile(filepath.Join(repoRoot, "packaging/systemd/smtpgw-relay.service"))
	if err != nil {
		t.Fatal(err)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	unit := filepath.Join(t.TempDir(), "smtpgw-relay.service")
	if err := os.WriteFile(unit, []byte(strings.ReplaceAll(string(b), "/usr/bin/smtpgw", self)), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(sa, "verify", unit).CombinedOutput(); err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
	if out, err := exec.Command(sa, "security", "--offline=true", "--threshold=20", unit).CombinedOutput(); err != nil {
		t.Errorf("systemd-analyze security: exposure above 2.0 (%v):\n%s", err, out)
	}
}
