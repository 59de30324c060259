// A token endpoint skeleton: client credentials are answered, the
// password grant's handler is still empty, so it issues nothing there.
// Nothing is reported.
package main

import (
	"crypto/rand"
	"encoding/json"
	"net/http"
)

func token(w http.ResponseWriter, r *http.Request) {
	id, secret, ok := r.BasicAuth()
	if !ok || id != "svc" || secret != "s3cret" {
		http.Error(w, "invalid_client", http.StatusUnauthorized)
		return
	}
	if gt := r.PostFormValue("grant_type"); gt == "client_credentials" {
		clientCredentials(w)
	} else if gt == "password" {
		password(w, r)
	} else {
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
	}
}

func clientCredentials(w http.ResponseWriter) {
	json.NewEncoder(w).Encode(map[string]string{"access_token": rand.Text(), "token_type": "Bearer"})
}

func password(w http.ResponseWriter, r *http.Request) {}

func main() {
	http.HandleFunc("/token", token)
	_ = http.ListenAndServe(":8080", nil)
}
