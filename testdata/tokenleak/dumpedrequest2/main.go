// Command dumpedrequest2: a token service prints each request it serves
// with log.Printf; its refresh grant reads the form's refresh_token. The
// webhook handler of package hooks beside it dumps requests too, in a
// package that serves no token request (silent there).
package main

import (
	"log"
	"net/http"
	"net/http/httputil"
)

func tokenHandler(w http.ResponseWriter, r *http.Request) {
	if b, err := httputil.DumpRequest(r, true); err == nil {
		log.Printf("incoming: %s", b) // want `refresh token written to a log`
	}
	if r.PostFormValue("grant_type") != "refresh_token" {
		http.Error(w, "unsupported_grant_type", http.StatusBadRequest)
		return
	}
	if r.PostFormValue("refresh_token") == "" {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	w.Write([]byte(`{"access_token":"fresh","token_type":"Bearer"}`))
}

func main() {
	http.HandleFunc("/oauth/token", tokenHandler)
	http.ListenAndServe(":8080", nil)
}
