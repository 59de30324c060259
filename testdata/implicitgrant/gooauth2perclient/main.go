// Command gooauth2perclient runs two go-oauth2 servers that allow the
// implicit grant in their configuration. The first asks each client's
// registration whether it may use a grant (SetClientAuthorizedHandler):
// which clients get the implicit grant is decided at run time (silent).
// The second installs no such check (a nil handler is none): every client
// may use it (reported).
package main

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
	"github.com/go-oauth2/oauth2/v4/store"
)

type clientGrants map[string][]oauth2.GrantType

func (g clientGrants) allowed(clientID string, gt oauth2.GrantType) (bool, error) {
	for _, x := range g[clientID] {
		if x == gt {
			return true, nil
		}
	}
	return false, nil
}

func session(w http.ResponseWriter, r *http.Request) (string, error) {
	c, err := r.Cookie("uid")
	if err != nil {
		return "", err
	}
	return c.Value, nil
}

func main() {
	mgr := manage.NewDefaultManager()
	mgr.MustTokenStorage(store.NewMemoryTokenStore())
	mgr.MapClientStorage(store.NewClientStore())
	mgr.SetValidateURIHandler(func(base, redirect string) error {
		if base != redirect {
			return http.ErrNoLocation
		}
		return nil
	})

	registered := clientGrants{}
	perClient := server.NewServer(&server.Config{
		TokenType:                   "Bearer",
		AllowedResponseTypes:        []oauth2.ResponseType{oauth2.Code, oauth2.Token},
		AllowedGrantTypes:           []oauth2.GrantType{oauth2.AuthorizationCode, oauth2.Refreshing, oauth2.Implicit},
		AllowedCodeChallengeMethods: []oauth2.CodeChallengeMethod{oauth2.CodeChallengeS256},
		ForcePKCE:                   true,
	}, mgr)
	perClient.SetClientAuthorizedHandler(registered.allowed)
	perClient.SetUserAuthorizationHandler(session)

	everyone := server.NewServer(&server.Config{
		TokenType:                   "Bearer",
		AllowedResponseTypes:        []oauth2.ResponseType{oauth2.Code, oauth2.Token}, // want `this authorization server allows the implicit grant for every client`
		AllowedGrantTypes:           []oauth2.GrantType{oauth2.AuthorizationCode, oauth2.Refreshing, oauth2.Implicit},
		AllowedCodeChallengeMethods: []oauth2.CodeChallengeMethod{oauth2.CodeChallengeS256},
		ForcePKCE:                   true,
	}, mgr)
	everyone.SetClientAuthorizedHandler(nil)
	everyone.SetUserAuthorizationHandler(session)

	http.HandleFunc("/a/authorize", func(w http.ResponseWriter, r *http.Request) { _ = perClient.HandleAuthorizeRequest(w, r) })
	http.HandleFunc("/b/authorize", func(w http.ResponseWriter, r *http.Request) { _ = everyone.HandleAuthorizeRequest(w, r) })
	_ = http.ListenAndServe("127.0.0.1:9096", nil)
}
