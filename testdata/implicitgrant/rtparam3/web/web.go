// Package web redirects to the URLs of package authz.
package web

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"example.com/fixtures/implicitgrant/rtparam3/authz"
)

func state() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func Login(w http.ResponseWriter, r *http.Request) {
	u, err := authz.Begin("code", state())
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, u.String(), http.StatusFound)
}

func LegacyLogin(w http.ResponseWriter, r *http.Request) {
	u, err := authz.Begin("id_token token", state()) // want `implicit grant: response_type="id_token token" returns the access token in the browser`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, u.String(), http.StatusFound)
}
