// Package ephemeralpage is a desktop login library: it listens on a
// loopback port the system picks, builds its redirect URI from the
// listener's address, and shows the user that local URL through a
// callback its caller supplies; the page redirects to the authorization
// endpoint. No web app can register a redirect URI whose port is picked
// at run time: this is a native client, and its code flow needs PKCE
// (reported).
package ephemeralpage

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net"
	"net/http"

	"golang.org/x/oauth2"
)

type Auth struct {
	Config  oauth2.Config
	ShowURL func(ctx context.Context, url string) error
}

func (a *Auth) Interactive(ctx context.Context) (*oauth2.Token, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	defer ln.Close()
	cfg := a.Config
	cfg.RedirectURL = fmt.Sprintf("http://%s/done", ln.Addr())
	state := rand.Text()
	start := cfg.AuthCodeURL(state, oauth2.AccessTypeOffline) // want `authorization code flow without PKCE in a native client: serves its login page on a loopback address`
	codes := make(chan string, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if q.Get("state") == "" {
			http.Redirect(w, r, start, http.StatusFound)
			return
		}
		if q.Get("state") != state {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
		codes <- q.Get("code")
		fmt.Fprintln(w, "You may close this window.")
	})}
	go srv.Serve(ln)
	defer srv.Shutdown(ctx)
	if a.ShowURL == nil {
		return nil, errors.New("no way to show the login URL")
	}
	if err := a.ShowURL(ctx, cfg.RedirectURL); err != nil {
		return nil, err
	}
	select {
	case code := <-codes:
		return cfg.Exchange(ctx, code)
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
