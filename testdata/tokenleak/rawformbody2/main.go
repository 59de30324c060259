// Command rawformbody2 is rawformbody written another way: the body is
// concatenated, the unescaped redirect URI (https://…) comes first, the
// answer is decoded into a map and logged. A second exchange prints only
// what the answer says about expiry (silent).
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"strings"
)

type idp struct {
	tokenURL string
	client   *http.Client
}

func (p *idp) redeem(code string) (map[string]any, error) {
	form := "redirect_uri=https://app.example.org/oauth/return&code=" + code + "&grant_type=authorization_code&client_id=portal"
	res, err := p.client.Post(p.tokenURL, "application/x-www-form-urlencoded", strings.NewReader(form))
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var answer map[string]any
	if err := json.NewDecoder(res.Body).Decode(&answer); err != nil {
		return nil, err
	}
	log.Printf("redeemed code: %v", answer) // want `token endpoint's response`
	return answer, nil
}

func (p *idp) redeemQuietly(code string) (map[string]any, error) {
	form := "redirect_uri=https://app.example.org/oauth/return&code=" + code + "&grant_type=authorization_code&client_id=portal"
	res, err := p.client.Post(p.tokenURL, "application/x-www-form-urlencoded", strings.NewReader(form))
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var answer map[string]any
	if err := json.NewDecoder(res.Body).Decode(&answer); err != nil {
		return nil, err
	}
	log.Printf("redeemed code, expires in %v s", answer["expires_in"])
	return answer, nil
}

func main() {
	p := &idp{tokenURL: "https://sso.example.org/token", client: http.DefaultClient}
	http.HandleFunc("/oauth/return", func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("st"); err != nil || c.Value != r.FormValue("state") {
			http.Error(w, "bad state", http.StatusForbidden)
			return
		}
		redeem := p.redeem
		if r.FormValue("quiet") != "" {
			redeem = p.redeemQuietly
		}
		if _, err := redeem(r.FormValue("code")); err != nil {
			http.Error(w, "sign-in failed", http.StatusBadGateway)
		}
	})
	_ = http.ListenAndServe(":8443", nil)
}
