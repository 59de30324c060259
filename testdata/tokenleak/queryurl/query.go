// Access tokens in URL queries (reported) and in the Authorization header
// (silent).
package queryurl

import (
	"fmt"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"
)

const api = "https://api.example/v1"

func profile(tok *oauth2.Token) (*http.Response, error) {
	return http.Get(api + "/me?access_token=" + tok.AccessToken) // want `access token in a URL query: the URL, passed to http.Get, carries access_token=`
}

func repos(tok *oauth2.Token, user string) (*http.Response, error) {
	u := fmt.Sprintf("%s/users/%s/repos?per_page=100&access_token=%s", api, url.PathEscape(user), tok.AccessToken) // want `access token in a URL query: the URL, passed to http.NewRequest, carries access_token=`
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(req)
}

func search(tok *oauth2.Token, q string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, api+"/search", nil)
	if err != nil {
		return nil, err
	}
	query := req.URL.Query()
	query.Set("q", q)
	query.Set("access_token", tok.AccessToken) // want `access token in a URL query: the request's URL carries access_token=`
	req.URL.RawQuery = query.Encode()
	return http.DefaultClient.Do(req)
}

// Right: the token travels in the header.
func profileHeader(tok *oauth2.Token) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, api+"/me?fields=name", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+tok.AccessToken)
	return http.DefaultClient.Do(req)
}

// A refresh at the token endpoint sends refresh_token in a POST body.
func refresh(rt string) (*http.Response, error) {
	form := url.Values{}
	form.Set("grant_type", "refresh_token")
	form.Set("refresh_token", rt)
	return http.PostForm("https://idp.example/token", form)
}

// Revocation: the token in a form body, not a URL.
func revoke(tok *oauth2.Token) (*http.Response, error) {
	return http.PostForm("https://idp.example/revoke", url.Values{"token": {tok.AccessToken}})
}
