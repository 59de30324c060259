// The server on every interface reads the code from the redirect: other
// machines can reach it.
package served

import (
	"bufio"
	"net/http"
	"os"
	"os/exec"

	"golang.org/x/oauth2"
)

func Login(conf *oauth2.Config, state string) (string, error) {
	codes := make(chan string, 2)
	http.HandleFunc("/landing", func(w http.ResponseWriter, r *http.Request) {
		codes <- r.FormValue("code")
	})
	go http.ListenAndServe(":9300", nil) // want `native app's callback listener on all interfaces`
	if err := exec.Command("xdg-open", conf.AuthCodeURL(state, oauth2.S256ChallengeOption(oauth2.GenerateVerifier()))).Start(); err != nil {
		return "", err
	}
	go func() {
		line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
		codes <- line
	}()
	return <-codes, nil
}
