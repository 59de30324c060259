// Package api redeems the code and hands the tokens to the store of
// another package: Save writes the refresh token to the log through a
// zap field (reported); Forget logs its length, and the user name is
// no secret (silent).
package api

import (
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/tokenleak/zapfields/tokens"
)

type Handler struct {
	Conf  *oauth2.Config
	Store *tokens.Store
}

func (h *Handler) Callback(w http.ResponseWriter, r *http.Request) {
	tok, err := h.Conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	user := r.URL.Query().Get("user")
	h.Store.Save(user, tok.RefreshToken) // want `refresh token written to a log: \(\*tokens.Store\).Save \(which calls`
	h.Store.Forget(user, tok.RefreshToken)
	w.WriteHeader(http.StatusNoContent)
}
