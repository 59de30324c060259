// Package boundquery: a hand-written authorization endpoint on gin that
// binds the query into a struct declared in another package and sends
// the code to the redirect_uri it names, building the URL in a local
// variable it reassigns for a second redirect, and printing the request
// (a print checks nothing). Beside it the same endpoint that calls the
// request's validator, and one that compares the URI itself.
package boundquery

import (
	"fmt"
	"log"
	"net/http"

	"example.com/fixtures/redirecturi/boundquery/params"
	"github.com/gin-gonic/gin"
)

type Codes interface {
	Issue(state, subject string) string
}

type Endpoint struct {
	codes   Codes
	clients map[string]params.Client
}

func (e *Endpoint) Authorize(c *gin.Context) {
	var a params.AuthorizeRequest
	if err := c.ShouldBindQuery(&a); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	code := e.codes.Issue(a.State, "alice")
	redirect := fmt.Sprintf("%s?code=%s&state=%s", a.RedirectURI, code, a.State)
	log.Printf("authorize: %+v", a)
	if a.ResponseType != "code" {
		c.Redirect(http.StatusFound, redirect)
		return
	}
	redirect = fmt.Sprintf("%s?code=%s&state=%s&iss=local", a.RedirectURI, code, a.State)
	c.Redirect(http.StatusFound, redirect) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 40\)`
}

func (e *Endpoint) AuthorizeValidated(c *gin.Context) {
	var a params.AuthorizeRequest
	if err := c.ShouldBindQuery(&a); err != nil || !a.Validate(e.clients) {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	redirect := fmt.Sprintf("%s?code=%s&state=%s", a.RedirectURI, e.codes.Issue(a.State, "alice"), a.State)
	c.Redirect(http.StatusFound, redirect)
}

func (e *Endpoint) AuthorizeCompared(c *gin.Context) {
	var a params.AuthorizeRequest
	if err := c.ShouldBindQuery(&a); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	if cl, ok := e.clients[a.ClientID]; !ok || cl.RedirectURI != a.RedirectURI {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	redirect := fmt.Sprintf("%s?code=%s&state=%s", a.RedirectURI, e.codes.Issue(a.State, "alice"), a.State)
	c.Redirect(http.StatusFound, redirect)
}
