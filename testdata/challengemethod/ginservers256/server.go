// Package ginservers256 allows only S256 on the server gin-server
// returns. Silent.
package ginservers256

import (
	ginserver "github.com/go-oauth2/gin-server"
	"github.com/go-oauth2/oauth2/v4"
)

func Setup(m oauth2.Manager) {
	s := ginserver.InitServer(m)
	s.Config.AllowedCodeChallengeMethods = []oauth2.CodeChallengeMethod{oauth2.CodeChallengeS256}
}
