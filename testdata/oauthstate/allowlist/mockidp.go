// Package allowlist is a mock identity provider's authorize endpoint: it
// checks the request it receives against a table of allowed values (no
// request of its own: silent). The client beside it copies its
// parameters, client_id included, from a map into the query it sends,
// without a state (reported).
package allowlist

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
)

func validate(query url.Values) error {
	allowed := map[string][]string{
		"code_challenge_method": {"S256"},
		"response_type":         {"code"},
		"response_mode":         {"query"},
	}
	for param, values := range allowed {
		if v := query.Get(param); !slices.Contains(values, v) {
			return fmt.Errorf("%q is an invalid value for %q", v, param)
		}
	}
	return nil
}

func Authorize(w http.ResponseWriter, r *http.Request) {
	if err := validate(r.URL.Query()); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, "consent page")
}

func Login(w http.ResponseWriter, r *http.Request) {
	params := map[string]string{ // want `authorization request without a state`
		"response_type": "code",
		"client_id":     "mock-client",
		"redirect_uri":  "https://app.example.com/cb",
	}
	q := url.Values{}
	for k, v := range params {
		q.Set(k, v)
	}
	http.Redirect(w, r, "https://idp.example.com/authorize?"+q.Encode(), http.StatusFound)
}
