// Package boundcallback2: a form_post callback (the provider posts code
// and state to it) bound with gin's Bind into a pointer, exchanged with
// golang.org/x/oauth2 in a method; the state is bound but never compared.
package boundcallback2

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"
)

type Portal struct{ Conf *oauth2.Config }

type formPost struct {
	Code  string `form:"code" binding:"required"`
	State string `form:"state"`
}

func (p *Portal) FormPost(c *gin.Context) {
	in := new(formPost)
	if err := c.Bind(in); err != nil {
		return
	}
	tok, err := p.Conf.Exchange(c.Request.Context(), in.Code) // want `callback exchanges the code without checking state`
	if err != nil {
		c.String(http.StatusUnauthorized, "login failed")
		return
	}
	c.SetCookie("session", tok.TokenType, 3600, "/", "", true, true)
	c.Redirect(http.StatusFound, "/")
}
