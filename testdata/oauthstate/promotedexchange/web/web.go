package web

import (
	"net/http"

	"example.com/fixtures/oauthstate/promotedexchange/login"
)

type Server struct {
	P login.Provider
}

func (s *Server) Start(w http.ResponseWriter, r *http.Request) {
	u, st := s.P.StartURL()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st, HttpOnly: true, Secure: true})
	http.Redirect(w, r, u, http.StatusFound)
}

// Done never looks at the state the Start cookie holds.
func (s *Server) Done(w http.ResponseWriter, r *http.Request) {
	tok, err := s.P.Exchange(r.Context(), r.URL.Query().Get("code")) // want `callback exchanges the code without checking state`
	if err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: tok.AccessToken, HttpOnly: true, Secure: true})
}

// Checked compares the state with the cookie first: silent.
func (s *Server) Checked(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("st")
	if err != nil || c.Value == "" || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := s.P.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
	}
}
