// Command uncheckedbranch2 is uncheckedbranch written differently: a
// switch on the response type, the URI read in the handler itself, the
// code case storing the URI, the token case redirecting through a helper
// with the token in the fragment: reported at the helper's call.
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

type grants struct{ pending map[string]string }

func sendFragment(w http.ResponseWriter, r *http.Request, to string, v url.Values) {
	http.Redirect(w, r, fmt.Sprintf("%s#%s", to, v.Encode()), http.StatusFound)
}

func (g *grants) authorize(w http.ResponseWriter, r *http.Request) {
	cb := r.URL.Query().Get("redirect_uri")
	switch r.URL.Query().Get("response_type") {
	case "code":
		code := fmt.Sprint(len(g.pending))
		g.pending[code] = cb
		http.Redirect(w, r, cb+"?code="+code, http.StatusFound)
		return
	case "token":
		v := url.Values{}
		v.Set("access_token", "tok-"+r.URL.Query().Get("client_id"))
		sendFragment(w, r, cb, v) // want `redirect_uri never checked: this authorization response sends the access token to whatever URI the request names`
	default:
		http.Error(w, "unsupported_response_type", http.StatusBadRequest)
	}
}

func main() {
	g := &grants{pending: map[string]string{}}
	http.HandleFunc("/authorize", g.authorize)
	http.ListenAndServe(":8081", nil)
}
