// Package platformhop is an identity service that sends a client's
// social login through a route of its own first: the hop names the
// client and its redirect URI but goes to this server's own path
// (silent); the route it reaches builds the real request, with a state.
// A login built the same way for another origin, without state, is
// reported.
package platformhop

import (
	"crypto/rand"
	"fmt"
	"net/http"
	"net/url"
	"sync"
)

var pending sync.Map // request id -> client's redirect URI

func StartPlatformLogin(w http.ResponseWriter, r *http.Request) {
	clientID := r.URL.Query().Get("client_id")
	redirectURI := r.URL.Query().Get("redirect_uri")
	platform := r.PathValue("platform")
	requestID := rand.Text()
	pending.Store(requestID, redirectURI)
	target := fmt.Sprintf("/iam/v1/platforms/%s/authorize?request_id=%s&client_id=%s", platform, requestID, url.QueryEscape(clientID))
	if redirectURI != "" {
		target += "&redirect_uri=" + url.QueryEscape(redirectURI)
	}
	http.Redirect(w, r, target, http.StatusFound)
}

func PlatformAuthorize(w http.ResponseWriter, r *http.Request) {
	p := url.Values{}
	p.Set("client_id", "iam-google")
	p.Set("response_type", "code")
	p.Set("redirect_uri", "https://iam.example.com/iam/v1/platforms/google/authenticate")
	p.Set("state", r.URL.Query().Get("request_id"))
	http.Redirect(w, r, "https://accounts.google.com/o/oauth2/v2/auth?"+p.Encode(), http.StatusFound)
}

func LegacyLogin(w http.ResponseWriter, r *http.Request) {
	u := fmt.Sprintf("https://github.com/login/oauth/authorize?client_id=%s", "iam-legacy")
	u += "&redirect_uri=" + url.QueryEscape("https://iam.example.com/legacy/callback") // want `authorization request without a state`
	http.Redirect(w, r, u, http.StatusFound)
}
