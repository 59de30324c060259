// Package stringtoken logs a client-credentials token response whose
// String method prints the access token: the method hides nothing.
package stringtoken

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"time"
)

type grantReply struct {
	Bearer  string `json:"access_token"`
	Kind    string `json:"token_type"`
	Seconds int    `json:"expires_in"`
}

func (g grantReply) String() string {
	return fmt.Sprintf("%s %s (valid %ds)", g.Kind, g.Bearer, g.Seconds)
}

// masked prints only what identifies the token.
type masked struct {
	Bearer  string `json:"access_token"`
	Seconds int    `json:"expires_in"`
}

func (g masked) String() string {
	return fmt.Sprintf("token …%s (valid %ds)", g.Bearer[len(g.Bearer)-4:], g.Seconds)
}

func fetch(tokenURL, id, secret string, out any) error {
	resp, err := http.PostForm(tokenURL, url.Values{"grant_type": {"client_credentials"}, "client_id": {id}, "client_secret": {secret}})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func Run(tokenURL, id, secret string) {
	g := new(grantReply)
	if err := fetch(tokenURL, id, secret, g); err != nil {
		log.Fatal(err)
	}
	log.Printf("obtained %v", g) // want `token response written to a log: log.Printf logs a token response \(its String method prints the token\)`

	var m masked
	if err := fetch(tokenURL, id, secret, &m); err != nil {
		log.Fatal(err)
	}
	log.Printf("obtained %v at %s", m, time.Now())
}
