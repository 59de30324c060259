// Package gooauth2tokenfield keeps its go-oauth2 servers in struct
// fields. A server in an unexported field that only token methods read
// has no authorization endpoint (the field cannot be selected outside
// this package); one in an exported field, or handed out by a method,
// may be served anywhere.
package gooauth2tokenfield

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

type Handler struct {
	srv  *server.Server
	name string
}

func NewHandler(m *manage.Manager) *Handler {
	srv := server.NewDefaultServer(m)
	srv.SetAllowedResponseType(oauth2.Token)
	srv.SetAllowedGrantType(oauth2.ClientCredentials, oauth2.Refreshing)
	return &Handler{srv: srv, name: "tokens"}
}

func (h *Handler) Token(w http.ResponseWriter, r *http.Request) {
	_ = h.srv.HandleTokenRequest(w, r)
}

func (h *Handler) Revoke(w http.ResponseWriter, r *http.Request) {
	ti, err := h.srv.ValidationBearerToken(r)
	if err == nil {
		_ = h.srv.Manager.RemoveAccessToken(r.Context(), ti.GetAccess())
	}
}

// Public exposes its server in an exported field.
type Public struct {
	Srv *server.Server
}

func NewPublic(m *manage.Manager) *Public {
	p := &Public{}
	p.Srv = server.NewDefaultServer(m)
	p.Srv.SetAllowedResponseType(oauth2.Token) // want `this authorization server allows the implicit grant for every client: SetAllowedResponseType includes token`
	return p
}

// Handing is like Handler, but a method hands the server out.
type Handing struct {
	oauth *server.Server
}

func NewHanding(m *manage.Manager) *Handing {
	h := &Handing{}
	h.oauth = server.NewDefaultServer(m)
	h.oauth.SetAllowedResponseType(oauth2.Code, oauth2.Token) // want `this authorization server allows the implicit grant for every client: SetAllowedResponseType includes token`
	return h
}

func (h *Handing) Token(w http.ResponseWriter, r *http.Request) {
	_ = h.oauth.HandleTokenRequest(w, r)
}

func (h *Handing) OAuth2Server() *server.Server { return h.oauth }

// Authorizing reads an unexported field too, and serves the
// authorization endpoint from it.
type Authorizing struct {
	srv *server.Server
}

func NewAuthorizing(m *manage.Manager) *Authorizing {
	srv := server.NewDefaultServer(m) // want `this authorization server allows the implicit grant for every client: server.NewDefaultServer allows response types code and token by default`
	a := &Authorizing{}
	a.srv = srv
	return a
}

func (a *Authorizing) Authorize(w http.ResponseWriter, r *http.Request) {
	_ = a.srv.HandleAuthorizeRequest(w, r)
}
