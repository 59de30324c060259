// Package callback logs what session.CodeFlowTokens returned: the access
// token logged before it is sealed is reported, its sealed form and the
// error are not.
package callback

import (
	"net/http"

	"go.uber.org/zap"
	"golang.org/x/oauth2"

	"example.com/fixtures/tokenleak/tokenresult/session"
)

func Handler(log *zap.Logger, conf *oauth2.Config, key []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		access, _, refresh, err := session.CodeFlowTokens(r.Context(), conf, r)
		if err != nil {
			log.Warn("code exchange failed", zap.Error(err))
			http.Error(w, "sign-in failed", http.StatusUnauthorized)
			return
		}
		raw := access
		log.Debug("issuing access token", zap.String("access token", raw)) // want `access token written to a log`
		access, err = session.Seal(access, key)
		if err != nil {
			http.Error(w, "sign-in failed", http.StatusInternalServerError)
			return
		}
		log.Debug("cookie value", zap.String("access", access))
		log.Info("refresh token kept", zap.Int("length", len(refresh)))
		http.SetCookie(w, &http.Cookie{Name: "at", Value: access, HttpOnly: true, Secure: true})
	}
}
