// Package libidtoken2 keeps the ID token of a goth login and writes it to
// its log through slog when debugging: reported, as the ID token. The
// user's e-mail is no credential: silent.
package libidtoken2

import (
	"log/slog"
	"net/http"

	"github.com/markbates/goth"
	"github.com/markbates/goth/gothic"
)

func Callback(w http.ResponseWriter, r *http.Request) {
	user, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
		return
	}
	remember(user)
	http.Redirect(w, r, "/", http.StatusFound)
}

func remember(u goth.User) {
	slog.Debug("login", "email", u.Email)
	slog.Debug("login", "id_token", u.IDToken) // want `ID token written to a log`
}
