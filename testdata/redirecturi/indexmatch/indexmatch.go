// Authorization endpoints that test the requested redirect URI with
// strings.Index: against -1 it is a substring test, against 0 a prefix
// test (both reported); an index used to cut the URI is no test (silent).
package indexmatch

import (
	"net/http"
	"strings"
)

type app struct{ callback string }

var apps = map[string]app{"crm": {callback: "https://crm.example.com/oauth"}}

func authorize(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("redirect_uri")
	a := apps[r.FormValue("client_id")]
	if strings.Index(target, a.callback) == -1 { // want `redirect_uri matched by substring \(strings.Index compared with -1\)`
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, target+"?code=abc&state="+r.FormValue("state"), http.StatusFound)
}

func authorizePrefix(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("redirect_uri")
	a := apps[r.URL.Query().Get("client_id")]
	if 0 != strings.Index(target, a.callback) { // want `redirect_uri matched by prefix \(strings.Index compared with 0\)`
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, target+"?code=abd&state="+r.URL.Query().Get("state"), http.StatusFound)
}

func authorizeExact(w http.ResponseWriter, r *http.Request) {
	target := r.FormValue("redirect_uri")
	if target != apps[r.FormValue("client_id")].callback {
		http.Error(w, "invalid_request", http.StatusBadRequest)
		return
	}
	base := target
	if i := strings.Index(target, "?"); i >= 0 {
		base = target[:i]
	}
	http.Redirect(w, r, base+"?code=abe&state="+r.FormValue("state"), http.StatusFound)
}
