// Command clientauthoptional reads HTTP Basic credentials but lets a
// request without them through (a public client sends only its
// client_id): public clients redeem codes without PKCE, reported.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
)

var codes = map[string]string{}

func random() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func authorize(w http.ResponseWriter, r *http.Request) {
	c := random()
	codes[c] = r.FormValue("client_id")
	http.Redirect(w, r, r.FormValue("redirect_uri")+"?code="+c, http.StatusFound)
}

func token(w http.ResponseWriter, r *http.Request) {
	id, _, ok := r.BasicAuth()
	if !ok {
		id = r.PostFormValue("client_id")
	}
	switch r.PostFormValue("grant_type") {
	case "authorization_code": // want `this authorization server lets public clients skip PKCE`
		if codes[r.PostFormValue("code")] != id {
			http.Error(w, "invalid_grant", http.StatusBadRequest)
			return
		}
		fmt.Fprintf(w, `{"access_token":%q,"token_type":"Bearer"}`, random())
	default:
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}

func main() {
	http.HandleFunc("/authorize", authorize)
	http.HandleFunc("/token", token)
	http.ListenAndServe(":8082", nil)
}
