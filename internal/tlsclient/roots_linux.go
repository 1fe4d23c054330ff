package tlsclient

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The files crypto/x509 reads the system roots from on Linux
// (crypto/x509/root_linux.go, root_unix.go), in its order.
var (
	certFiles = []string{
		"/etc/ssl/certs/ca-certificates.crt",                // Debian/Ubuntu/Gentoo etc.
		"/etc/pki/tls/certs/ca-bundle.crt",                  // Fedora/RHEL 6
		"/etc/ssl/ca-bundle.pem",                            // OpenSUSE
		"/etc/pki/tls/cacert.pem",                           // OpenELEC
		"/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", // CentOS/RHEL 7
		"/etc/ssl/cert.pem",                                 // Alpine Linux
	}
	certDirectories = []string{
		"/etc/ssl/certs",     // SLES10/SLES11, https://golang.org/issue/12139
		"/etc/pki/tls/certs", // Fedora/RHEL
	}
)

// systemRootFiles lists the files crypto/x509 would load the system roots
// from: the first CA bundle that exists (SSL_CERT_FILE instead when set),
// then every file of the certificate directories (SSL_CERT_DIR,
// colon-separated, instead when set) except symbolic links to a file of
// the same directory. The environment is read when the list is.
func systemRootFiles() (rootFiles, bool) {
	return func(read func(path string) bool) {
		files := certFiles
		if f := os.Getenv("SSL_CERT_FILE"); f != "" {
			files = []string{f}
		}
		for _, f := range files {
			if read(f) {
				break
			}
		}
		dirs := certDirectories
		if d := os.Getenv("SSL_CERT_DIR"); d != "" {
			dirs = strings.Split(d, ":")
		}
		for _, dir := range dirs {
			entries, err := os.ReadDir(dir)
			if err != nil {
				continue
			}
			for _, e := range entries {
				if e.Type()&fs.ModeSymlink != 0 && sameDirSymlink(dir, e.Name()) {
					continue
				}
				read(dir + "/" + e.Name())
			}
		}
	}, true
}

// sameDirSymlink reports whether dir/name is a symbolic link to a file of
// dir itself (crypto/x509's isSameDirSymlink: such links are OpenSSL's
// hash names of files read anyway).
func sameDirSymlink(dir, name string) bool {
	target, err := os.Readlink(filepath.Join(dir, name))
	return err == nil && !strings.Contains(target, "/")
}
