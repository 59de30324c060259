// Package cmd serves the portal's login with the flows of package authz.
package cmd

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"example.com/fixtures/implicitgrant/rtparam2/authz"
)

func state() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, authz.URL(state(), authz.Code), http.StatusFound)
	})
	mux.HandleFunc("/login/legacy", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, authz.URL(state(), authz.Implicit), http.StatusFound) // want `implicit grant: response_type="token" returns the access token in the browser`
	})
}
