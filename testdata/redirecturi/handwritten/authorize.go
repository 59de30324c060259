// Package handwritten is an authorization endpoint that checks the
// requested redirect_uri itself.
package handwritten

import (
	"net/http"
	"net/url"
	"path"
	"regexp"
	"strings"
)

type Client struct {
	ID           string
	RedirectURIs []string
	Pattern      *regexp.Regexp
}

type AuthorizeRequest struct {
	ClientID    string
	RedirectURI string
}

func lookup(id string) *Client { return nil }

func Authorize(w http.ResponseWriter, r *http.Request) {
	client := lookup(r.FormValue("client_id"))
	redirect := r.FormValue("redirect_uri")
	for _, allowed := range client.RedirectURIs {
		if strings.HasPrefix(redirect, allowed) { // want `redirect_uri matched by prefix \(strings.HasPrefix\)`
			http.Redirect(w, r, redirect+"?code=x", http.StatusFound)
			return
		}
	}
	http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
}

func validHost(req *AuthorizeRequest) bool {
	u, err := url.Parse(req.RedirectURI)
	if err != nil {
		return false
	}
	return strings.HasSuffix(u.Host, ".example.com") // want `redirect_uri matched by suffix \(strings.HasSuffix\)`
}

func matchesPattern(c *Client, redirectURI string) bool {
	return c.Pattern.MatchString(redirectURI) // want `redirect_uri matched by regular expression`
}

func matchesGlob(pattern string, req *AuthorizeRequest) bool {
	ok, _ := path.Match(pattern, req.RedirectURI) // want `redirect_uri matched by pattern \(path.Match\)`
	return ok
}

// allowedAfterLogout matches the post-logout redirect URI by glob: no code
// or token goes there (RP-Initiated Logout), so it is not reported here.
func allowedAfterLogout(patterns []string, postLogoutRedirectURI string) bool {
	for _, p := range patterns {
		if ok, _ := path.Match(p, postLogoutRedirectURI); ok {
			return true
		}
	}
	return false
}

// exact compares whole strings; the scheme and fragment checks are not
// matches of the registered URI.
func exact(c *Client, redirectURI string) bool {
	if !strings.HasPrefix(redirectURI, "https://") || strings.Contains(redirectURI, "#") {
		return false
	}
	for _, u := range c.RedirectURIs {
		if u == redirectURI {
			return true
		}
	}
	return false
}

func Serve() {
	http.HandleFunc("/authorize", Authorize)
	_ = validHost
	_ = matchesPattern
	_ = matchesGlob
	_ = exact
	_ = allowedAfterLogout
	_ = http.ListenAndServe(":8080", nil)
}
