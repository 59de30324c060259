// Command gooauth2allowall installs a go-oauth2 check of each client's
// grants that answers yes to every client and grant: it decides nothing,
// so the password grant it enables is every client's (reported). A
// second server's check really asks the registration (silent).
package main

import (
	"context"
	"errors"
	"net/http"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func login(ctx context.Context, clientID, user, pass string) (string, error) {
	return "", errors.New("not implemented")
}

var trustedClients = map[string]bool{"first-party-app": true}

func main() {
	mgr := manage.NewDefaultManager()

	open := server.NewDefaultServer(mgr)
	open.SetAllowedGrantType(oauth2.AuthorizationCode, oauth2.PasswordCredentials, oauth2.Refreshing)
	open.SetClientAuthorizedHandler(func(clientID string, grant oauth2.GrantType) (bool, error) {
		return true, nil
	})
	open.SetPasswordAuthorizationHandler(login) // want `this authorization server accepts the password grant for every client`

	checked := server.NewDefaultServer(mgr)
	checked.SetAllowedGrantType(oauth2.AuthorizationCode, oauth2.PasswordCredentials, oauth2.Refreshing)
	checked.SetClientAuthorizedHandler(func(clientID string, grant oauth2.GrantType) (bool, error) {
		if grant == oauth2.PasswordCredentials {
			return trustedClients[clientID], nil
		}
		return true, nil
	})
	checked.SetPasswordAuthorizationHandler(login)

	http.HandleFunc("/open/token", func(w http.ResponseWriter, r *http.Request) { _ = open.HandleTokenRequest(w, r) })
	http.HandleFunc("/checked/token", func(w http.ResponseWriter, r *http.Request) { _ = checked.HandleTokenRequest(w, r) })
	_ = http.ListenAndServe("127.0.0.1:9096", nil)
}
