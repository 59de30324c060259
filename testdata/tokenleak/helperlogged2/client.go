// Package helperlogged2: an end-to-end client whose assertion method
// takes the token endpoint's decoded answer (a struct tagged
// access_token) and logs it whole when it is incomplete: reported in the
// method only, not at its two calls.
package helperlogged2

import (
	"encoding/json"
	"log"
	"net/http"
	"net/url"
)

type tokenAnswer struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	IDToken      string `json:"id_token"`
}

type Harness struct{ tokenURL string }

func (h *Harness) expectComplete(ans tokenAnswer) {
	if ans.IDToken == "" {
		log.Printf("incomplete answer: %+v", ans) // want `written to a log`
	}
}

func (h *Harness) Run(code, verifier string) {
	resp, err := http.PostForm(h.tokenURL, url.Values{"grant_type": {"authorization_code"}, "code": {code}, "code_verifier": {verifier}})
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var ans tokenAnswer
	if json.NewDecoder(resp.Body).Decode(&ans) != nil {
		return
	}
	h.expectComplete(ans)
	h.expectComplete(ans)
}
