// Package handserverproxy is a token endpoint in front of an upstream
// identity provider: it answers client credentials itself and forwards
// code exchanges, form and all (a code_verifier included, if the client
// sent one), to the upstream, which checks PKCE. Nothing here decides it.
package handserverproxy

import (
	"encoding/json"
	"net/http"
	"net/http/httputil"
	"net/url"
)

var upstream = httputil.NewSingleHostReverseProxy(&url.URL{Scheme: "https", Host: "idp.internal.example"})

func Token(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	switch r.PostForm.Get("grant_type") {
	case "authorization_code", "refresh_token":
		upstream.ServeHTTP(w, r)
	case "client_credentials":
		json.NewEncoder(w).Encode(map[string]string{"access_token": "svc", "token_type": "Bearer"})
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}
