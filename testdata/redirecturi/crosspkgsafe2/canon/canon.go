// Package canon puts a URI in canonical form: scheme and host
// lower-cased, the rest kept.
package canon

import (
	"net/url"
	"strings"
)

// Form is raw in canonical form; "" when it does not parse.
func Form(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	return u.String()
}
