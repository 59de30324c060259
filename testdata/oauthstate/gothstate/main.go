// Command gothstate signs users in with goth's gothic handlers after
// replacing gothic.SetState with a function that returns a constant: every
// login carries the same state (reported at the assignment).
package main

import (
	"net/http"

	"github.com/markbates/goth"
	"github.com/markbates/goth/gothic"
	"github.com/markbates/goth/providers/github"
)

func main() {
	goth.UseProviders(github.New("client-id", "client-secret", "https://app.example.com/auth/github/callback"))
	gothic.SetState = func(req *http.Request) string { // want `constant OAuth state`
		return "goth-state"
	}
	http.HandleFunc("/auth/github", gothic.BeginAuthHandler)
	http.HandleFunc("/auth/github/callback", func(w http.ResponseWriter, r *http.Request) {
		user, err := gothic.CompleteUserAuth(w, r)
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		_ = user
	})
	_ = http.ListenAndServe(":8080", nil)
}
