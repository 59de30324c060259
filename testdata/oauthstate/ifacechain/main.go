// The web layer: one callback reads only the code and redeems it through
// the login package's Flow, two interfaces deep (reported); the other
// compares the state with the cookie first (silent).
package main

import (
	"net/http"

	"example.com/fixtures/oauthstate/ifacechain/login"
)

func main() {
	f := login.New("id", "secret", "https://app.example.com/callback")
	http.HandleFunc("/login", func(w http.ResponseWriter, r *http.Request) {
		u, s := f.Start(r.Context())
		http.SetCookie(w, &http.Cookie{Name: "st", Value: s, HttpOnly: true, Secure: true})
		http.Redirect(w, r, u, http.StatusFound)
	})
	http.HandleFunc("/callback", func(w http.ResponseWriter, r *http.Request) {
		code := r.URL.Query().Get("code")
		if _, err := f.Finish(r.Context(), code); err != nil { // want `callback exchanges the code without checking state`
			http.Error(w, "failed", http.StatusInternalServerError)
			return
		}
		http.Redirect(w, r, "/", http.StatusFound)
	})
	http.HandleFunc("/callback2", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("st")
		if err != nil || c.Value == "" || c.Value != r.URL.Query().Get("state") {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
		if _, err := f.Finish(r.Context(), r.URL.Query().Get("code")); err != nil {
			http.Error(w, "failed", http.StatusInternalServerError)
			return
		}
		http.Redirect(w, r, "/", http.StatusFound)
	})
	_ = http.ListenAndServe(":8080", nil)
}
