// Package boundcallback: gin callbacks that bind the query into a
// struct. The first never reads the state it could have bound; the
// second compares it with the one kept in a cookie.
package boundcallback

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

type callbackQuery struct {
	Code  string `form:"code"`
	State string `form:"state"`
}

type exchange struct {
	GrantType   string `json:"grant_type"`
	Code        string `json:"code"`
	RedirectURI string `json:"redirect_uri"`
}

func redeem(code string) (*http.Response, error) {
	body, _ := json.Marshal(exchange{GrantType: "authorization_code", Code: code, RedirectURI: "https://shop.example.com/cb"})
	return http.Post("https://login.example.com/oauth/token", "application/json", bytes.NewReader(body))
}

func Callback(c *gin.Context) {
	var q callbackQuery
	if err := c.ShouldBindQuery(&q); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	body, _ := json.Marshal(exchange{GrantType: "authorization_code", Code: q.Code, RedirectURI: "https://shop.example.com/cb"}) // want `callback exchanges the code without checking state`
	resp, err := http.Post("https://login.example.com/oauth/token", "application/json", bytes.NewReader(body))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	c.Redirect(http.StatusFound, "/")
}

func CallbackChecked(c *gin.Context) {
	var q callbackQuery
	if err := c.ShouldBindQuery(&q); err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	if want, err := c.Cookie("oauth_state"); err != nil || want != q.State {
		c.AbortWithStatus(http.StatusForbidden)
		return
	}
	body, _ := json.Marshal(exchange{GrantType: "authorization_code", Code: q.Code, RedirectURI: "https://shop.example.com/cb"})
	resp, err := http.Post("https://login.example.com/oauth/token", "application/json", bytes.NewReader(body))
	if err != nil {
		c.AbortWithStatus(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	c.Redirect(http.StatusFound, "/")
}
