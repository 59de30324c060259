// Package predicate binds the authorization request with gin and hands it
// to package svc, which defaults a missing method to plain and checks it
// with a predicate that lists plain.
package predicate

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/fixtures/challengemethod/predicate/svc"
)

func Authorize(c *gin.Context) {
	var req svc.AuthorizeRequest
	if err := c.ShouldBindQuery(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	if err := svc.Check(&req); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.Redirect(http.StatusFound, req.RedirectURI+"?code=x")
}
