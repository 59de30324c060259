// Package safeurl tells whether a return URL lies on the cookie domain.
package safeurl

import (
	"net/url"
	"strings"
)

func OnDomain(raw, domain string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	return u.Hostname() == domain || strings.HasSuffix(u.Hostname(), "."+domain)
}
