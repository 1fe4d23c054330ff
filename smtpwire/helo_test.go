package smtpwire

import (
	"net"
	"strings"
	"testing"
)

func TestAddressLiteral(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		addr net.Addr
		want string
	}{
		{&net.TCPAddr{IP: net.ParseIP("192.0.2.1"), Port: 25}, "[192.0.2.1]"},
		{&net.TCPAddr{IP: net.ParseIP("::ffff:192.0.2.7")}, "[192.0.2.7]"},
		{&net.TCPAddr{IP: net.ParseIP("2001:db8::1")}, "[IPv6:2001:db8::1]"},
		{&net.TCPAddr{}, "[127.0.0.1]"},
		{&net.UnixAddr{Name: "/tmp/s", Net: "unix"}, "[127.0.0.1]"},
		{nil, "[127.0.0.1]"},
	} {
		if got := AddressLiteral(c.addr); got != c.want {
			t.Errorf("AddressLiteral(%v) = %q, want %q", c.addr, got, c.want)
		}
	}
}

func TestHeloFor(t *testing.T) {
	t.Parallel()
	a, b := net.Pipe()
	defer a.Close()
	defer b.Close()
	if got := HeloFor("client.example.test", a); got != "client.example.test" {
		t.Errorf("configured name: %q", got)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if got := HeloFor("", c); got != "[127.0.0.1]" {
		t.Errorf("default over loopback: %q", got)
	}
}

func TestFQDNFromHosts(t *testing.T) {
	t.Parallel()
	hosts := `# comment vm vm.example.test
127.0.0.1	localhost
127.0.1.1	other other.example.test
10.0.0.5	VM vm.example.test vm.alias.test # trailing comment
`
	for _, c := range []struct{ host, want string }{
		{"vm", "vm.example.test"},
		{"other", "other.example.test"},
		{"localhost", "localhost"},
		{"absent", "absent"},
	} {
		if got := fqdnFromHosts(strings.NewReader(hosts), c.host); got != c.want {
			t.Errorf("fqdnFromHosts(%q) = %q, want %q", c.host, got, c.want)
		}
	}
}

func TestDefaultHelo(t *testing.T) {
	t.Parallel()
	h := LocalFQDN()
	if h == "" {
		t.Fatal("LocalFQDN is empty")
	}
	want := ""
	if strings.Contains(h, ".") {
		want = h
	}
	if got := DefaultHelo(); got != want {
		t.Errorf("DefaultHelo() = %q with LocalFQDN %q", got, h)
	}
}
