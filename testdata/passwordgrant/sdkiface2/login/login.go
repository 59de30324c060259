// Package login is sdkiface written differently, on go-auth0: the
// interface names only the one method, the SDK value comes in through a
// function value's parameter, and the call is in a closure.
package login

import (
	"context"
	"net/http"

	"github.com/auth0/go-auth0/authentication"
	"github.com/auth0/go-auth0/authentication/oauth"
)

type passwordExchanger interface {
	LoginWithPassword(ctx context.Context, body oauth.LoginWithPasswordRequest, validationOptions oauth.IDTokenValidationOptions, opts ...authentication.RequestOption) (*oauth.TokenSet, error)
}

var Wire = func(o *authentication.OAuth) http.Handler {
	var ex passwordExchanger = o
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ts, err := ex.LoginWithPassword(r.Context(), oauth.LoginWithPasswordRequest{ // want `resource owner password credentials grant \(from \(\*authentication\.OAuth\)\.LoginWithPassword\)`
			Username: r.PostFormValue("user"),
			Password: r.PostFormValue("pass"),
		}, oauth.IDTokenValidationOptions{})
		if err != nil {
			http.Error(w, "denied", http.StatusUnauthorized)
			return
		}
		http.SetCookie(w, &http.Cookie{Name: "session", Value: ts.AccessToken, HttpOnly: true, Secure: true})
	})
}

func Background(ctx context.Context) context.Context { return ctx }
