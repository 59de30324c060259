// Package localseam2 is localseam written differently: a library package,
// the launcher declared in another file with its type, the listener kept
// in a variable that a fallback reassigns (both on localhost), and the
// redirect URI formatted with fmt.Sprintf. Still a native app's local
// login page without PKCE: reported.
package localseam2

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"

	"golang.org/x/oauth2"
)

type Login struct {
	State string
}

func (l *Login) Run(ctx context.Context, conf *oauth2.Config) (*oauth2.Token, error) {
	lis, err := net.Listen("tcp", "localhost:8085")
	if err != nil {
		lis, err = net.Listen("tcp", "localhost:0")
		if err != nil {
			return nil, err
		}
	}
	start := fmt.Sprintf("http://%s/", lis.Addr().String())
	conf.RedirectURL = fmt.Sprintf("http://%s/oauth/callback", lis.Addr().String())
	target := conf.AuthCodeURL(l.State) // want `authorization code flow without PKCE in a native client`
	got := make(chan string, 1)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `<meta http-equiv="refresh" content="0;url=`+target+`">`)
	})
	mux.HandleFunc("/oauth/callback", func(w http.ResponseWriter, r *http.Request) {
		if r.FormValue("state") == l.State {
			got <- r.FormValue("code")
		}
	})
	go http.Serve(lis, mux)
	if err := launch(start); err != nil {
		return nil, err
	}
	return conf.Exchange(ctx, <-got)
}
