// Command roundtrip keeps the tokens of a hand-written token request in
// an untagged struct, saved between runs and loaded back: the field is
// given the token response's refresh token, or its own value read back
// by a helper, so it always holds the refresh token, and logging it is
// reported. Beside it a struct whose field is also cleared to "" (not
// always a token) and one whose field a helper fills from the
// environment (unknown): both silent.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"net/url"
	"os"
)

type cache struct {
	Refresh string
	Access  string
}

func redeem(c cache, code string) (cache, error) {
	resp, err := http.PostForm("https://idp.example.com/oauth/token", url.Values{
		"grant_type": {"authorization_code"}, "code": {code}, "client_id": {"roundtrip"},
	})
	if err != nil {
		return c, err
	}
	defer resp.Body.Close()
	var body map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return c, err
	}
	c.Refresh, _ = body["refresh_token"].(string)
	c.Access, _ = body["access_token"].(string)
	return c, nil
}

func loadRefresh(code string) string {
	var c cache
	if data, err := os.ReadFile("tokens.json"); err == nil {
		_ = json.Unmarshal(data, &c)
	} else {
		c, _ = redeem(c, code)
	}
	r := c.Refresh
	log.Println("using refresh token", r) // want `refresh token written to a log: log.Println logs the refresh token`
	return r
}

// loadPair hands back both tokens; the access token is its second result.
func loadPair(code string) (string, string, error) {
	var c cache
	data, err := os.ReadFile("tokens.json")
	if err == nil {
		err = json.Unmarshal(data, &c)
	} else {
		c, err = redeem(c, code)
	}
	acc := c.Access
	log.Println("access token", acc) // want `access token written to a log: log.Println logs the access token`
	return c.Refresh, acc, err
}

var current cache

type session struct {
	Refresh string
}

func (s *session) logout() { s.Refresh = "" }

func sessionFrom(body map[string]any) *session {
	s := &session{}
	s.Refresh, _ = body["refresh_token"].(string)
	log.Printf("session %s", s.Refresh)
	return s
}

type envCache struct {
	Refresh string
}

func fromEnv() string { return os.Getenv("REFRESH") }

func (e *envCache) load(body map[string]any) {
	if e.Refresh = fromEnv(); e.Refresh == "" {
		e.Refresh, _ = body["refresh_token"].(string)
	}
	log.Printf("env cache %s", e.Refresh)
}

func main() {
	current.Refresh = loadRefresh(os.Args[1])
	if _, a, err := loadPair(os.Args[1]); err == nil {
		current.Access = a
	}
	s := sessionFrom(map[string]any{})
	s.logout()
	(&envCache{}).load(nil)
}
