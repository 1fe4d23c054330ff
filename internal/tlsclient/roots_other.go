//go:build !linux

package tlsclient

// systemRootFiles: elsewhere crypto/x509 asks the platform (macOS, Windows)
// or reads other files; its own system pool is used there.
func systemRootFiles() (rootFiles, bool) { return nil, false }
