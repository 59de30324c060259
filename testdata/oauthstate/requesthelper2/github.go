// Package requesthelper2 writes the same differently: a package function
// handed the request looks the state up in a sync.Map shared by every
// browser and exchanges the code by hand (reported).
package requesthelper2

import (
	"errors"
	"net/http"
	"net/url"
	"strings"
	"sync"
)

var states sync.Map

func Complete(req *http.Request, clientID, secret string) (*http.Response, error) {
	q := req.URL.Query()
	if _, ok := states.LoadAndDelete(q.Get("state")); !ok { // want `state not bound to the browser`
		return nil, errors.New("unknown state")
	}
	form := url.Values{"client_id": {clientID}, "client_secret": {secret}, "code": {q.Get("code")}, "grant_type": {"authorization_code"}}
	return http.Post("https://github.com/login/oauth/access_token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}
