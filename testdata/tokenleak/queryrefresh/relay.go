// Package queryrefresh is a token relay for a single-page app: its
// refresh route reads the refresh token from the URL's query, so the app
// puts it in a URL (reported); its POST route reads it from the form body
// (silent).
package queryrefresh

import (
	"encoding/json"
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "spa-relay", ClientSecret: "from-env",
	Endpoint: oauth2.Endpoint{AuthURL: "https://sso.example.com/authorize", TokenURL: "https://sso.example.com/token"},
}

func RefreshByGet(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	rt := q.Get("refresh_token") // want `accepts token requests by GET: a handler reads the request.s refresh_token from the URL.s query \(in RefreshByGet`
	tok, err := conf.TokenSource(r.Context(), &oauth2.Token{RefreshToken: rt}).Token()
	if err != nil {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(tok)
}

func Refresh(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.TokenSource(r.Context(), &oauth2.Token{RefreshToken: r.PostFormValue("refresh_token")}).Token()
	if err != nil {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(tok)
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /auth/refresh_token", RefreshByGet)
	mux.HandleFunc("POST /auth/refresh", Refresh)
}
