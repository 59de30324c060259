// Package value holds the small, pure pieces of oauthvet's value
// understanding: partially known strings, the OAuth parameters that can be
// read from them, and an evaluator for fmt's formatting verbs. Nothing here
// looks at syntax; passes/oauthmodel turns expressions into these values.
package value

import (
	"net/url"
	"strconv"
	"strings"
)

// Hole stands, inside a partially known string, for text that could not be
// determined statically (a variable, a function result). A string without a
// Hole is fully known.
const Hole = "\x00"

// Known reports whether s contains no Hole.
func Known(s string) bool { return !strings.Contains(s, Hole) }

// Presence says whether a parameter is sent.
type Presence uint8

const (
	Unknown Presence = iota // cannot be told statically; rules stay silent
	Absent                  // certainly not sent
	Present                 // sent (at least on some path)
)

func (p Presence) String() string {
	switch p {
	case Absent:
		return "absent"
	case Present:
		return "present"
	}
	return "unknown"
}

// Params is a set of OAuth request parameters read from code.
//
// Values may contain Holes. Open means that parameters other than the ones
// listed may be sent too (the set was built by code we could not follow), so
// the absence of a key proves nothing.
type Params struct {
	Values map[string]string
	Open   bool
}

// Lookup reports whether key is sent and, when its value is fully known,
// the value.
func (p Params) Lookup(key string) (val string, presence Presence, known bool) {
	if v, ok := p.Values[key]; ok {
		return v, Present, Known(v)
	}
	if p.Open {
		return "", Unknown, false
	}
	return "", Absent, false
}

// Set records key=val (a later Set of the same key wins, as url.Values.Set).
func (p *Params) Set(key, val string) {
	if p.Values == nil {
		p.Values = make(map[string]string)
	}
	p.Values[key] = val
}

// Merge adds the parameters of q; keys already set in p keep p's value.
func (p *Params) Merge(q Params) {
	for k, v := range q.Values {
		if _, ok := p.Values[k]; !ok {
			p.Set(k, v)
		}
	}
	p.Open = p.Open || q.Open
}

// ParseRequest reads the OAuth parameters out of a partially known string
// that is either a URL with a query ("https://idp/authorize?response_type=
// code&…") or a form body ("grant_type=password&username=…").
//
// It is deliberately strict about form bodies, because ordinary strings
// ("response_type=token is not supported") must not look like requests:
// every key must be a plain parameter name, no known value may contain
// white space (a URL's query ends at a line's end), and a body without a URL needs at least two parameters (a
// lone "response_type=token" is a mention, not a request). ok is false
// when s does not look like a request at all.
func ParseRequest(s string) (p Params, ok bool) {
	query := s
	isURL := false
	if i := strings.IndexByte(s, '?'); i >= 0 {
		isURL = true
		query = s[i+1:]
		// A URL ends at a line's end: "open %s?…&scope=read\n" in a
		// message printed for the user to follow. (A space may separate
		// scope tokens, or start prose: see below.)
		if j := strings.IndexAny(query, "\t\r\n"); j >= 0 {
			query = query[:j]
		}
		// A URL quoted in markup or code ends at its closing quote or at
		// the next tag: <a href="https://idp/authorize?…&nonce=n">Sign
		// in</a>. (A placeholder value, client_id=<your id>, is no tag.)
		query = query[:urlQueryEnd(query)]
		// A URL with a Hole before its query may still carry parameters of
		// its own (a configured endpoint); they are rarely OAuth ones, so the
		// set stays closed, as for url.URL.Query of an unknown endpoint.
	} else if strings.HasPrefix(s, Hole) {
		isURL = true // base + "&response_type=…": an unknown URL extended
	} else if i := strings.Index(s, "://"); i >= 0 && !strings.ContainsAny(s[:i], "=&") {
		// A URL without a query carries no parameters. A form body may
		// carry one unescaped as a value (…&redirect_uri=http://…).
		return Params{}, false
	}
	if i := strings.IndexByte(query, '#'); i >= 0 {
		query = query[:i]
	}
	if query == "" {
		return Params{}, false
	}
	for _, pair := range strings.Split(query, "&") {
		if pair == "" {
			continue
		}
		if pair == Hole {
			// A whole parameter (or several) we cannot see.
			p.Open = true
			continue
		}
		k, v, hasEq := strings.Cut(pair, "=")
		if !Known(k) {
			p.Open = true
			continue
		}
		if !hasEq || len(k) > 3*maxKey || !IsParamName(k) {
			return Params{}, false
		}
		if len(v) > 2 && v[0] == '<' && v[len(v)-1] == '>' && !strings.ContainsAny(v[1:len(v)-1], "<>") {
			v = Hole // a placeholder: client_id=<your client id>
		}
		if Known(v) {
			if strings.ContainsAny(v, " \t\n\r") && !(isURL && k == "scope" && scopeList(v)) {
				return Params{}, false
			}
			if u, err := url.QueryUnescape(v); err == nil {
				v = u
			}
		} else {
			v = unescapeKnownParts(v)
		}
		if k, err := url.QueryUnescape(k); err == nil {
			if !Known(k) {
				p.Open = true // "%00" decodes to the Hole marker: a key we cannot name
				continue
			}
			if len(k) > maxKey || !IsParamName(k) {
				return Params{}, false // "%20=": not a parameter name once decoded
			}
			p.Set(k, v)
		}
	}
	if !isURL && len(p.Values) < 2 {
		return Params{}, false
	}
	return p, len(p.Values) > 0 || p.Open
}

