// A provider whose configuration chooses how the token is sent: the
// query style is still reported, worded as the option it is.
package tokenstyle

import (
	"fmt"
	"net/http"
)

type Provider struct {
	UserURL    string
	TokenStyle string // "header" or "query", from the configuration
}

func (p *Provider) User(token string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, p.UserURL, nil)
	if err != nil {
		return nil, err
	}
	if p.TokenStyle == "header" {
		req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", token))
	} else if p.TokenStyle == "query" {
		q := req.URL.Query()
		q.Add("access_token", token) // want `access token in a URL query where p.TokenStyle == "query": an option for APIs that take the token only there`
		req.URL.RawQuery = q.Encode()
	}
	return http.DefaultClient.Do(req)
}

const queryStyle = "url-query"

func userURL(base, token string, style string) string {
	if style != queryStyle {
		return base
	}
	return base + "?access_token=" + token // want `access token in a URL query past if style != queryStyle { return }: an option for APIs that take the token only there`
}
