// Package basicauth redeems a Slack install's code with the client's
// credentials in a Basic header, and never reads the state.
package basicauth

import (
	"net/http"
	"net/url"
	"os"
	"strings"
)

func Install(w http.ResponseWriter, r *http.Request) {
	form := url.Values{}
	form.Set("grant_type", "authorization_code") // want `callback exchanges the code without checking state`
	form.Set("code", r.URL.Query().Get("code"))
	req, err := http.NewRequest(http.MethodPost, "https://slack.com/api/oauth.v2.access", strings.NewReader(form.Encode()))
	if err != nil {
		http.Error(w, "bad request", http.StatusInternalServerError)
		return
	}
	req.SetBasicAuth(os.Getenv("SLACK_CLIENT_ID"), os.Getenv("SLACK_CLIENT_SECRET"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, "slack unreachable", http.StatusBadGateway)
		return
	}
	resp.Body.Close()
}

// CheckedInstall compares the state first.
func CheckedInstall(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("slack_state")
	if err != nil || c.Value != r.URL.Query().Get("state") {
		http.Error(w, "bad state", http.StatusForbidden)
		return
	}
	form := url.Values{"grant_type": {"authorization_code"}, "code": {r.URL.Query().Get("code")}}
	req, _ := http.NewRequest(http.MethodPost, "https://slack.com/api/oauth.v2.access", strings.NewReader(form.Encode()))
	req.SetBasicAuth(os.Getenv("SLACK_CLIENT_ID"), os.Getenv("SLACK_CLIENT_SECRET"))
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
	}
}
