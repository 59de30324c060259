// Package urlparam answers an implicit request with the access token it
// mints in the redirect's fragment, and logs that redirect (reported);
// the error redirect it logs carries no token (silent).
package urlparam

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
)

type minter interface {
	Mint(subject string) (string, error)
}

type endpoint struct{ tokens minter }

func (e *endpoint) answer(w http.ResponseWriter, r *http.Request, back, state string) {
	jwt, err := e.tokens.Mint("user-1")
	if err != nil {
		failed := back + "#error=server_error&state=" + url.QueryEscape(state)
		log.Println("redirect", failed)
		http.Redirect(w, r, failed, http.StatusFound)
		return
	}
	to := back + "#" + fmt.Sprintf("access_token=%s&token_type=bearer&expires_in=%d&state=%s", jwt, 3600, url.QueryEscape(state))
	log.Println("redirect", to) // want `access token written to a log`
	http.Redirect(w, r, to, http.StatusFound)
}
