// A command-line login whose server on every interface only shows where
// to copy the token from; the user pastes it on the terminal. The server
// receives nothing: silent (the listen address carries no code).
package pastelanding

import (
	"bufio"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strings"

	"golang.org/x/oauth2"
)

func Login(conf *oauth2.Config, state string) (string, error) {
	http.HandleFunc("/landing", func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprintln(w, "Copy the code from the address bar and paste it in the terminal.")
	})
	go http.ListenAndServe(":9300", nil)
	if err := exec.Command("xdg-open", conf.AuthCodeURL(state, oauth2.S256ChallengeOption(oauth2.GenerateVerifier()))).Start(); err != nil {
		return "", err
	}
	line, err := bufio.NewReader(os.Stdin).ReadString('\n')
	return strings.TrimSpace(line), err
}
