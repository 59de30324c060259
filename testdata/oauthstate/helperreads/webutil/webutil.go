// Package webutil holds request helpers of a web app: a signed-cookie
// reader and a query parameter reader, each given the name to read.
package webutil

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
)

// ReadCookie decodes the cookie name into data.
func ReadCookie(r *http.Request, name string, data any) error {
	c, err := r.Cookie(name)
	if err != nil {
		return err
	}
	b, err := base64.RawURLEncoding.DecodeString(c.Value)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, data)
}

// Param is the query parameter key of r.
func Param(r *http.Request, key string) string { return r.URL.Query().Get(key) }
