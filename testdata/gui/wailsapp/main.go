// A Wails desktop app whose OAuth code sits in ./internal/auth.
package main

import (
	"context"
	"log"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"example.com/fixtures/gui/wailsapp/internal/auth"
)

// App is bound to the frontend.
type App struct {
	ctx  context.Context
	flow *auth.Flow
}

func (a *App) startup(ctx context.Context) {
	a.ctx = ctx
	a.flow = auth.New(func(u string) error { runtime.BrowserOpenURL(ctx, u); return nil })
}

// Login is called by the frontend.
func (a *App) Login() error {
	return a.flow.SignIn(a.ctx) // want `no PKCE in the authorization request made by \(\*auth\.Flow\)\.SignIn in a desktop or mobile app: imports github\.com/wailsapp/wails;`
}

// LoginPKCE is the right one.
func (a *App) LoginPKCE() (string, error) {
	return a.flow.SignInSecurely(a.ctx)
}

func main() {
	app := &App{}
	if err := wails.Run(&options.App{Title: "Notes", Width: 1024, Height: 768, OnStartup: app.startup, Bind: []interface{}{app}}); err != nil {
		log.Fatal(err)
	}
}
