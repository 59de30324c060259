// Package origin accepts a URI whose host lies under one of a list of
// domains.
package origin

import (
	"net/url"
	"strings"
)

func host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// Allowed reports whether uri's host is one of domains or under one.
func Allowed(uri string, domains []string) bool {
	h := host(uri)
	for _, d := range domains {
		if h == d || strings.HasSuffix(h, "."+d) {
			return true
		}
	}
	return false
}
