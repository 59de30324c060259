// Random states whose callbacks never read the state back: the code of
// any request is exchanged.
package callback

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "x", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"}}

func Login(w http.ResponseWriter, r *http.Request) {
	st := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: st})
	http.Redirect(w, r, conf.AuthCodeURL(st), http.StatusFound)
}

func Callback(w http.ResponseWriter, r *http.Request) {
	code := r.URL.Query().Get("code")
	tok, err := conf.Exchange(r.Context(), code) // want `callback exchanges the code without checking state: the handler reads the request's code but never its state`
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnauthorized)
		return
	}
	json.NewEncoder(w).Encode(tok.Expiry)
}

type handler struct{ clientID string }

// ServeHTTP posts the code by hand, from a form value, without the state.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	form := url.Values{
		"grant_type":   {"authorization_code"}, // want `callback exchanges the code without checking state`
		"code":         {r.FormValue("code")},
		"client_id":    {h.clientID},
		"redirect_uri": {"https://app.example.com/cb"},
	}
	resp, err := http.Post("https://idp.example.com/token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err == nil {
		resp.Body.Close()
	}
}

// Checked: the state is compared in the handler.
func CheckedCallback(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	c, err := r.Cookie("st")
	if err != nil || q.Get("state") != c.Value {
		http.Error(w, "state", http.StatusBadRequest)
		return
	}
	conf.Exchange(r.Context(), q.Get("code"))
}

// Handed to a middleware of another package that may check it: unknown.
func DelegatedCallback(w http.ResponseWriter, r *http.Request, verify func(*http.Request) bool) {
	if !verify(r) {
		return
	}
	conf.Exchange(r.Context(), r.URL.Query().Get("code"))
}

// Not a callback: the code comes from elsewhere (a CLI prompt, a test).
func Redeem(w http.ResponseWriter, r *http.Request, code string) {
	conf.Exchange(r.Context(), code)
}

// userInfo is a helper of a handler that checked the state before calling
// it (vouch-proxy's providers): it takes only the request, and is silent.
func userInfo(r *http.Request) (*oauth2.Token, error) {
	return conf.Exchange(r.Context(), r.URL.Query().Get("code"))
}

func StateCheckingHandler(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie("st"); err != nil || c.Value != r.URL.Query().Get("state") {
		return
	}
	userInfo(r)
}
