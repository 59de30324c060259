// Package guard checks a URI against configured origins, some of them
// wildcards ("*.example.com"). It compares the URI's host and port only.
package guard

import (
	"regexp"
	"strings"

	"example.com/fixtures/redirecturi/crosspkg3/hostport"
)

// Allowed reports whether target's origin matches one of origins.
func Allowed(target string, origins []string) bool {
	have := hostport.Of(target)
	for _, o := range origins {
		want := hostport.Of(o)
		if !strings.Contains(want, "*") {
			if want == have {
				return true
			}
			continue
		}
		expr := strings.ReplaceAll(regexp.QuoteMeta(want), `\*`, `[^.]*`)
		if ok, _ := regexp.MatchString("^"+expr+"$", have); ok {
			return true
		}
	}
	return false
}
