// Package exactgate keeps go-oauth2's default redirect validator (host
// suffix) but its authorization endpoint refuses any redirect_uri that is
// not one of the client's registered URIs, compared exactly, before the
// library sees the request: the default decides nothing (silent).
package exactgate

import (
	"context"
	"net/http"
	"strings"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

type Endpoint struct {
	clients oauth2.ClientStore
	srv     *server.Server
}

func New(clients oauth2.ClientStore) *Endpoint {
	m := manage.NewDefaultManager()
	m.MapClientStorage(clients)
	srv := server.NewServer(&server.Config{
		TokenType:                   "Bearer",
		AllowedResponseTypes:        []oauth2.ResponseType{oauth2.Code},
		AllowedGrantTypes:           []oauth2.GrantType{oauth2.AuthorizationCode, oauth2.Refreshing},
		AllowedCodeChallengeMethods: []oauth2.CodeChallengeMethod{oauth2.CodeChallengeS256},
		ForcePKCE:                   true,
	}, m)
	srv.SetUserAuthorizationHandler(func(w http.ResponseWriter, r *http.Request) (string, error) {
		return r.Header.Get("X-User"), nil
	})
	return &Endpoint{clients: clients, srv: srv}
}

func (e *Endpoint) Authorize(w http.ResponseWriter, r *http.Request) {
	form := r.URL.Query()
	client, err := e.clients.GetByID(context.Background(), form.Get("client_id"))
	if err != nil {
		http.Error(w, "invalid_client", http.StatusBadRequest)
		return
	}
	requested := form.Get("redirect_uri")
	registered := map[string]bool{}
	for _, u := range strings.Fields(client.GetDomain()) {
		registered[u] = true
	}
	if !registered[requested] {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	if form.Get("approve") == "yes" {
		if err := e.srv.HandleAuthorizeRequest(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
		return
	}
	w.Write([]byte("consent page"))
}
