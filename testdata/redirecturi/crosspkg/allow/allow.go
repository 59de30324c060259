// Package allow holds URL validators an authorization server calls from
// another package: Permits compares hosts by suffix (loose), Same
// compares whole URIs (exact). Nothing here is reported: a validator is
// judged where a requested redirect URI is handed to it.
package allow

import (
	"errors"
	"net/url"
	"strings"
)

// Permits reports whether candidate may be used for registered: same
// scheme, and a host that ends with the registered host.
func Permits(registered, candidate string) bool {
	want, err := url.Parse(registered)
	if err != nil {
		return false
	}
	got, err := url.Parse(strings.TrimSpace(candidate))
	if err != nil {
		return false
	}
	return got.Scheme == want.Scheme && strings.HasSuffix(got.Hostname(), want.Hostname())
}

// Same reports whether candidate is exactly registered.
func Same(registered, candidate string) bool {
	return registered == candidate
}

// HTTPS refuses a URI that is not https: a scheme test, no match of a
// registered URI.
func HTTPS(candidate string) error {
	if !strings.HasPrefix(candidate, "https://") {
		return errors.New("https only")
	}
	return nil
}
