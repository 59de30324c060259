// Package resty refreshes a storage driver's token with go-resty: the
// token endpoint's answer is logged from the response's body methods.
package resty

import (
	"errors"
	"log"

	"github.com/go-resty/resty/v2"
)

type tokenResp struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
}

type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type Driver struct {
	http                 *resty.Client
	ClientID, Secret     string
	Refresh, AccessToken string
	TokenURL, FilesURL   string
}

func (d *Driver) refresh() error {
	var out tokenResp
	var e apiError
	res, err := d.http.R().
		SetError(&e).
		SetFormData(map[string]string{
			"grant_type":    "refresh_token",
			"refresh_token": d.Refresh,
			"client_id":     d.ClientID,
			"client_secret": d.Secret,
		}).
		SetResult(&out).
		Post(d.TokenURL)
	if err != nil {
		return err
	}
	log.Printf("refresh response: %s", res.String()) // want `token endpoint's response written to a log`
	if res.IsError() {
		// An error answer holds no token.
		log.Printf("refresh failed: %s", res.String())
		return errors.New(e.Message)
	}
	log.Println("refreshed", res.StatusCode(), len(res.Body()))
	log.Printf("decoded: %+v", out) // want `token response written to a log`
	d.AccessToken, d.Refresh = out.AccessToken, out.RefreshToken
	return nil
}

// files calls the API with the token: its answer holds no token.
func (d *Driver) files() ([]byte, error) {
	res, err := d.http.R().
		SetAuthToken(d.AccessToken).
		SetQueryParams(map[string]string{"limit": "100"}).
		Get(d.FilesURL)
	if err != nil {
		return nil, err
	}
	log.Printf("files: %s", res.String())
	return res.Body(), nil
}
