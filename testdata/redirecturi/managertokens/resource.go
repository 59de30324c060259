// Package managertokens is a resource server that checks bearer tokens
// with a go-oauth2 manager it keeps to itself: it only loads tokens,
// never asks the manager for a code or a token, and no redirect URI is
// ever judged, so the default validator's loose matching never runs
// (silent). A second manager that grants codes is reported.
package managertokens

import (
	"context"
	"net/http"
	"strings"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/store"
)

var tokens = manage.NewDefaultManager()

func init() {
	tokens.MustTokenStorage(store.NewMemoryTokenStore())
}

func Protect(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		bearer := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if _, err := tokens.LoadAccessToken(r.Context(), bearer); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

var grants = manage.NewDefaultManager() // want `this authorization server does not compare redirect URIs exactly: manage.NewDefaultManager keeps manage.DefaultValidateURI`

func Grant(ctx context.Context, clientID, userID, redirect string) (oauth2.TokenInfo, error) {
	return grants.GenerateAuthToken(ctx, oauth2.Code, &oauth2.TokenGenerateRequest{ClientID: clientID, UserID: userID, RedirectURI: redirect})
}
