// Package spa builds authorization URLs by hand, the way single-page-app
// backends and SDKs do.
package spa

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"golang.org/x/oauth2"
)

type Provider struct {
	BaseURL     string
	ClientID    string
	RedirectURI string
}

// ImplicitURL formats an implicit-grant URL with fmt.Sprintf.
func (p *Provider) ImplicitURL(state string) string {
	return fmt.Sprintf("%s/authorize?response_type=token&client_id=%s&redirect_uri=%s&state=%s", // want `implicit grant: response_type="token"`
		p.BaseURL, p.ClientID, url.QueryEscape(p.RedirectURI), state)
}

// HybridValues builds the query with url.Values.
func (p *Provider) HybridValues(state, nonce string) string {
	q := url.Values{
		"response_type": {"id_token token"}, // want `implicit grant: response_type="id_token token"`
		"client_id":     {p.ClientID},
		"redirect_uri":  {p.RedirectURI},
		"state":         {state},
		"nonce":         {nonce},
	}
	return p.BaseURL + "/authorize?" + q.Encode()
}

// TokenSet builds the query with Set calls on a copy of the endpoint's query.
func (p *Provider) TokenSet(w http.ResponseWriter, r *http.Request, state string) {
	u, err := url.Parse(p.BaseURL + "/authorize")
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	q := u.Query()
	q.Set("client_id", p.ClientID)
	q.Set("response_type", "token") // want `implicit grant: response_type="token" returns the access token in the browser, in a server-side web app`
	q.Set("state", state)
	u.RawQuery = q.Encode()
	http.Redirect(w, r, u.String(), http.StatusFound)
}

// Concatenated builds the URL from pieces.
func (p *Provider) Concatenated(state string) string {
	rt := "token"
	return p.BaseURL + "/authorize?client_id=" + p.ClientID + "&response_type=" + rt + "&state=" + state // want `implicit grant: response_type="token"`
}

// Joined builds the query with strings.Join.
func (p *Provider) Joined(state string) string {
	return p.BaseURL + "/authorize?" + strings.Join([]string{"response_type=code%20token", "client_id=" + p.ClientID, "state=" + state}, "&") // want `implicit grant: response_type="code token"`
}

// OIDCURL asks for an ID token and, when configured, an access token in
// the front channel: response_type "id_token token" on that path.
func (p *Provider) OIDCURL(conf *oauth2.Config, state string, withAccessToken bool) string {
	tokens := []string{"id_token"}
	if withAccessToken {
		tokens = append(tokens, "token")
	}
	return conf.AuthCodeURL(state, oauth2.SetAuthURLParam("response_type", strings.Join(tokens, " ")), oauth2.SetAuthURLParam("response_mode", "form_post")) // want `implicit grant: response_type may be "id_token token", which returns the access token in the browser`
}

// CodeURL is good: the authorization code grant.
func (p *Provider) CodeURL(state, challenge string) string {
	q := url.Values{}
	q.Set("response_type", "code")
	q.Set("client_id", p.ClientID)
	q.Set("redirect_uri", p.RedirectURI)
	q.Set("state", state)
	q.Set("code_challenge", challenge)
	q.Set("code_challenge_method", "S256")
	return p.BaseURL + "/authorize?" + q.Encode()
}

// ResponseTypeFromCaller is silent: the value is not known here.
func (p *Provider) ResponseTypeFromCaller(responseType string) string {
	return p.BaseURL + "/authorize?response_type=" + responseType + "&client_id=" + p.ClientID
}
