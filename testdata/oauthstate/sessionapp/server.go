// The same done differently: a server type, oauth2.GenerateVerifier for
// the state, a session map, and the check in a helper the callback calls.
package sessionapp

import (
	"errors"
	"net/http"
	"sync"

	"golang.org/x/oauth2"
)

type Server struct {
	OAuth    *oauth2.Config
	mu       sync.Mutex
	sessions map[string]string // session id -> pending state
}

func (s *Server) HandleLogin(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	sid := oauth2.GenerateVerifier()
	s.mu.Lock()
	s.sessions[sid] = st
	s.mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, HttpOnly: true, Secure: true})
	http.Redirect(w, r, s.OAuth.AuthCodeURL(st, oauth2.AccessTypeOffline), http.StatusSeeOther)
}

func (s *Server) checkState(r *http.Request) error {
	c, err := r.Cookie("sid")
	if err != nil {
		return err
	}
	s.mu.Lock()
	want := s.sessions[c.Value]
	delete(s.sessions, c.Value)
	s.mu.Unlock()
	if want == "" || r.FormValue("state") != want {
		return errors.New("state mismatch")
	}
	return nil
}

func (s *Server) HandleCallback(w http.ResponseWriter, r *http.Request) {
	if err := s.checkState(r); err != nil {
		http.Error(w, err.Error(), http.StatusForbidden)
		return
	}
	code := r.FormValue("code")
	if _, err := s.OAuth.Exchange(r.Context(), code); err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
	}
}
