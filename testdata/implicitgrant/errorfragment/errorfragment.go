// Package errorfragment lets "id_token token" through its gate, and
// tests the response type again to choose how to return errors: a
// function of the value alone, which decides nothing about clients.
package errorfragment

import (
	"net/http"
	"net/url"
)

const (
	rtCode         = "code"
	rtIDToken      = "id_token"
	rtIDTokenToken = "id_token token"
)

func inFragment(responseType string) bool {
	switch responseType {
	case rtIDToken, rtIDTokenToken:
		return true
	}
	return false
}

func fail(w http.ResponseWriter, r *http.Request, redirect, responseType, code string) {
	v := url.Values{"error": {code}}
	if inFragment(responseType) {
		http.Redirect(w, r, redirect+"#"+v.Encode(), http.StatusFound)
		return
	}
	http.Redirect(w, r, redirect+"?"+v.Encode(), http.StatusFound)
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	rt, redirect := q.Get("response_type"), q.Get("redirect_uri")
	if rt != rtCode && rt != rtIDToken && rt != rtIDTokenToken { // want `allows the implicit grant: the authorization endpoint returns an access token in the redirect for response_type "id_token token" \(the values it lets through in Authorize\)`
		fail(w, r, redirect, rt, "unsupported_response_type")
		return
	}
	if rt == rtIDTokenToken {
		http.Redirect(w, r, redirect+"#"+url.Values{"access_token": {"at"}, "id_token": {"it"}}.Encode(), http.StatusFound)
		return
	}
	http.Redirect(w, r, redirect+"?code=c", http.StatusFound)
}
