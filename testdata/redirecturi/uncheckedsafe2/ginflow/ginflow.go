// Package ginflow: the same checks in gin handlers, written differently:
// the context handed to a validating middleware-style function before
// the redirect, and a second read of redirect_url through the query
// helper, compared in a closure. Silent; a handler that only passes the
// context to gin's own JSON reply on the error path stays reported.
package ginflow

import (
	"fmt"
	"net/http"

	"github.com/gin-gonic/gin"
)

var registered = map[string]string{"web": "https://app.example.org/cb"}

func mustBeRegistered(ctx *gin.Context) bool {
	if registered[ctx.Query("client_id")] != ctx.Query("redirect_url") {
		ctx.AbortWithStatus(http.StatusBadRequest)
		return false
	}
	return true
}

func Checked(ctx *gin.Context) {
	if !mustBeRegistered(ctx) {
		return
	}
	dest := ctx.Query("redirect_url")
	ctx.Redirect(http.StatusFound, fmt.Sprintf("%s?code=%s", dest, "k3y"))
}

func ComparedInline(ctx *gin.Context) {
	ok := func(id, uri string) bool { return registered[id] == uri }
	if !ok(ctx.Query("client_id"), ctx.Query("redirect_url")) {
		ctx.String(http.StatusBadRequest, "bad redirect")
		return
	}
	dest := ctx.Query("redirect_url")
	ctx.Redirect(http.StatusFound, dest+"?code=k3y")
}

func Unchecked(ctx *gin.Context) {
	dest := ctx.Query("redirect_url")
	if dest == "" || ctx.Query("response_type") != "code" {
		ctx.JSON(http.StatusBadRequest, gin.H{"error": "invalid_request"})
		return
	}
	ctx.Redirect(http.StatusFound, dest+"?code=k3y") // want `redirect_uri never checked`
}
