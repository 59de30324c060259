// Package ginservercode is the safe gin-server setup: the server returned
// by ginserver.InitServer allows only the code response type; a second
// package-level server's types come from the caller (unknown). Silent.
package ginservercode

import (
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
	"github.com/go-oauth2/oauth2/v4/manage"
)

func Setup() {
	srv := ginserver.InitServer(manage.NewDefaultManager())
	srv.SetAllowedResponseType(oauth2.Code)
}
