// Package handoff returns issued tokens to the client's redirect URI in
// the query (reported), and the expiry and scope there (silent).
package handoff

import (
	"net/http"
	"net/url"
	"strconv"

	"example.com/fixtures/tokenleak/tokenname2/issue"
)

func implicit(w http.ResponseWriter, r *http.Request) {
	g, err := issue.Mint(r.FormValue("client_id"), "alice")
	if err != nil {
		http.Error(w, "server_error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, r.FormValue("redirect_uri")+"?accessToken="+g.AccessToken+"&expiresIn="+strconv.Itoa(g.ExpiresIn), http.StatusFound) // want `access token in a URL query: the URL, passed to http.Redirect, carries accessToken=`
}

func renew(w http.ResponseWriter, r *http.Request) {
	g, err := issue.Mint(r.FormValue("client_id"), "alice")
	if err != nil {
		http.Error(w, "server_error", http.StatusInternalServerError)
		return
	}
	back, err := url.Parse(r.FormValue("redirect_uri"))
	if err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	v := url.Values{}
	v.Set("renewal", g.RefreshToken) // want `refresh token in a URL query: .* carries renewal=`
	back.RawQuery = v.Encode()
	http.Redirect(w, r, back.String(), http.StatusFound)
}

// Right: only the expiry and scope in the query; the token in the body.
func status(w http.ResponseWriter, r *http.Request) {
	g, err := issue.Mint(r.FormValue("client_id"), "alice")
	if err != nil {
		http.Error(w, "server_error", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, r.FormValue("redirect_uri")+"?expiresIn="+strconv.Itoa(g.ExpiresIn)+"&scope="+url.QueryEscape(g.Scope), http.StatusFound)
}
