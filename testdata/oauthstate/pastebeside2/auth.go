// Package auth is a desktop helper: Device.Start starts its callback
// server in another method and waits for the user to press Enter; its
// state matters, and is reported. Device.Manual reads the pasted code
// with fmt.Scanln and serves nothing: no callback, no finding.
package auth

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"time"

	"golang.org/x/oauth2"
)

type Device struct {
	Conf  *oauth2.Config
	OOB   *oauth2.Config // its redirect URI is set from the configuration file
	codes chan string
}

func weakState() string {
	return strconv.FormatInt(time.Now().UnixNano(), 36)
}

func (d *Device) serve(state string) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("state") == state {
			d.codes <- r.FormValue("code")
		}
	}))
	return nil
}

func (d *Device) Start(ctx context.Context) (*oauth2.Token, error) {
	st := weakState()
	if err := d.serve(st); err != nil {
		return nil, err
	}
	u := d.Conf.AuthCodeURL(st) // want `predictable OAuth state: the state comes from the time`
	fmt.Println("Sign in at", u, "then press Enter")
	var enter string
	fmt.Scanln(&enter)
	return d.Conf.Exchange(ctx, <-d.codes)
}

func (d *Device) Manual(ctx context.Context) (*oauth2.Token, error) {
	fmt.Println("Sign in at", d.OOB.AuthCodeURL(weakState(), oauth2.AccessTypeOffline))
	var code string
	if _, err := fmt.Scanln(&code); err != nil {
		return nil, err
	}
	return d.OOB.Exchange(ctx, code)
}
