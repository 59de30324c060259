// A Hydra login app that signs users in with an upstream provider: the
// upstream login's state is Hydra's login_challenge, and the callback
// checks it by asking Hydra, which binds the challenge to the browser that
// started the login (its login-CSRF cookie): silent. The same app's
// second provider keeps its states in a map every browser shares:
// reported.
package hydrachallenge

import (
	"net/http"
	"sync"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/hydrachallenge/idp"
)

var upstream = &oauth2.Config{
	ClientID: "bridge", ClientSecret: "s", RedirectURL: "https://login.example.com/upstream/cb",
	Endpoint: oauth2.Endpoint{AuthURL: "https://accounts.example.org/auth", TokenURL: "https://accounts.example.org/token"},
}

type bridge struct{ hydra idp.Provider }

func (b *bridge) start(w http.ResponseWriter, r *http.Request) {
	challenge := r.URL.Query().Get("login_challenge")
	http.Redirect(w, r, upstream.AuthCodeURL(challenge), http.StatusFound)
}

func (b *bridge) callback(w http.ResponseWriter, r *http.Request) {
	challenge := r.URL.Query().Get("state")
	if _, err := b.hydra.LoginRequest(challenge); err != nil {
		http.Error(w, "unknown login challenge", http.StatusBadRequest)
		return
	}
	tok, err := upstream.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	to, err := b.hydra.AcceptLogin(r.Context(), challenge, subjectOf(tok))
	if err != nil {
		http.Error(w, "accept failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, to, http.StatusFound)
}

func subjectOf(*oauth2.Token) string { return "user" }

var (
	mu      sync.Mutex
	pending = map[string]bool{}
)

func startOther(w http.ResponseWriter, r *http.Request) {
	s := oauth2.GenerateVerifier()
	mu.Lock()
	pending[s] = true
	mu.Unlock()
	http.Redirect(w, r, upstream.AuthCodeURL(s), http.StatusFound)
}

func callbackOther(w http.ResponseWriter, r *http.Request) {
	mu.Lock()
	ok := pending[r.URL.Query().Get("state")] // want `state not bound to the browser: the callback looks the request's state up in pending`
	mu.Unlock()
	if !ok {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	if _, err := upstream.Exchange(r.Context(), r.URL.Query().Get("code")); err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/", http.StatusFound)
}

func main() {
	b := &bridge{hydra: idp.New("http://hydra-admin:4445")}
	http.HandleFunc("/upstream/start", b.start)
	http.HandleFunc("/upstream/cb", b.callback)
	http.HandleFunc("/other/start", startOther)
	http.HandleFunc("/other/cb", callbackOther)
	_ = http.ListenAndServe(":3000", nil)
}
