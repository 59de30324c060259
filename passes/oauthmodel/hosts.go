package oauthmodel

import "strings"

// ReservedHost reports whether host is a name reserved for documentation
// and testing, which no real endpoint has: example.com, example.net and
// example.org and their subdomains (RFC 2606 §3), and names under the
// top-level domains .example, .test, .invalid and .localhost (RFC 2606 §2,
// RFC 6761 §6). A URL on such a host is a placeholder (a test double, a
// documentation sample), not an endpoint a client talks to.
func ReservedHost(host string) bool {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	for _, d := range [...]string{"example.com", "example.net", "example.org"} {
		if h == d || strings.HasSuffix(h, "."+d) {
			return true
		}
	}
	for _, tld := range [...]string{"example", "test", "invalid", "localhost"} {
		if h == tld || strings.HasSuffix(h, "."+tld) {
			return true
		}
	}
	return false
}
