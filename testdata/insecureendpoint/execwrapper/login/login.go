// Package login signs a command-line user in: it opens the browser
// through the program's own exec wrapper (the command is a value, not a
// launcher library) and receives the code on a listener. The listener
// binds every interface (":0"), which a native app must not do; the
// package is a library, not main, so the browser command is the evidence
// of a native app.
package login

import (
	"context"
	"net"
	"net/http"
	"runtime"

	"golang.org/x/oauth2"

	"example.com/fixtures/insecureendpoint/execwrapper/sysexec"
)

var executor sysexec.Executor = sysexec.OS{}

func openBrowser(u string) error {
	var opts sysexec.Options
	switch runtime.GOOS {
	case "darwin":
		opts = sysexec.Options{Cmd: "open", Args: []string{u}}
	case "windows":
		opts = sysexec.Options{Cmd: "rundll32", Args: []string{"url.dll,FileProtocolHandler", u}}
	default:
		opts = sysexec.Options{Cmd: "xdg-open", Args: []string{u}}
	}
	return executor.Execute(opts)
}

// Login runs the authorization code flow with PKCE.
func Login(ctx context.Context, conf oauth2.Config) (*oauth2.Token, error) {
	ln, err := net.Listen("tcp", ":0") // want `native app's callback listener on all interfaces: a native client \(opens the authorization URL in the system browser with sysexec.Options\{rundll32\}\)`
	if err != nil {
		return nil, err
	}
	defer ln.Close()
	conf.RedirectURL = "http://" + ln.Addr().String() + "/callback"
	verifier := oauth2.GenerateVerifier()
	state := oauth2.GenerateVerifier()
	if err := openBrowser(conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))); err != nil {
		return nil, err
	}
	codes := make(chan string, 1)
	go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != state {
			http.Error(w, "state mismatch", http.StatusBadRequest)
			return
		}
		codes <- r.URL.Query().Get("code")
	}))
	return conf.Exchange(ctx, <-codes, oauth2.VerifierOption(verifier))
}
