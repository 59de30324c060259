// Package handedstatesafe hands states to redirecting helpers in ways
// that are not weak, or cannot be told: silent.
package handedstatesafe

import (
	"crypto/rand"
	"net/http"
	"os"

	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{ClientID: "web", Endpoint: oauth2.Endpoint{AuthURL: "https://idp.example/authorize"}}

// fresh state from every caller.
func redirectFresh(w http.ResponseWriter, r *http.Request, state string) {
	http.SetCookie(w, &http.Cookie{Name: "st", Value: state, HttpOnly: true, Secure: true})
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

func Login(w http.ResponseWriter, r *http.Request) { redirectFresh(w, r, rand.Text()) }

// One caller random, one from the environment: not every call is weak.
func redirectMixed(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

func LoginA(w http.ResponseWriter, r *http.Request) { redirectMixed(w, r, rand.Text()) }
func LoginB(w http.ResponseWriter, r *http.Request) { redirectMixed(w, r, os.Getenv("STATE")) }

// RedirectWith is exported from a library: other packages call it with
// their own state, even though this package passes a constant.
func RedirectWith(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

func Demo(w http.ResponseWriter, r *http.Request) { RedirectWith(w, r, "demo") }

// A helper registered as a value: whoever holds it passes the state.
func redirectVia(w http.ResponseWriter, r *http.Request, state string) {
	http.Redirect(w, r, conf.AuthCodeURL(state), http.StatusFound)
}

var redirector = redirectVia

func Demo2(w http.ResponseWriter, r *http.Request) {
	redirectVia(w, r, "demo")
	redirector(w, r, rand.Text())
}
