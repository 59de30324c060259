// A server-side web app that sends the browser to GitHub's authorize
// endpoint: a confidential client, for which PKCE is recommended but not
// what this rule reports.
package web

import (
	"net/http"
	"net/url"
)

func Login(w http.ResponseWriter, r *http.Request) {
	q := url.Values{}
	q.Set("client_id", "web-app")
	q.Set("redirect_uri", "https://app.example.com/callback")
	q.Set("state", "st")
	http.Redirect(w, r, "https://github.com/login/oauth/authorize?"+q.Encode(), http.StatusFound)
}
