// A command-line login that receives the code on a loopback listener
// (RFC 8252 §7.3). login does it right; loginLegacy forgets PKCE.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"runtime"

	"github.com/pkg/browser"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID: "cli-tool",
	Endpoint: oauth2.Endpoint{
		AuthURL:  "https://idp.example.com/authorize",
		TokenURL: "https://idp.example.com/token",
	},
}

func randomState() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// waitForCode serves one request on the loopback listener.
func waitForCode(ln net.Listener, state string) string {
	codes := make(chan string, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("state") != state {
			http.Error(w, "bad state", http.StatusBadRequest)
			return
		}
		fmt.Fprintln(w, "You can close this window.")
		codes <- r.URL.Query().Get("code")
	})}
	go srv.Serve(ln)
	defer srv.Close()
	return <-codes
}

func login(ctx context.Context) (*oauth2.Token, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	conf.RedirectURL = fmt.Sprintf("http://127.0.0.1:%d/callback", ln.Addr().(*net.TCPAddr).Port)
	verifier := oauth2.GenerateVerifier()
	state := randomState()
	authURL := conf.AuthCodeURL(state, oauth2.S256ChallengeOption(verifier))
	if err := browser.OpenURL(authURL); err != nil {
		fmt.Fprintf(os.Stderr, "Open %s in your browser\n", authURL)
	}
	code := waitForCode(ln, state)
	return conf.Exchange(ctx, code, oauth2.VerifierOption(verifier))
}

func openBrowser(url string) error {
	switch runtime.GOOS {
	case "darwin":
		return exec.Command("open", url).Start()
	case "windows":
		return exec.Command("rundll32", "url.dll,FileProtocolHandler", url).Start()
	}
	return exec.Command("xdg-open", url).Start()
}

func loginLegacy(ctx context.Context) (*oauth2.Token, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:8085")
	if err != nil {
		return nil, err
	}
	state := randomState()
	if err := openBrowser(conf.AuthCodeURL(state)); err != nil { // want `authorization code flow without PKCE in a command-line client: opens the authorization URL in the system browser with exec.Command\(open\)`
		return nil, err
	}
	return conf.Exchange(ctx, waitForCode(ln, state))
}

func main() {
	ctx := context.Background()
	if _, err := login(ctx); err != nil {
		os.Exit(1)
	}
	if _, err := loginLegacy(ctx); err != nil {
		os.Exit(1)
	}
}
