// Package pkgpattern matches import paths against go-command patterns
// ("example.com/app/...", "./..." is not an import path and is refused).
package pkgpattern

import (
	"fmt"
	"regexp"
	"strings"
)

// List is a flag.Value holding comma-separated import path patterns.
type List struct {
	patterns []string
	res      []*regexp.Regexp
}

func (l *List) String() string {
	if l == nil {
		return ""
	}
	return strings.Join(l.patterns, ",")
}

// Set parses a comma-separated list, rejecting malformed patterns.
func (l *List) Set(s string) error {
	var patterns []string
	var res []*regexp.Regexp
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		re, err := Compile(p)
		if err != nil {
			return err
		}
		patterns = append(patterns, p)
		res = append(res, re)
	}
	l.patterns, l.res = patterns, res
	return nil
}

// Match reports whether path matches any pattern. The "_test" suffix of an
// external test package is ignored.
func (l *List) Match(path string) bool {
	path = strings.TrimSuffix(path, "_test")
	for _, re := range l.res {
		if re.MatchString(path) {
			return true
		}
	}
	return false
}

// Compile turns one pattern into a regexp with the go command's meaning:
// "..." matches any string (including slashes), and "x/..." also matches
// "x" itself.
func Compile(pattern string) (*regexp.Regexp, error) {
	if err := check(pattern); err != nil {
		return nil, err
	}
	re := regexp.QuoteMeta(pattern)
	re = strings.ReplaceAll(re, `\.\.\.`, `.*`)
	if strings.HasSuffix(re, `/.*`) {
		re = strings.TrimSuffix(re, `/.*`) + `(/.*)?`
	}
	return regexp.Compile(`^` + re + `$`)
}

func check(p string) error {
	bad := func(why string) error {
		return fmt.Errorf("invalid package pattern %q: %s (want an import path such as example.com/app/auth or example.com/app/...)", p, why)
	}
	switch {
	case strings.HasPrefix(p, "/") || strings.HasPrefix(p, "."):
		return bad("a pattern is an import path, not a file system path")
	case strings.Contains(p, "//"):
		return bad("empty path element")
	case strings.HasSuffix(p, "/"):
		return bad("trailing slash")
	}
	for _, r := range p {
		switch {
		case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
		case strings.ContainsRune("-._~/+", r):
		default:
			return bad(fmt.Sprintf("character %q is not allowed in an import path", r))
		}
	}
	return nil
}
