// Package login builds the authorization URL by hand with the token the
// csrf package draws from the clock once at start-up (reported:
// predictable and shared); the fallback it overwrites itself is its own
// business (silent).
package login

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"net/url"

	"example.com/fixtures/oauthstate/pkgvarfact2/internal/csrf"
)

func Begin(w http.ResponseWriter, r *http.Request) {
	u := fmt.Sprintf("https://idp.example/authorize?response_type=code&client_id=web&redirect_uri=%s&state=%s",
		url.QueryEscape("https://web.example/cb"), csrf.CSRFToken) // want `predictable OAuth state: the state comes from the time \(time.Now\) \(csrf.CSRFToken, set once for the whole program\)`
	http.Redirect(w, r, u, http.StatusFound)
}

func init() { csrf.Fallback = rand.Text() }

func BeginFallback(w http.ResponseWriter, r *http.Request) {
	u := "https://idp.example/authorize?response_type=code&client_id=web&redirect_uri=" + url.QueryEscape("https://web.example/cb") + "&state=" + csrf.Fallback
	http.Redirect(w, r, u, http.StatusFound)
}
