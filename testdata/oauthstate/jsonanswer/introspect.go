// Package jsonanswer is an authorization server's introspection
// endpoint: its answer names the token's client and redirect URI as the
// keys of a JSON object. That is no authorization request (no URL a
// browser is sent to): silent. Its login link, which names the same
// parameters in a URL and carries no state, is reported.
package jsonanswer

import (
	"encoding/json"
	"net/http"
	"net/url"
)

type tokenInfo struct {
	clientID, redirectURI, scope string
}

var issued = map[string]tokenInfo{}

func Introspect(w http.ResponseWriter, r *http.Request) {
	ti, ok := issued[r.FormValue("token")]
	if !ok {
		json.NewEncoder(w).Encode(map[string]any{"active": false})
		return
	}
	answer := map[string]any{
		"active":       true,
		"client_id":    ti.clientID,
		"redirect_uri": ti.redirectURI,
		"scope":        ti.scope,
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(answer)
}

func Login(w http.ResponseWriter, r *http.Request) {
	q := url.Values{ // want `authorization request without a state`
		"client_id":    {"Iv1.0123456789abcdef"},
		"redirect_uri": {"https://app.example.com/auth/github/callback"},
	}
	http.Redirect(w, r, "https://github.com/login/oauth/authorize?"+q.Encode(), http.StatusFound)
}
