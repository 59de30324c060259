// Package namedresult2 refreshes its token and reads the new refresh
// token from the token endpoint's answer into a named result that the function then returns bare; the
// caller in the same package logs it (reported). A helper whose named
// result is sometimes a placeholder is not a token (silent).
package namedresult2

import (
	"encoding/json"
	"io"
	"log"
	"net/http"
	"net/url"
)

func refreshFrom(body io.Reader) (rt string, ok bool) {
	var resp struct {
		RefreshToken string `json:"refresh_token"`
	}
	if json.NewDecoder(body).Decode(&resp) != nil {
		return
	}
	rt = resp.RefreshToken
	ok = rt != ""
	return
}

func masked(body io.Reader) (shown string) {
	var resp struct {
		RefreshToken string `json:"refresh_token"`
	}
	_ = json.NewDecoder(body).Decode(&resp)
	shown = resp.RefreshToken
	if len(shown) > 6 {
		shown = shown[:6] + "…"
	}
	return
}

func Keep(rt0 string) {
	resp, err := http.PostForm("https://idp.example.com/oauth/token", url.Values{"grant_type": {"refresh_token"}, "refresh_token": {rt0}, "client_id": {"cli"}})
	if err != nil {
		return
	}
	defer resp.Body.Close()
	body, again := io.TeeReader(resp.Body, io.Discard), resp.Body
	if rt, ok := refreshFrom(body); ok {
		log.Println("new refresh token", rt) // want `refresh token written to a log: log.Println logs the refresh token`
	}
	log.Println("refresh token (masked)", masked(again))
}
