// Package schemedeny2 is schemedeny written differently: the refused
// schemes are a package variable that nothing else writes, the check a
// method of the client type with a suffix test for the fragment, and the
// registered URIs compared with == in the same method. Silent.
package schemedeny2

import (
	"crypto/rand"
	"net/http"
	"net/url"
	"strings"
)

var blockedPrefixes = []string{"javascript:", "data:", "//"}

type Client struct {
	ID           string
	RedirectURIs []string
}

func (c *Client) ValidRedirect(redirectURI string) bool {
	for _, p := range blockedPrefixes {
		if strings.HasPrefix(redirectURI, p) {
			return false
		}
	}
	if strings.HasSuffix(redirectURI, "#") {
		return false
	}
	for _, u := range c.RedirectURIs {
		if u == redirectURI {
			return true
		}
	}
	return false
}

var registry = map[string]*Client{}

// Authorize answers with a code only for a registered URI.
func Authorize(w http.ResponseWriter, r *http.Request) {
	c, ok := registry[r.FormValue("client_id")]
	redirectURI := r.FormValue("redirect_uri")
	if !ok || r.FormValue("response_type") != "code" || !c.ValidRedirect(redirectURI) {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, redirectURI+"?code="+rand.Text()+"&state="+url.QueryEscape(r.FormValue("state")), http.StatusFound)
}
