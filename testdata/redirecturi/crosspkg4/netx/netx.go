// Package netx names parts of URLs.
package netx

import (
	"net/url"
	"strings"
)

// HostOf is u's host, lower-cased.
func HostOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return strings.ToLower(u.Host)
}

// Label is a constant for every URL: no part of it.
func Label(u *url.URL) string {
	return "external"
}
