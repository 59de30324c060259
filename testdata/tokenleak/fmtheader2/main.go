package main

import (
	"github.com/gin-gonic/gin"

	"example.com/fixtures/tokenleak/fmtheader2/middleware"
)

func main() {
	r := gin.New()
	r.Use(middleware.Trace())
	r.GET("/me", func(c *gin.Context) { c.String(200, "ok") })
	r.Run(":8080")
}
