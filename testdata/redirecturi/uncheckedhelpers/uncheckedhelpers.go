// Package uncheckedhelpers reads the requested redirect URI in a helper
// that returns it parsed, and redirects through a helper of its own: the
// URI is compared with nothing on the way.
package uncheckedhelpers

import (
	"fmt"
	"net/http"
	"net/url"
)

type grantRequest struct{ clientID, state string }

func readGrant(r *http.Request) (*grantRequest, *url.URL, error) {
	if err := r.ParseForm(); err != nil {
		return nil, nil, err
	}
	back, err := url.Parse(r.Form.Get("redirect_uri"))
	if err != nil {
		return nil, nil, err
	}
	return &grantRequest{clientID: r.Form.Get("client_id"), state: r.Form.Get("state")}, back, nil
}

func sendBack(w http.ResponseWriter, r *http.Request, to string, q url.Values) {
	http.Redirect(w, r, fmt.Sprintf("%s?%s", to, q.Encode()), http.StatusFound)
}

func Grant(w http.ResponseWriter, r *http.Request) {
	g, back, err := readGrant(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	q := back.Query()
	q.Set("code", "c-"+g.clientID)
	q.Set("state", g.state)
	sendBack(w, r, back.String(), q) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names`
}
