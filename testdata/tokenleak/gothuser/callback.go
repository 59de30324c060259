// Package gothuser logs the user gothic.CompleteUserAuth returns: printed
// whole it shows the provider's access and refresh tokens (reported), as
// does its RefreshToken; its name and e-mail are no tokens (silent).
package gothuser

import (
	"log"
	"log/slog"
	"net/http"

	"github.com/markbates/goth/gothic"
)

func Callback(w http.ResponseWriter, r *http.Request) {
	user, err := gothic.CompleteUserAuth(w, r)
	if err != nil {
		http.Error(w, "sign-in failed", http.StatusUnauthorized)
		return
	}
	log.Printf("signed in: %+v", user) // want `signed-in goth.User written to a log`
	slog.Info("session", "name", user.Name, "email", user.Email)
	slog.Debug("refresh", "rt", user.RefreshToken) // want `refresh token written to a log`
}
