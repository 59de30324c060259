// Command clientauth2 authenticates clients differently: the token
// endpoint is a function literal that requires client_secret in the form
// (client_secret_post) before its switch on the grant, and returns when
// it is missing (silent).
package main

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
)

var issued = map[string]bool{}

func mint() string {
	b := make([]byte, 24)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/oauth/authorize", func(w http.ResponseWriter, r *http.Request) {
		c := mint()
		issued[c] = true
		http.Redirect(w, r, r.URL.Query().Get("redirect_uri")+"?code="+c, http.StatusSeeOther)
	})
	mux.HandleFunc("/oauth/token", func(w http.ResponseWriter, r *http.Request) {
		clientID := r.PostFormValue("client_id")
		secret := r.PostFormValue("client_secret")
		if clientID == "" || secret == "" {
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, `{"error":"invalid_client"}`)
			return
		}
		switch r.PostFormValue("grant_type") {
		case "authorization_code":
			if !issued[r.PostFormValue("code")] {
				http.Error(w, `{"error":"invalid_grant"}`, http.StatusBadRequest)
				return
			}
			fmt.Fprintf(w, `{"access_token":%q,"token_type":"Bearer"}`, mint())
		default:
			http.Error(w, `{"error":"unsupported_grant_type"}`, http.StatusBadRequest)
		}
	})
	http.ListenAndServe(":8081", mux)
}
