// Command requeststate2 is requeststate on gin, with the state encoded
// from the Origin header through a helper (reported); an outgoing API
// request's own header is nothing the login's sender chooses.
package main

import (
	"encoding/base64"
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

type app struct {
	oauth *oauth2.Config
}

func encodeReturn(origin string) string {
	return base64.URLEncoding.EncodeToString([]byte(origin))
}

func (a *app) signIn(c *gin.Context) {
	st := encodeReturn(c.GetHeader("origin"))
	c.SetCookie("oauth_state", st, 300, "/", "", true, true)
	c.Redirect(http.StatusFound, a.oauth.AuthCodeURL(st)) // want `predictable OAuth state: the state comes from the request's Origin header`
}

func (a *app) partnerSignIn(c *gin.Context) {
	req, _ := http.NewRequest(http.MethodGet, "https://partner.example.com/nonce", nil)
	req.Header.Set("Origin", "https://app.example.com")
	st := req.Header.Get("Origin") + c.Query("nonce")
	c.SetCookie("oauth_state", st, 300, "/", "", true, true)
	c.Redirect(http.StatusFound, a.oauth.AuthCodeURL(st))
}

func (a *app) done(c *gin.Context) {
	want, err := c.Cookie("oauth_state")
	if err != nil || want == "" || want != c.Query("state") {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	if _, err := a.oauth.Exchange(c, c.Query("code")); err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
	}
}

func main() {
	a := &app{oauth: &oauth2.Config{ClientID: "portal", ClientSecret: "s", RedirectURL: "https://portal.example.org/done",
		Endpoint: oauth2.Endpoint{AuthURL: "https://sso.example.org/auth", TokenURL: "https://sso.example.org/token"}}}
	r := gin.Default()
	r.GET("/signin", a.signIn)
	r.GET("/partner", a.partnerSignIn)
	r.GET("/done", a.done)
	_ = r.Run(":8080")
}
