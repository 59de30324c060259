package app

import (
	"net/http"

	"golang.org/x/oauth2"

	"example.com/fixtures/oauthstate/predictable/randutil"
)

type App struct {
	Conf *oauth2.Config
	Alt  *oauth2.Config
}

func (a *App) Login(w http.ResponseWriter, r *http.Request) {
	state := randutil.RandString(24)
	http.SetCookie(w, &http.Cookie{Name: "st", Value: state})
	http.Redirect(w, r, a.Conf.AuthCodeURL(state), http.StatusFound) // want `predictable OAuth state: the state comes from math/rand.Intn in randutil.RandString`
}

func (a *App) LoginAlt(w http.ResponseWriter, r *http.Request) {
	state := randutil.Token()
	http.SetCookie(w, &http.Cookie{Name: "st", Value: state})
	http.Redirect(w, r, a.Alt.AuthCodeURL(state), http.StatusFound)
}
