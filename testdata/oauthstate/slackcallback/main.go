// A Slack app's "Sign in with Slack": slack-go redeems the code (Slack's
// oauth.v2.access needs no grant_type). One callback never reads the
// state it sent (reported); the other compares it with the cookie's
// (silent).
package main

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"net/url"
	"os"

	"github.com/slack-go/slack"
)

var (
	clientID     = os.Getenv("SLACK_CLIENT_ID")
	clientSecret = os.Getenv("SLACK_CLIENT_SECRET")
)

const redirect = "https://dash.example.net/slack/done"

func start(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 24)
	rand.Read(b)
	st := base64.RawURLEncoding.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: "slack_state", Value: st, HttpOnly: true, Secure: true})
	q := url.Values{"client_id": {clientID}, "user_scope": {"identity.basic"}, "redirect_uri": {redirect}, "state": {st}}
	http.Redirect(w, r, "https://slack.com/oauth/v2/authorize?"+q.Encode(), http.StatusFound)
}

func done(w http.ResponseWriter, r *http.Request) {
	code := r.FormValue("code")
	resp, err := slack.GetOAuthV2ResponseContext(r.Context(), http.DefaultClient, clientID, clientSecret, code, redirect) // want `callback exchanges the code without checking state`
	if err != nil {
		http.Error(w, "sign-in failed", http.StatusBadGateway)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "member", Value: resp.AuthedUser.ID, HttpOnly: true, Secure: true})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func doneChecked(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("slack_state")
	if err != nil || c.Value == "" || c.Value != r.FormValue("state") {
		http.Error(w, "bad state", http.StatusBadRequest)
		return
	}
	resp, err := slack.GetOAuthV2Response(http.DefaultClient, clientID, clientSecret, r.FormValue("code"), redirect)
	if err != nil {
		http.Error(w, "sign-in failed", http.StatusBadGateway)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "member", Value: resp.AuthedUser.ID, HttpOnly: true, Secure: true})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func main() {
	http.HandleFunc("/slack/start", start)
	http.HandleFunc("/slack/done", done)
	http.HandleFunc("/slack/done2", doneChecked)
	http.ListenAndServe(":8080", nil)
}
