// A gin backend that builds its oauth2.Config in the function that
// registers its routes, without a ClientSecret: a public client without
// PKCE (reported).
package nosecret2

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

func Routes(r *gin.Engine, clientID string) {
	oc := oauth2.Config{
		ClientID:     clientID,
		ClientSecret: "",
		RedirectURL:  "https://shop.example.com/oauth/return",
		Endpoint:     oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/authorize", TokenURL: "https://accounts.example.com/o/token"},
	}
	r.GET("/oauth/start", func(c *gin.Context) {
		s := oauth2.GenerateVerifier()
		c.SetCookie("oauth_s", s, 300, "/", "", true, true)
		c.Redirect(http.StatusFound, oc.AuthCodeURL(s)) // want `authorization code flow without PKCE in a server-side web app: .*its oauth2.Config \(line 14\) has no ClientSecret, so it is a public client`
	})
	r.GET("/oauth/return", func(c *gin.Context) {
		s, err := c.Cookie("oauth_s")
		if err != nil || s == "" || s != c.Query("state") {
			c.String(http.StatusBadRequest, "state")
			return
		}
		if _, err := oc.Exchange(c.Request.Context(), c.Query("code")); err != nil {
			c.String(http.StatusBadGateway, "exchange")
		}
	})
}
