// Callbacks that compare the request's state with a stored one read by a
// helper that gives "" when the browser has no state cookie: a link with
// the attacker's code and no state passes ("" == ""). Reported unless an
// empty state is refused first.
package emptystored

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"golang.org/x/oauth2"
)

var portal = &oauth2.Config{
	ClientID:     "portal",
	ClientSecret: "from-vault",
	RedirectURL:  "https://portal.example.com/auth/return",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://sso.example.com/authorize",
		TokenURL: "https://sso.example.com/token",
	},
}

const cookieName = "login_nonce"

func remembered(r *http.Request) string {
	c, err := r.Cookie(cookieName)
	if err != nil {
		return ""
	}
	return c.Value
}

func start(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 24)
	_, _ = rand.Read(b)
	s := hex.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: s, Path: "/", Secure: true, HttpOnly: true})
	http.Redirect(w, r, portal.AuthCodeURL(s), http.StatusFound)
}

func finish(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("state") != remembered(r) { // want `state check passes an empty state: the callback compares the request's state with remembered\(r\), which is "" when this browser stored none \(remembered returns "" at line 30\)`
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if _, err := portal.Exchange(r.Context(), q.Get("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// finishGuarded refuses an empty state first: silent.
func finishGuarded(w http.ResponseWriter, r *http.Request) {
	got := r.FormValue("state")
	if got == "" || got != remembered(r) {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if _, err := portal.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// finishCookie reads the cookie itself and refuses a missing one: silent.
func finishCookie(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(cookieName)
	if err != nil || c.Value != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if _, err := portal.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/auth/start", start)
	http.HandleFunc("/auth/return", finish)
	http.HandleFunc("/auth/return2", finishGuarded)
	http.HandleFunc("/auth/return3", finishCookie)
	_ = http.ListenAndServe(":8080", nil)
}

// finishVar holds the helper's result in a variable first: the same flaw
// (reported); finishVarGuarded refuses an empty one (silent).
func finishVar(w http.ResponseWriter, r *http.Request) {
	saved := remembered(r)
	if saved != r.FormValue("state") { // want `state check passes an empty state: the callback compares the request's state with saved`
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if _, err := portal.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}

func finishVarGuarded(w http.ResponseWriter, r *http.Request) {
	saved := remembered(r)
	if saved == "" || saved != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	if _, err := portal.Exchange(r.Context(), r.FormValue("code")); err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
	}
}
