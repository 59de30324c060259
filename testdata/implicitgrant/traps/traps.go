// Package traps holds code that mentions implicit grants without making
// one: an authorization server's validation, error messages, a local type
// that happens to be called Config.
package traps

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

var ErrImplicit = errors.New("response_type=token is not supported")

// Authorize is an authorization server endpoint: it reads the request.
func Authorize(w http.ResponseWriter, r *http.Request) {
	switch r.FormValue("response_type") {
	case "token", "id_token token":
		http.Error(w, ErrImplicit.Error(), http.StatusBadRequest)
		return
	case "code":
	}
	if strings.Contains(r.URL.RawQuery, "response_type=token") {
		http.Error(w, fmt.Sprintf("unsupported: %s", "response_type=token"), http.StatusBadRequest)
	}
	if r.URL.Query().Get("response_type") == "token" {
		http.Error(w, "response_type=token", http.StatusBadRequest)
	}
}

// Config is not golang.org/x/oauth2's.
type Config struct{ Base string }

func (c *Config) AuthCodeURL(state string, opts ...string) string {
	return c.Base + "?state=" + state
}

func UseLocalConfig(w http.ResponseWriter, r *http.Request) {
	c := &Config{Base: "https://example.com/authorize"}
	http.Redirect(w, r, c.AuthCodeURL("state", "response_type", "token"), http.StatusFound)
}

// docs is prose that happens to contain the parameters.
const docs = "Send response_type=token to get a token (not recommended)."

func Help() string { return docs }
