// Package gooauth2allowall2 writes the allow-all check differently: a
// named function of the package assigned to the server's field, on a
// server built from a Config literal that allows the token response
// type (reported).
package gooauth2allowall2

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

// anyClient lets every client use every grant: its named result is
// set once, before the bare return.
func anyClient(string, oauth2.GrantType) (allowed bool, err error) {
	allowed = true
	return
}

var implicitClients = map[string]bool{"legacy-spa": true}

// someClients lets the implicit grant only to the clients listed.
func someClients(id string, gt oauth2.GrantType) (allowed bool, err error) {
	allowed = true
	if gt == oauth2.Implicit {
		allowed = implicitClients[id]
	}
	return
}

func currentUser(w http.ResponseWriter, r *http.Request) (string, error) {
	c, err := r.Cookie("session")
	if err != nil {
		return "", err
	}
	return c.Value, nil
}

func New(mgr *manage.Manager) *server.Server {
	srv := server.NewServer(&server.Config{
		TokenType:                   "Bearer",
		AllowedResponseTypes:        []oauth2.ResponseType{oauth2.Code, oauth2.Token}, // want `this authorization server allows the implicit grant for every client`
		AllowedGrantTypes:           []oauth2.GrantType{oauth2.AuthorizationCode, oauth2.Refreshing, oauth2.Implicit},
		AllowedCodeChallengeMethods: []oauth2.CodeChallengeMethod{oauth2.CodeChallengeS256},
		ForcePKCE:                   true,
	}, mgr)
	srv.ClientAuthorizedHandler = anyClient
	srv.UserAuthorizationHandler = currentUser
	return srv
}

// NewLegacy allows the implicit grant to the clients someClients lists:
// silent.
func NewLegacy(mgr *manage.Manager) *server.Server {
	srv := server.NewServer(&server.Config{
		TokenType:            "Bearer",
		AllowedResponseTypes: []oauth2.ResponseType{oauth2.Code, oauth2.Token},
		AllowedGrantTypes:    []oauth2.GrantType{oauth2.AuthorizationCode, oauth2.Implicit},
		ForcePKCE:            true,
	}, mgr)
	srv.SetClientAuthorizedHandler(someClients)
	srv.SetUserAuthorizationHandler(currentUser)
	return srv
}
