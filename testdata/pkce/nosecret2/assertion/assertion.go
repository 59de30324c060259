// A backend without a ClientSecret that authenticates with a client
// assertion (private_key_jwt) at the token endpoint: confidential, silent.
package assertion

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

func Routes(r *gin.Engine, signed func() string) {
	oc := oauth2.Config{
		ClientID:    "shop",
		RedirectURL: "https://shop.example.com/oauth/return",
		Endpoint:    oauth2.Endpoint{AuthURL: "https://accounts.example.com/o/authorize", TokenURL: "https://accounts.example.com/o/token"},
	}
	r.GET("/oauth/start", func(c *gin.Context) {
		s := oauth2.GenerateVerifier()
		c.SetCookie("oauth_s", s, 300, "/", "", true, true)
		c.Redirect(http.StatusFound, oc.AuthCodeURL(s))
	})
	r.GET("/oauth/return", func(c *gin.Context) {
		s, err := c.Cookie("oauth_s")
		if err != nil || s == "" || s != c.Query("state") {
			c.String(http.StatusBadRequest, "state")
			return
		}
		_, err = oc.Exchange(c.Request.Context(), c.Query("code"),
			oauth2.SetAuthURLParam("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
			oauth2.SetAuthURLParam("client_assertion", signed()))
		if err != nil {
			c.String(http.StatusBadGateway, "exchange")
		}
	})
}
