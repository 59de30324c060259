// A web app whose callback sends a code_verifier it has just drawn, not
// the one whose challenge went out in the login redirect: the exchange
// fails (or, where the server ignores PKCE, PKCE protects nothing).
package freshverifier

import (
	"net/http"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:    "web",
	RedirectURL: "https://app.example.com/callback",
	Endpoint:    oauth2.Endpoint{AuthURL: "https://id.example.com/authorize", TokenURL: "https://id.example.com/token"},
}

func login(w http.ResponseWriter, r *http.Request) {
	verifier := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "pkce", Value: verifier, HttpOnly: true, Secure: true})
	state := oauth2.GenerateVerifier()
	http.SetCookie(w, &http.Cookie{Name: "state", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier)), http.StatusFound)
}

// Wrong: a new verifier for the exchange.
func callback(w http.ResponseWriter, r *http.Request) {
	st, err := r.Cookie("state")
	if err != nil || st.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	verifier := oauth2.GenerateVerifier()
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(verifier)) // want `code_verifier drawn at the token request: it is generated for this exchange and used nowhere else`
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	_ = tok
}

// Right: the verifier kept at login.
func callbackKept(w http.ResponseWriter, r *http.Request) {
	st, err := r.Cookie("state")
	if err != nil || st.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	pk, err := r.Cookie("pkce")
	if err != nil {
		http.Error(w, "no verifier", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"), oauth2.VerifierOption(pk.Value))
	if err != nil {
		http.Error(w, "exchange failed", http.StatusBadGateway)
		return
	}
	_ = tok
}
