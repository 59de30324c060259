// Command gooauth2perclient keeps go-oauth2's default grants, password
// included, and a password handler. Its check of each client's grants,
// assigned to the server's field, decides who may use the password grant
// (silent); a second server without one lets every client (reported).
package main

import (
	"context"
	"errors"
	"net/http"

	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

var errDenied = errors.New("denied")

func checkPassword(ctx context.Context, clientID, user, pass string) (string, error) {
	return "", errDenied
}

type registry interface {
	Grants(ctx context.Context, clientID string) ([]string, error)
}

func main() {
	var reg registry
	mgr := manage.NewDefaultManager()

	trusted := server.NewDefaultServer(mgr)
	trusted.ClientAuthorizedHandler = func(clientID string, gt oauth2.GrantType) (bool, error) {
		gs, err := reg.Grants(context.Background(), clientID)
		if err != nil {
			return false, err
		}
		for _, g := range gs {
			if g == gt.String() {
				return true, nil
			}
		}
		return false, nil
	}
	trusted.SetPasswordAuthorizationHandler(checkPassword)

	open := server.NewDefaultServer(mgr)
	open.SetPasswordAuthorizationHandler(checkPassword) // want `this authorization server accepts the password grant for every client`

	http.HandleFunc("/t/token", func(w http.ResponseWriter, r *http.Request) { _ = trusted.HandleTokenRequest(w, r) })
	http.HandleFunc("/o/token", func(w http.ResponseWriter, r *http.Request) { _ = open.HandleTokenRequest(w, r) })
	_ = http.ListenAndServe("127.0.0.1:9096", nil)
}
