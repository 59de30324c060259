// Package redeemchain2 builds its handlers as closures and reaches
// x/oauth2's Exchange three calls below the callback: the sign-in
// callback never reads the state (reported at the exchange); the
// account-linking callback compares it with its cookie (silent).
package redeemchain2

import (
	"context"
	"crypto/rand"
	"errors"
	"net/http"

	"golang.org/x/oauth2"
)

type users struct{ conf *oauth2.Config }

func (u *users) SignIn(ctx context.Context, authCode string) (*oauth2.Token, error) {
	if authCode == "" {
		return nil, errors.New("no code")
	}
	return u.grant(ctx, authCode)
}

func (u *users) grant(ctx context.Context, c string) (*oauth2.Token, error) {
	return u.redeem(ctx, c)
}

func (u *users) redeem(ctx context.Context, v string) (*oauth2.Token, error) {
	return u.conf.Exchange(ctx, v) // want `callback exchanges the code without checking state: the handler at redeemchain2.go:\d+`
}

func (u *users) Link(ctx context.Context, authCode string) (*oauth2.Token, error) {
	return u.linkGrant(ctx, authCode)
}

func (u *users) linkGrant(ctx context.Context, c string) (*oauth2.Token, error) {
	return u.conf.Exchange(ctx, c)
}

type server struct {
	users *users
	conf  *oauth2.Config
}

func (s *server) start() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		st := rand.Text()
		http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
		http.Redirect(w, r, s.conf.AuthCodeURL(st), http.StatusSeeOther)
	}
}

func (s *server) finish() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if _, err := s.users.SignIn(r.Context(), r.FormValue("code")); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		http.Redirect(w, r, "/", http.StatusSeeOther)
	}
}

func (s *server) link() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("st")
		if err != nil || c.Value == "" || c.Value != r.FormValue("state") {
			http.Error(w, "bad state", http.StatusForbidden)
			return
		}
		if _, err := s.users.Link(r.Context(), r.FormValue("code")); err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		http.Redirect(w, r, "/account", http.StatusSeeOther)
	}
}

func (s *server) mount(mux *http.ServeMux) {
	mux.Handle("/login", s.start())
	mux.Handle("/callback", s.finish())
	mux.Handle("/link/callback", s.link())
}
