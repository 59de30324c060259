// A login front (a forward-auth gateway) that takes the URL to return to
// after login in a query parameter it calls redirect_uri, and checks it
// by domain with a validator of another package. No code or token is
// sent there: it is a return URL of the gateway's own, not an OAuth
// redirect URI, and nothing is reported.
package crosspkgsafe

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"

	"example.com/fixtures/redirecturi/crosspkgsafe/safeurl"
)

type LoginParams struct {
	RedirectURI string `form:"redirect_uri"`
}

type gateway struct {
	domain string
	idp    *oauth2.Config
}

func (g *gateway) login(c *gin.Context) {
	var p LoginParams
	if err := c.BindQuery(&p); err != nil {
		c.String(http.StatusBadRequest, "bad query")
		return
	}
	if !safeurl.OnDomain(p.RedirectURI, g.domain) {
		p.RedirectURI = ""
	}
	state := oauth2.GenerateVerifier()
	c.SetCookie("gw_state", state, 600, "/", g.domain, true, true)
	c.SetCookie("gw_return", p.RedirectURI, 600, "/", g.domain, true, true)
	c.Redirect(http.StatusFound, g.idp.AuthCodeURL(state))
}

func main() {
	g := &gateway{domain: "example.com", idp: &oauth2.Config{ClientID: "gw", ClientSecret: "s", RedirectURL: "https://auth.example.com/cb",
		Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example.com/a", TokenURL: "https://idp.example.com/t"}}}
	r := gin.Default()
	r.GET("/login", g.login)
	_ = r.Run(":8080")
}
