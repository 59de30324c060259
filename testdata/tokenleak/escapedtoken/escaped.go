// Package escapedtoken hands the access token to the front end in the
// URL it redirects to, escaped for the query: escaping does not make it
// any less a token in a URL.
package escapedtoken

import (
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

var conf = oauth2.Config{
	ClientID:     "web",
	ClientSecret: "s3cret",
	RedirectURL:  "https://app.example.com/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

func Callback(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "login failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/app?token="+url.QueryEscape(tok.AccessToken), http.StatusFound) // want `access token in a URL query: the URL, passed to http.Redirect, carries token=`
}

// Next escapes what is not a token (the page to return to): silent.
func Next(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.Path), http.StatusFound)
}
