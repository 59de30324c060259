// Package openapidoc serves an OpenAPI document of its token endpoint
// whose examples are form strings (silent), and has a command that does
// send a password grant (reported).
package openapidoc

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
)

func tokenPath() map[string]any {
	return map[string]any{
		"post": map[string]any{
			"summary": "Issue tokens",
			"requestBody": map[string]any{
				"content": map[string]any{
					"application/x-www-form-urlencoded": map[string]any{
						"examples": map[string]any{
							"password": map[string]any{
								"value":   "grant_type=password&username=foo&password=bar&client_id=confidential&client_secret=secret",
								"summary": "Discouraged; not allowed for public clients",
							},
						},
					},
				},
			},
		},
	}
}

func ServeSpec(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"openapi": "3.0.3", "paths": map[string]any{"/oauth/token": tokenPath()}})
}

func LoginAs(user, pass string) (*http.Response, error) {
	body := "grant_type=password&client_id=ops-cli&username=" + url.QueryEscape(user) + "&password=" + url.QueryEscape(pass) // want `resource owner password credentials grant`
	return http.Post("https://iam.example.com/oauth/token", "application/x-www-form-urlencoded", strings.NewReader(body))
}
