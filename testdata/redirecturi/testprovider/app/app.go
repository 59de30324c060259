// Package app is a real authorization endpoint beside the simulator: its
// prefix check is the server's policy (reported).
package app

import (
	"net/http"
	"strings"
)

var registered = map[string]string{"cli": "https://cli.example.com/cb"}

func Authorize(w http.ResponseWriter, r *http.Request) {
	redirect := r.URL.Query().Get("redirect_uri")
	if !strings.HasPrefix(redirect, registered[r.URL.Query().Get("client_id")]) { // want `redirect_uri matched by prefix \(strings.HasPrefix\)`
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, redirect+"?code=c1", http.StatusFound)
}
