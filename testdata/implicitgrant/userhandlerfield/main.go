// Command userhandlerfield installs its user handler by assigning the
// server's field: the authorization endpoint issues what the defaults
// allow, token included.
package main

import (
	"net/http"

	"github.com/go-oauth2/oauth2/v4/manage"
	"github.com/go-oauth2/oauth2/v4/server"
)

func session(r *http.Request) (string, error) {
	c, err := r.Cookie("uid")
	if err != nil {
		return "", err
	}
	return c.Value, nil
}

func main() {
	as := server.NewDefaultServer(manage.NewDefaultManager()) // want `this authorization server allows the implicit grant for every client: server.NewDefaultServer allows response types code and token by default, and SetUserAuthorizationHandler makes it usable`
	as.UserAuthorizationHandler = func(w http.ResponseWriter, r *http.Request) (string, error) {
		return session(r)
	}
	http.HandleFunc("/oauth/authorize", func(w http.ResponseWriter, r *http.Request) {
		_ = as.HandleAuthorizeRequest(w, r)
	})
	http.ListenAndServe(":9096", nil)
}
