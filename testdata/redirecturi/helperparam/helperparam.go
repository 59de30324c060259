// An authorization endpoint that checks the requested redirect URI in
// helpers whose parameters are not named for it: what the call binds
// them to says what they hold.
package helperparam

import (
	"net/http"
	"strings"
)

var apps = map[string]string{"crm": "https://crm.example.com/oauth"}

func permitted(app, target string) bool {
	return strings.HasPrefix(target, apps[app]) // want `redirect_uri matched by prefix`
}

func same(app, target string) bool {
	return target == apps[app]
}

// A helper the package uses for something else only: silent.
func underDocs(path string) bool {
	return strings.HasPrefix(path, "https://docs.example.com/")
}

func authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if !permitted(q.Get("client_id"), q.Get("redirect_uri")) {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, q.Get("redirect_uri")+"?code=c1&state="+q.Get("state"), http.StatusFound)
}

func authorizeExact(w http.ResponseWriter, r *http.Request) {
	back := r.FormValue("redirect_uri")
	if !same(r.FormValue("client_id"), back) {
		http.Error(w, "invalid redirect_uri", http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, back+"?code=c2&state="+r.FormValue("state"), http.StatusFound)
}

func help(w http.ResponseWriter, r *http.Request) {
	if u := r.FormValue("page"); underDocs(u) {
		http.Redirect(w, r, u, http.StatusFound)
	}
}
