package anonresponse2

import (
	"crypto/rand"
	"log"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

func mint() string { return rand.Text() }

// A gin token endpoint answering with a pointer to an anonymous struct,
// printed whole with %+v.
func tokenEndpoint(c *gin.Context) {
	if c.PostForm("grant_type") != "password" || c.PostForm("username") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	answer := &struct {
		Access  string    `json:"access_token"`
		Type    string    `json:"token_type"`
		Expires time.Time `json:"-"`
	}{Access: mint(), Type: "Bearer", Expires: time.Now().Add(time.Hour)}
	log.Printf("token for %s: %+v", c.PostForm("username"), answer) // want `token response written to a log`
	log.Printf("token for %s expires %s", c.PostForm("username"), answer.Expires)
	c.JSON(http.StatusOK, answer)
}
