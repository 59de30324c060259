// Package gooauth2tokenonly is implicitgrant/gooauth2tokenonly written
// differently: servers made with NewServer and kept in unexported package
// variables. The token-only one accepts no code challenge at all (it has
// no authorization endpoint); the one whose authorization request is
// validated by hand does, plain included.
package gooauth2tokenonly

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

var (
	tokens *server.Server
	login  *server.Server
)

type tokenHandler struct{}

func (tokenHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	_ = tokens.HandleTokenRequest(w, r)
}

func Init(m *manage.Manager) {
	tokens = server.NewServer(server.NewConfig(), m)
	login = server.NewServer(server.NewConfig(), m) // want `this authorization server accepts code_challenge_method=plain: server.NewConfig allows code challenge methods plain and S256 by default`
	http.Handle("/token", tokenHandler{})
	http.HandleFunc("/authorize", authorize)
}

func authorize(w http.ResponseWriter, r *http.Request) {
	req, err := login.ValidationAuthorizeRequest(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	_, _ = login.GetAuthorizeToken(r.Context(), req)
}
