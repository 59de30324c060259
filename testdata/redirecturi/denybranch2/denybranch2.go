// The same consent POST on gin, with the refusal and the approval built
// by concatenation: reported once, at the redirect with the code.
package denybranch2

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"
)

type approval struct {
	Client string
}

var codes = map[string]approval{}

var callbacks = map[string]string{"board": "https://board.example.org/auth/done"}

func newCode() string {
	b := make([]byte, 18)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func submit(c *gin.Context) {
	to := c.PostForm("redirect_uri")
	st := url.QueryEscape(c.PostForm("state"))
	if c.PostForm("consent") == "deny" {
		c.Redirect(http.StatusFound, to+"?error=access_denied&state="+st)
		return
	}
	code := newCode()
	codes[code] = approval{Client: c.PostForm("client_id")}
	c.Redirect(http.StatusFound, to+"?code="+code+"&state="+st) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 29\)`
}

func submitChecked(c *gin.Context) {
	to := c.PostForm("redirect_uri")
	if to != callbacks[c.PostForm("client_id")] {
		c.String(http.StatusBadRequest, "invalid redirect_uri")
		return
	}
	st := url.QueryEscape(c.PostForm("state"))
	if c.PostForm("consent") == "deny" {
		c.Redirect(http.StatusFound, to+"?error=access_denied&state="+st)
		return
	}
	code := newCode()
	codes[code] = approval{Client: c.PostForm("client_id")}
	c.Redirect(http.StatusFound, to+"?code="+code+"&state="+st)
}

func main() {
	r := gin.Default()
	r.POST("/consent", submit)
	r.POST("/consent2", submitChecked)
	_ = r.Run(":9000")
}
