// Package tokenbody2 refreshes a token with http.PostForm and decodes
// the answer straight from the body into a map that it logs.
package tokenbody2

import (
	"encoding/json"
	"log"
	"net/http"
	"net/url"
)

func Refresh(tokenURL, clientID, refresh string) (map[string]any, error) {
	resp, err := http.PostForm(tokenURL, url.Values{
		"grant_type":    {"refresh_token"},
		"refresh_token": {refresh},
		"client_id":     {clientID},
	})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	log.Println("refreshed:", out) // want `token endpoint.s response written to a log: log.Print(f|ln) logs the token endpoint.s response \(its access and refresh tokens included\)`
	log.Println("refreshed, status", resp.Status)
	return out, nil
}
