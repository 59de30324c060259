// The same consent step with the form built in a variable and set as
// the request's PostForm (silent); a login that sends such a form as a
// URL without a state is still reported.
package servedform2

import (
	"net/http"
	"net/url"

	"github.com/go-oauth2/oauth2/v4/server"
)

type approval struct{ client, redirect string }

func approve(srv *server.Server, a approval) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		form := url.Values{}
		form.Set("response_type", "code")
		form.Set("client_id", a.client)
		form.Set("redirect_uri", a.redirect)
		r.PostForm = form
		_ = srv.HandleAuthorizeRequest(w, r)
	}
}

func login(w http.ResponseWriter, r *http.Request) {
	q := url.Values{} // want `authorization request without a state`
	q.Set("response_type", "code")
	q.Set("client_id", "wiki")
	q.Set("redirect_uri", "https://wiki.example.com/cb")
	http.Redirect(w, r, "https://idp.example.com/authorize?"+q.Encode(), http.StatusFound)
}

func main() {
	http.HandleFunc("/login", login)
	_ = http.ListenAndServe(":8080", nil)
}
