// Package ifacecall's handler passes the method to its service through an
// interface; the one implementation, here, switches on it and takes plain.
package ifacecall

import (
	"context"
	"errors"
	"net/http"
)

type Authorizer interface {
	Grant(ctx context.Context, clientID, challenge, method string) (string, error)
}

type Handler struct{ svc Authorizer }

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	code, err := h.svc.Grant(r.Context(), q.Get("client_id"), q.Get("code_challenge"), q.Get("code_challenge_method"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, "https://app.example.com/cb?code="+code, http.StatusFound)
}

type kind uint8

const (
	kindS256 kind = iota + 1
	kindPlain
)

type service struct{ stored map[string]kind }

var errMethod = errors.New("unsupported code_challenge_method")

func (s *service) Grant(ctx context.Context, clientID, challenge, method string) (string, error) {
	var k kind
	switch method {
	case "", "S256":
		k = kindS256
	case "plain": // want `this authorization server accepts code_challenge_method=plain: the authorization endpoint accepts code_challenge_method "plain" \(switch case in Grant\)`
		k = kindPlain
	default:
		return "", errMethod
	}
	s.stored[challenge] = k
	return "code", nil
}

func New() *Handler { return &Handler{svc: &service{stored: map[string]kind{}}} }
