// A desktop helper whose callback is a ServeHTTP method: it passes the
// form's code to a method of the package that copies it and redeems it
// with x/oauth2, without reading the state.
package paramcode2

import (
	"context"
	"net/http"

	"golang.org/x/oauth2"
)

type session struct {
	cfg    *oauth2.Config
	tokens chan *oauth2.Token
}

func (s *session) begin() string {
	return s.cfg.AuthCodeURL(oauth2.GenerateVerifier())
}

func (s *session) finish(ctx context.Context, grant string) error {
	c := grant
	tok, err := s.cfg.Exchange(ctx, c) // want `callback exchanges the code without checking state`
	if err != nil {
		return err
	}
	s.tokens <- tok
	return nil
}

type receiver struct{ s *session }

func (rc receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if err := rc.s.finish(req.Context(), req.FormValue("code")); err != nil {
		http.Error(w, "login failed", http.StatusUnauthorized)
	}
}

// guarded hands the request to a verifier it is given, which may check
// the state: unknown, and silent.
type guarded struct {
	s      *session
	verify func(*http.Request) bool
}

func (g guarded) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if !g.verify(req) {
		return
	}
	_ = g.s.other(req.Context(), req.FormValue("code"))
}

func (s *session) other(ctx context.Context, code string) error {
	_, err := s.cfg.Exchange(ctx, code)
	return err
}

// helper takes only the request: a helper of a handler that may have
// checked the state before calling it.
func (s *session) helper(req *http.Request) error {
	return s.other(req.Context(), req.FormValue("code"))
}
