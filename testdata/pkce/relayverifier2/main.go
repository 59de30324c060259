package main

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"

	"example.com/fixtures/pkce/relayverifier2/upstream"
)

func main() {
	p := &upstream.Provider{AuthorizeEndpoint: "https://provider.example/authorize", TokenEndpoint: "https://provider.example/token", Callback: "https://app.example/callback"}
	http.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		b := make([]byte, 24)
		rand.Read(b)
		s := base64.RawURLEncoding.EncodeToString(b)
		http.SetCookie(w, &http.Cookie{Name: "st", Value: s, HttpOnly: true, Secure: true})
		http.Redirect(w, r, p.LoginURL(s), http.StatusFound)
	})
	http.HandleFunc("/token", p.Relay)
	http.ListenAndServe(":8080", nil)
}
