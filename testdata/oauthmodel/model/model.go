// Package model is checked field by field by oauthmodel's tests. // want package:"oauthFlows" package:"opensBrowser"
package model

import (
	"fmt"
	"net/http"
	"net/url"
	"os/exec"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "c", RedirectURL: "http://127.0.0.1:8085/cb"}

func Printed() {
	fmt.Println(conf.AuthCodeURL("s"))
}

func Redirected(w http.ResponseWriter, r *http.Request) {
	u := conf.AuthCodeURL("s", oauth2.S256ChallengeOption("v"))
	http.Redirect(w, r, u, http.StatusFound)
}

func Opened(base string) error { // want Opened:`opensBrowser\(arg1\)`
	v := url.Values{}
	v.Set("response_type", "code")
	v.Set("code_challenge", "c")
	v.Set("code_challenge_method", "plain")
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	u.RawQuery = v.Encode()
	return exec.Command("xdg-open", u.String()).Run()
}

func Escaped(base string, extra func(url.Values)) string { // want Escaped:`authURL\(response_type=code code_challenge=unknown\)`
	v := url.Values{"response_type": {"code"}}
	extra(v) // may add code_challenge: unknown
	return base + "?" + v.Encode()
}

func Conditional(legacy bool) string { // want Conditional:`authURL\(response_type=\? code_challenge=absent\)`
	rt := "code"
	if legacy {
		rt = "token"
	}
	return conf.AuthCodeURL("s", oauth2.SetAuthURLParam("response_type", rt))
}

func Exchange(code, verifier string) { // want Exchange:`redeemsCode\(arg0\)`
	conf.Exchange(nil, code, oauth2.VerifierOption(verifier))
}
