// Package logoutlink sends the browser to Keycloak's legacy logout
// endpoint, which takes client_id and redirect_uri like an authorization
// request without response_type: a logout, not a login, so no state is
// due; silent. Its login link, the same parameters sent to the
// authorization endpoint without a state, is reported.
package logoutlink

import (
	"net/http"
	"net/url"
	"os"
)

func Logout(w http.ResponseWriter, r *http.Request) {
	target, err := url.Parse(os.Getenv("KEYCLOAK_URL") + "/protocol/openid-connect/logout")
	if err != nil {
		http.Error(w, "bad logout URL", http.StatusInternalServerError)
		return
	}
	q := url.Values{}
	q.Add("redirect_uri", "https://"+r.Host+"/goodbye")
	q.Add("client_id", os.Getenv("KEYCLOAK_CLIENT"))
	target.RawQuery = q.Encode()
	http.Redirect(w, r, target.String(), http.StatusTemporaryRedirect)
}

func SignIn(w http.ResponseWriter, r *http.Request) {
	q := url.Values{} // want `authorization request without a state`
	q.Add("redirect_uri", "https://"+r.Host+"/callback")
	q.Add("client_id", os.Getenv("GITHUB_CLIENT"))
	http.Redirect(w, r, "https://github.com/login/oauth/authorize?"+q.Encode(), http.StatusFound)
}