// urlQueryEnd is where a URL's query in s ends when markup or a quote
// follows it: at a double or single quote, or at a '<' that opens no
// placeholder value (one right after '=').
func urlQueryEnd(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\'':
			return i
		case '<':
			if i == 0 || s[i-1] != '=' {
				return i
			}
		}
	}
	return len(s)
}

// scopeList reports whether v, with spaces, reads as a list of scope
// tokens written unescaped in a URL ("scope=tasks.read offline_access",
// which servers accept as the space-delimited list of RFC 6749 §3.3), not
// prose: a few tokens of URL-safe characters, separated by single spaces.
func scopeList(v string) bool {
	toks := strings.Split(v, " ")
	if len(toks) > 8 {
		return false
	}
	for _, t := range toks {
		if t == "" {
			return false
		}
		for _, r := range t {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_.:/-", r)) {
				return false
			}
		}
		// A scope token has a separator (tasks.read, user:email,
		// https://…/auth/drive) or is an OpenID Connect scope; a word
		// of prose ("and", "then") is neither.
		if !strings.ContainsAny(t, "_.:/-") && !oidcScopes[t] {
			return false
		}
	}
	return true
}

var oidcScopes = map[string]bool{"openid": true, "profile": true, "email": true, "address": true, "phone": true}

// unescapeKnownParts query-unescapes the known runs of a value with Holes.
func unescapeKnownParts(v string) string {
	parts := strings.Split(v, Hole)
	for i, part := range parts {
		if u, err := url.QueryUnescape(part); err == nil {
			parts[i] = u
		}
	}
	return strings.Join(parts, Hole)
}

// maxKey bounds a parameter name's length (decoded); longer keys are text.
const maxKey = 64

// IsParamName reports whether k is spelled like an OAuth/HTTP parameter
// name (RFC 6749 §A: parameter names are printable ASCII without spaces;
// in practice letters, digits, '_', '-', '.', '[', ']' and '%'-escapes).
func IsParamName(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case c == '_' || c == '-' || c == '.' || c == '[' || c == ']' || c == '%':
		default:
			return false
		}
	}
	return true
}

// EncodeValues renders params the way url.Values.Encode does (keys sorted),
// keeping Holes; an open set ends with a Hole parameter.
func EncodeValues(p Params) string {
	keys := make([]string, 0, len(p.Values))
	for k := range p.Values {
		keys = append(keys, k)
	}
	sortStrings(keys)
	var b strings.Builder
	for _, k := range keys {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(k))
		b.WriteByte('=')
		b.WriteString(escapeKnownParts(p.Values[k]))
	}
	if p.Open {
		if b.Len() > 0 {
			b.WriteByte('&')
		}
		b.WriteString(Hole)
	}
	return b.String()
}

func escapeKnownParts(v string) string {
	parts := strings.Split(v, Hole)
	for i, part := range parts {
		parts[i] = url.QueryEscape(part)
	}
	return strings.Join(parts, Hole)
}

func sortStrings(s []string) {
	// insertion sort: parameter sets are tiny, and this keeps the package
	// free of imports that the fuzzers would have to carry.
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// Words splits a response_type value into its space-separated words
// (OpenID Connect Core §3: "code id_token token" is a set of words).
func Words(s string) []string { return strings.Fields(s) }

// Quote is strconv.Quote for partially known strings: a Hole makes the
// result unknown.
func Quote(s string) string {
	if !Known(s) {
		return Hole
	}
	return strconv.Quote(s)
}
