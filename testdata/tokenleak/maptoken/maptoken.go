// Package maptoken: tokens kept under their response names in maps (a
// session's values, a decoded JSON object) and printed or logged from
// there; the token type and the scope beside them are not tokens.
package maptoken

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("k3y-of-32-bytes-for-the-cookies!"))

func Authenticated(r *http.Request) bool {
	s, err := store.Get(r, "login")
	if err != nil {
		return false
	}
	fmt.Printf("session type %v\n", s.Values["token_type"])
	fmt.Printf("session token %v\n", s.Values["access_token"]) // want `access token printed to standard output while serving a request`
	return s.Values["access_token"] != nil
}

func Refresh(tokenURL string, form map[string][]string) (string, error) {
	res, err := http.PostForm(tokenURL, form)
	if err != nil {
		return "", err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return "", err
	}
	var answer map[string]any
	if err := json.Unmarshal(body, &answer); err != nil {
		return "", err
	}
	next, _ := answer["refresh_token"].(string)
	log.Printf("refreshed, scope %v", answer["scope"])
	log.Printf("refreshed, next refresh token %s", next) // want `refresh token written to a log`
	return next, nil
}
