// A web app whose callback checks the state with a helper package that
// keeps every login's state in one sync.Map, then exchanges the code
// itself.
package unboundsplit2

import (
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/unboundsplit2/states"
)

var conf = &oauth2.Config{
	ClientID: "wiki", ClientSecret: "s", RedirectURL: "https://wiki.example.com/auth/cb",
	Endpoint: oauth2.Endpoint{AuthURL: "https://sso.example.com/auth", TokenURL: "https://sso.example.com/token"},
}

func login(w http.ResponseWriter, r *http.Request) {
	s := oauth2.GenerateVerifier()
	states.Remember(s)
	http.Redirect(w, r, conf.AuthCodeURL(s), http.StatusSeeOther)
}

func callback(w http.ResponseWriter, r *http.Request) {
	if !states.Known(r.FormValue("state")) { // want `state not bound to the browser: the callback looks the request's state up in pending \(through states.Known at states.go:18\)`
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := conf.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func main() {
	http.HandleFunc("/login", login)
	http.HandleFunc("/auth/cb", callback)
	_ = http.ListenAndServe(":8080", nil)
}
