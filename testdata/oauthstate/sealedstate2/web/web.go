// Package web is sealedstate written another way: the state is an
// HMAC-signed return path, checked by another package's function, on
// gin (reported at the check).
package web

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/sealedstate2/seal"
)

type Handlers struct {
	OAuth *oauth2.Config
	Key   []byte
}

func (h *Handlers) Return(c *gin.Context) {
	state := c.Query("state")
	next, err := seal.Verify(state, h.Key) // want `state not bound to the browser: the callback only opens the request's state with the server.s key \(hmac.Equal, through seal.Verify\)`
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if _, err := h.OAuth.Exchange(c, c.Query("code")); err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	c.Redirect(http.StatusFound, next)
}
