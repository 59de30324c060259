// Command ginreply is a gin web client whose callback redeems whatever
// code the browser brings, answering errors with gin.H pages: gin.H is a
// map of reply values, not the request (reported). Its second callback
// compares the state with the cookie set at login (silent).
package main

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

type codeIn struct {
	Code  string `form:"code"`
	State string `form:"state"`
}

type exchangeBody struct {
	Code      string `json:"code"`
	GrantType string `json:"grant_type"`
}

func redeem(c *gin.Context, code string) {
	b, _ := json.Marshal(exchangeBody{Code: code, GrantType: "authorization_code"})
	resp, err := http.Post("https://idp.example/token", "application/json", bytes.NewReader(b))
	if err != nil {
		c.HTML(http.StatusBadGateway, "error.html", gin.H{"error": err.Error()})
		return
	}
	resp.Body.Close()
	c.Redirect(http.StatusFound, "/home")
}

func main() {
	r := gin.Default()
	r.GET("/callback", func(c *gin.Context) {
		var in codeIn
		if err := c.Bind(&in); err != nil {
			c.HTML(http.StatusBadRequest, "error.html", gin.H{"error": err.Error()})
			return
		}
		b, _ := json.Marshal(exchangeBody{Code: in.Code, GrantType: "authorization_code"}) // want `callback exchanges the code without checking state`
		resp, err := http.Post("https://idp.example/token", "application/json", bytes.NewReader(b))
		if err != nil {
			c.JSON(http.StatusBadGateway, gin.H{"error": "token request failed"})
			return
		}
		resp.Body.Close()
		c.Redirect(http.StatusFound, "/home")
	})
	r.GET("/callback2", func(c *gin.Context) {
		var in codeIn
		if err := c.Bind(&in); err != nil {
			c.HTML(http.StatusBadRequest, "error.html", gin.H{"error": err.Error()})
			return
		}
		st, err := c.Cookie("login_state")
		if err != nil || st == "" || st != in.State {
			c.HTML(http.StatusForbidden, "error.html", gin.H{"error": "state mismatch"})
			return
		}
		redeem(c, in.Code)
	})
	r.Run(":8000")
}
