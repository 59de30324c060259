// Package web hands the session's tokens to the audit helpers of another
// package: those that log what they are given leak them (reported); a
// user name, or a helper that logs only when asked, does not (silent).
package web

import (
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/tokenleak/logparamfact/audit"
)

type App struct {
	Trail *audit.Trail
	Conf  *oauth2.Config
}

func (a *App) Logout(w http.ResponseWriter, r *http.Request, tok *oauth2.Token, user string) {
	a.Trail.Revoked("refresh", tok.RefreshToken) // want `refresh token written to a log: \(\*audit.Trail\).Revoked \(which calls`
	a.Trail.Revoked("user", user)
	audit.Debug(false, tok.AccessToken)
	w.WriteHeader(http.StatusNoContent)
}
