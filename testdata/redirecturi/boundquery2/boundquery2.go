// Package boundquery2: the unchecked authorization response on echo, the
// query bound with c.Bind into a struct of this package tagged for
// echo's query binder, the location built by concatenation in a
// variable that first holds an error reply; a twin that looks the
// client's URI up and redirects there is silent, and so is one that
// hands the whole request to a checker.
package boundquery2

import (
	"net/http"
	"net/url"

	"github.com/labstack/echo/v4"
)

type consent struct {
	Client   string `query:"client_id"`
	Callback string `query:"redirect_uri"`
	State    string `query:"state"`
	Approved bool   `query:"approved"`
}

type Provider struct {
	registered map[string]string
	mint       func(client string) string
}

func (p *Provider) Consent(c echo.Context) error {
	in := new(consent)
	if err := c.Bind(in); err != nil {
		return c.String(http.StatusBadRequest, "invalid_request")
	}
	location := in.Callback + "?error=access_denied&state=" + url.QueryEscape(in.State)
	if !in.Approved {
		return c.Redirect(http.StatusFound, location)
	}
	location = in.Callback + "?code=" + p.mint(in.Client) + "&state=" + url.QueryEscape(in.State)
	return c.Redirect(http.StatusFound, location) // want `redirect_uri never checked: this authorization response sends the code to whatever URI the request names \(read at line 37\)`
}

func (p *Provider) ConsentRegistered(c echo.Context) error {
	in := new(consent)
	if err := c.Bind(in); err != nil {
		return c.String(http.StatusBadRequest, "invalid_request")
	}
	cb, ok := p.registered[in.Client]
	if !ok {
		return c.String(http.StatusBadRequest, "invalid_client")
	}
	location := cb + "?code=" + p.mint(in.Client) + "&state=" + url.QueryEscape(in.State)
	return c.Redirect(http.StatusFound, location)
}

func (p *Provider) check(in *consent) error {
	if cb, ok := p.registered[in.Client]; !ok || cb != in.Callback {
		return echo.ErrBadRequest
	}
	return nil
}

func (p *Provider) ConsentChecked(c echo.Context) error {
	in := new(consent)
	if err := c.Bind(in); err != nil {
		return c.String(http.StatusBadRequest, "invalid_request")
	}
	if err := p.check(in); err != nil {
		return c.String(http.StatusBadRequest, "invalid_request")
	}
	location := in.Callback + "?code=" + p.mint(in.Client) + "&state=" + url.QueryEscape(in.State)
	return c.Redirect(http.StatusFound, location)
}
