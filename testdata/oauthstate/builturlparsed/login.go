// The near miss of builturl: the query starts from a configured endpoint
// parsed with url.Parse, which holds no state, and the handler adds none.
// Still reported.
package builturlparsed

import (
	"net/http"
	"net/url"
)

type Login struct {
	AuthorizeURL string
	ClientID     string
	CallbackURL  string
}

func (l *Login) Start(w http.ResponseWriter, r *http.Request) {
	uri, err := url.Parse(l.AuthorizeURL)
	if err != nil {
		http.Error(w, "bad endpoint", http.StatusInternalServerError)
		return
	}
	query := uri.Query() // want `authorization request without a state`
	query.Add("client_id", l.ClientID)
	query.Add("response_type", "code")
	query.Add("redirect_uri", l.CallbackURL)
	uri.RawQuery = query.Encode()
	http.Redirect(w, r, uri.String(), http.StatusFound)
}
