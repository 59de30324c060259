package idstate

import (
	"crypto/rand"
	"net/http"

	"golang.org/x/oauth2"
)

var (
	gitlab = &oauth2.Config{ClientID: "gl", ClientSecret: "gl-secret", RedirectURL: "https://shop.example.com/oauth/gitlab", Endpoint: conf.Endpoint}
	gitea  = &oauth2.Config{ClientID: "gt", ClientSecret: "gt-secret", RedirectURL: "https://shop.example.com/oauth/gitea", Endpoint: conf.Endpoint}
)

// gitlabLogin hands back the client and a state drawn by the id helper:
// the state is its second result.
func gitlabLogin() (*oauth2.Config, string) {
	return gitlab, newState()
}

func giteaLogin() (*oauth2.Config, string, error) {
	return gitea, rand.Text(), nil
}

func loginGitlab(w http.ResponseWriter, r *http.Request) {
	c, st := gitlabLogin()
	keep(w, st)
	http.Redirect(w, r, c.AuthCodeURL(st), http.StatusFound) // want `predictable OAuth state: the state comes from xid.New`
}

func loginGitea(w http.ResponseWriter, r *http.Request) {
	c, st, err := giteaLogin()
	if err != nil {
		return
	}
	keep(w, st)
	http.Redirect(w, r, c.AuthCodeURL(st), http.StatusFound)
}
