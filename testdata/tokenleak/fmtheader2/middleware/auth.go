// Package middleware traces each request's credentials to standard
// output with fmt.Fprintf(os.Stdout, …) from a gin middleware.
package middleware

import (
	"fmt"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
)

func Trace() gin.HandlerFunc {
	return func(c *gin.Context) {
		h := c.GetHeader("Authorization")
		fmt.Fprintf(os.Stdout, "%s %s auth=%q\n", c.Request.Method, c.Request.URL.Path, h) // want `request's Authorization header printed to standard output while serving a request`
		if h == "" {
			c.AbortWithStatus(http.StatusUnauthorized)
			return
		}
		fmt.Fprintf(os.Stdout, "%s %s authorized (%d bytes of credentials)\n", c.Request.Method, c.Request.URL.Path, len(h))
		c.Next()
	}
}
