// The same flaw with a gorilla session: the stored state is read with a
// comma-ok type assertion whose ok is dropped, so it is "" for a browser
// with no session; the comparison sits in a helper the handler hands the
// request's state to. A second callback checks ok: silent.
package emptystored2

import (
	"net/http"

	"github.com/gorilla/sessions"
	"golang.org/x/oauth2"
)

type app struct {
	store sessions.Store
	oc    *oauth2.Config
}

func (a *app) login(w http.ResponseWriter, r *http.Request) {
	sess, _ := a.store.Get(r, "web")
	st := oauth2.GenerateVerifier()
	sess.Values["oauth_state"] = st
	_ = sess.Save(r, w)
	http.Redirect(w, r, a.oc.AuthCodeURL(st), http.StatusSeeOther)
}

func (a *app) sameState(r *http.Request, fromIdP string) bool {
	sess, _ := a.store.Get(r, "web")
	expected, _ := sess.Values["oauth_state"].(string)
	return expected == fromIdP // want `state check passes an empty state: the callback compares the request's state with expected, which is "" when this browser stored none \(expected is "" when nothing is stored \(the type assertion's ok is dropped\)\)`
}

func (a *app) callback(w http.ResponseWriter, r *http.Request) {
	if !a.sameState(r, r.URL.Query().Get("state")) {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	tok, err := a.oc.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	_ = tok
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (a *app) checkedState(r *http.Request, fromIdP string) bool {
	sess, _ := a.store.Get(r, "web")
	expected, ok := sess.Values["oauth_state"].(string)
	return ok && expected == fromIdP
}

func (a *app) callbackChecked(w http.ResponseWriter, r *http.Request) {
	if !a.checkedState(r, r.URL.Query().Get("state")) {
		http.Error(w, "state mismatch", http.StatusBadRequest)
		return
	}
	if _, err := a.oc.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func main() {
	a := &app{store: sessions.NewCookieStore([]byte("from-config-key-0123456789abcdef")), oc: &oauth2.Config{
		ClientID: "web", ClientSecret: "s", RedirectURL: "https://web.example.com/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/a", TokenURL: "https://idp.example.com/t"},
	}}
	http.HandleFunc("/login", a.login)
	http.HandleFunc("/cb", a.callback)
	http.HandleFunc("/cb2", a.callbackChecked)
	_ = http.ListenAndServe(":8080", nil)
}
