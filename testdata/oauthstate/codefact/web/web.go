// Package web is the login's HTTP layer: it binds the callback's code
// and state and hands the code to package social.
package web

import (
	"crypto/rand"
	"encoding/hex"
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/fixtures/oauthstate/codefact/social"
)

type Handlers struct{ P social.Google }

func (h Handlers) Start(c *gin.Context) {
	b := make([]byte, 32)
	rand.Read(b)
	st := hex.EncodeToString(b)
	c.SetCookie("oauth_state", st, 600, "/", "", true, true)
	c.Redirect(http.StatusFound, h.P.LoginURL(st, "https://app.example.com/callback"))
}

type callbackBody struct {
	Code  string `json:"code" binding:"required"`
	State string `json:"state" binding:"required"`
}

// Callback binds the state and never compares it.
func (h Handlers) Callback(c *gin.Context) {
	var in callbackBody
	if err := c.ShouldBindJSON(&in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	if _, err := h.P.Redeem(in.Code, "https://app.example.com/callback"); err != nil { // want `callback exchanges the code without checking state`
		c.Status(http.StatusBadGateway)
		return
	}
	c.Status(http.StatusNoContent)
}

// Checked compares the state with the cookie set by Start first.
func (h Handlers) Checked(c *gin.Context) {
	var in callbackBody
	if err := c.ShouldBindJSON(&in); err != nil {
		c.Status(http.StatusBadRequest)
		return
	}
	want, err := c.Cookie("oauth_state")
	if err != nil || want != in.State {
		c.Status(http.StatusForbidden)
		return
	}
	if _, err := h.P.Redeem(in.Code, "https://app.example.com/callback"); err != nil {
		c.Status(http.StatusBadGateway)
	}
}
