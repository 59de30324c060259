// Package servedprint: a web app's callback prints the token it got
// while serving the request, and a gin handler prints the token
// response; a command-line helper of the same package prints one too,
// and is judged as a command. A handler that prints only the expiry
// prints no credential.
package servedprint

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "portal", Endpoint: oauth2.Endpoint{AuthURL: "https://id.example.net/authorize", TokenURL: "https://id.example.net/token"}}

func Callback(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("state") != stateOf(r) {
		http.Error(w, "state", http.StatusBadRequest)
		return
	}
	tok, err := conf.Exchange(r.Context(), r.URL.Query().Get("code"))
	if err != nil {
		http.Error(w, "exchange", http.StatusBadGateway)
		return
	}
	fmt.Println("login ok, token:", tok.AccessToken) // want `access token printed to standard output while serving a request: fmt.Println prints the access token into the server's output`
	http.Redirect(w, r, "/", http.StatusFound)
}

func stateOf(r *http.Request) string {
	c, err := r.Cookie("state")
	if err != nil {
		return ""
	}
	return c.Value
}

func Refresh(c *gin.Context) {
	tok, err := conf.TokenSource(c, &oauth2.Token{RefreshToken: c.PostForm("refresh")}).Token()
	if err != nil {
		c.Status(http.StatusUnauthorized)
		return
	}
	fmt.Printf("refreshed %v\n", tok) // want `oauth2.Token printed to standard output while serving a request`
	c.JSON(http.StatusOK, gin.H{"expires": tok.Expiry})
}

// Debug prints a token outside any request.
func Debug(tok *oauth2.Token) {
	fmt.Println(tok.RefreshToken) // want `refresh token printed to standard output: fmt.Println prints the refresh token, and this command was not asked to print it`
}

func Status(w http.ResponseWriter, r *http.Request) {
	tok, err := conf.TokenSource(r.Context(), &oauth2.Token{RefreshToken: r.FormValue("refresh")}).Token()
	if err != nil {
		http.Error(w, "refresh", http.StatusUnauthorized)
		return
	}
	fmt.Println("token valid until", tok.Expiry, "type", tok.TokenType)
	w.WriteHeader(http.StatusNoContent)
}
