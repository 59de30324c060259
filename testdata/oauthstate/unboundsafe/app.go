// States kept in a map of the server, but each callback also reads
// something of the browser that started the login: a cookie compared with
// the state, the session, a user a middleware put in the request's
// context. Nothing is reported.
package unboundsafe

import (
	"context"
	"net/http"
	"sync"

	"github.com/gorilla/sessions"
	"golang.org/x/oauth2"
)

func config(path string) *oauth2.Config {
	return &oauth2.Config{
		ClientID: "site", ClientSecret: "s", RedirectURL: "https://site.example.com" + path,
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
	}
}

var (
	cookieConf  = config("/cb/cookie")
	sessionConf = config("/cb/session")
	linkConf    = config("/cb/link")
	store       = sessions.NewCookieStore([]byte("0123456789abcdef0123456789abcdef"))

	mu       sync.Mutex
	verifier = map[string]string{}
	linking  = map[string]string{} // state → user who asked to link an account
)

type userKey struct{}

func begin(w http.ResponseWriter, r *http.Request) {
	state, v := oauth2.GenerateVerifier(), oauth2.GenerateVerifier()
	mu.Lock()
	verifier[state] = v
	mu.Unlock()
	http.SetCookie(w, &http.Cookie{Name: "login_state", Value: state, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, cookieConf.AuthCodeURL(state, oauth2.S256ChallengeOption(v)), http.StatusFound)
}

// cookieCallback compares the state with the cookie set at begin.
func cookieCallback(w http.ResponseWriter, r *http.Request) {
	st := r.FormValue("state")
	ck, err := r.Cookie("login_state")
	if err != nil || ck.Value != st {
		http.Error(w, "state mismatch", http.StatusForbidden)
		return
	}
	mu.Lock()
	v, ok := verifier[st]
	mu.Unlock()
	if !ok {
		http.Error(w, "unknown login", http.StatusBadRequest)
		return
	}
	if _, err := cookieConf.Exchange(r.Context(), r.FormValue("code"), oauth2.VerifierOption(v)); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func sessionBegin(w http.ResponseWriter, r *http.Request) {
	state := oauth2.GenerateVerifier()
	sess, _ := store.Get(r, "auth")
	sess.Values["state"] = state
	_ = sess.Save(r, w)
	mu.Lock()
	verifier[state] = oauth2.GenerateVerifier()
	v := verifier[state]
	mu.Unlock()
	http.Redirect(w, r, sessionConf.AuthCodeURL(state, oauth2.S256ChallengeOption(v)), http.StatusFound)
}

// sessionCallback reads the session's state as well.
func sessionCallback(w http.ResponseWriter, r *http.Request) {
	st := r.URL.Query().Get("state")
	sess, err := store.Get(r, "auth")
	if err != nil || sess.Values["state"] != st {
		http.Error(w, "state mismatch", http.StatusForbidden)
		return
	}
	mu.Lock()
	v := verifier[st]
	mu.Unlock()
	if _, err := sessionConf.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(v)); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func linkBegin(w http.ResponseWriter, r *http.Request) {
	user, _ := r.Context().Value(userKey{}).(string)
	state := oauth2.GenerateVerifier()
	mu.Lock()
	linking[state] = user
	mu.Unlock()
	http.Redirect(w, r, linkConf.AuthCodeURL(state), http.StatusFound)
}

// linkCallback checks that the signed-in user (the authentication
// middleware put it in the context) is the one who started the link.
func linkCallback(w http.ResponseWriter, r *http.Request) {
	user, _ := r.Context().Value(userKey{}).(string)
	st := r.URL.Query().Get("state")
	mu.Lock()
	owner, ok := linking[st]
	delete(linking, st)
	mu.Unlock()
	if !ok || owner != user {
		http.Error(w, "invalid state", http.StatusForbidden)
		return
	}
	if _, err := linkConf.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
	}
}

func authenticated(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		next(w, r.WithContext(context.WithValue(r.Context(), userKey{}, r.Header.Get("X-User"))))
	}
}

func main() {
	http.HandleFunc("/begin", begin)
	http.HandleFunc("/cb/cookie", cookieCallback)
	http.HandleFunc("/session/begin", sessionBegin)
	http.HandleFunc("/cb/session", sessionCallback)
	http.HandleFunc("/link", authenticated(linkBegin))
	http.HandleFunc("/cb/link", authenticated(linkCallback))
	_ = http.ListenAndServe(":8080", nil)
}
