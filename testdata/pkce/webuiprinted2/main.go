// Command webuiprinted2 is a gin dashboard that serves its built front end
// with Static on all interfaces and logs the link its operator opens to
// connect an account: a confidential web app (silent without
// -pkce.confidential), not a command-line client.
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

func main() {
	conf := &oauth2.Config{
		ClientID:     os.Getenv("OAUTH_ID"),
		ClientSecret: os.Getenv("OAUTH_SECRET"),
		RedirectURL:  os.Getenv("BASE_URL") + "/connect/done",
		Endpoint:     oauth2.Endpoint{AuthURL: "https://login.example.net/authorize", TokenURL: "https://login.example.net/token"},
	}
	nonce := os.Getenv("CONNECT_NONCE")
	log.Printf("connect your account: %s", conf.AuthCodeURL(nonce))
	r := gin.New()
	r.Static("/app", "./dist")
	r.GET("/connect/done", func(c *gin.Context) {
		if c.Query("state") != nonce {
			c.String(http.StatusBadRequest, "bad state")
			return
		}
		if _, err := conf.Exchange(c, c.Query("code")); err != nil {
			c.String(http.StatusBadGateway, "exchange failed")
			return
		}
		c.Redirect(http.StatusSeeOther, "/app")
	})
	r.Run()
}

// pasteLogin is the same program's terminal login: the operator pastes
// the code, so this flow is a command-line client's, and it has no PKCE.
func pasteLogin(conf *oauth2.Config) (*oauth2.Token, error) {
	fmt.Println("open:", conf.AuthCodeURL("paste-state")) // want `authorization code flow without PKCE in a command-line client`
	var code string
	if _, err := fmt.Scanln(&code); err != nil {
		return nil, err
	}
	return conf.Exchange(context.Background(), code)
}
