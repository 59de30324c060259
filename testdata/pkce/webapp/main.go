// A server-side web app (a confidential client): the code is exchanged on
// the server with the client secret, so PKCE is recommended, not required.
package main

import (
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"log"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web",
	ClientSecret: os.Getenv("CLIENT_SECRET"),
	RedirectURL:  "http://localhost:8080/callback",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://idp.example.com/authorize",
		TokenURL: "https://idp.example.com/token",
	},
}

func handleLogin(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 32)
	rand.Read(b)
	state := base64.RawURLEncoding.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "oauth_state", Value: state, HttpOnly: true})
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusTemporaryRedirect)
}

func handleCallback(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("oauth_state")
	if err != nil || c.Value != r.FormValue("state") {
		http.Error(w, "invalid state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.FormValue("code"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	_ = tok
}

func main() {
	http.HandleFunc("/login", handleLogin)
	http.HandleFunc("/callback", handleCallback)
	log.Fatal(http.ListenAndServe(":8080", nil))
}

// handleDebugLogin logs the URL it sends, then hands it to a page we do not
// model: the log line is no sign of a command-line client.
func handleDebugLogin(w http.ResponseWriter, r *http.Request) {
	u := conf.AuthCodeURL("state")
	fmt.Println("login URL:", u)
	renderLoginPage(w, u)
}

func renderLoginPage(w http.ResponseWriter, u string) {}
