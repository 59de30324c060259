// Package guardedhelper2 logs a refresh token through a helper guarded
// by two of its parameters (a debug switch and a status): calls with
// the switch off, or a success status, never log (silent); a call with
// the switch on and an error status does (reported).
package guardedhelper2

import (
	"log"
	"net/http"

	"example.com/fixtures/tokenleak/guardedhelper2/respond"
	"golang.org/x/oauth2"
)

func trace(debug bool, code int, what string, v any) {
	if debug && !(code < 400) {
		log.Printf("%s: %v", what, v)
	}
}

func Refreshed(w http.ResponseWriter, tok *oauth2.Token) {
	trace(respond.Debug, http.StatusOK, "refreshed", tok.RefreshToken)
	trace(true, http.StatusOK, "refreshed", tok.RefreshToken)
	trace(respond.Debug, http.StatusInternalServerError, "refresh failed", tok.RefreshToken)
	trace(true, http.StatusBadGateway, "refresh failed", tok.RefreshToken) // want `refresh token written to a log`
}
