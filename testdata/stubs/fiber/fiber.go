// Package fiber is a stub of github.com/gofiber/fiber/v2 v2.52.8.
package fiber

import (
	"context"
	"time"

	"github.com/valyala/fasthttp"
)

const (
	StatusOK                  = 200
	StatusFound               = 302
	StatusBadRequest          = 400
	StatusUnauthorized        = 401
	StatusInternalServerError = 500
)

// Map is a shortcut for map[string]interface{} (app.go).
type Map map[string]interface{}

// Handler defines a function to serve HTTP requests (app.go).
type Handler = func(*Ctx) error

// Config is the App's configuration (app.go); its fields are left out.
type Config struct{}

// App is the application (app.go).
type App struct{}

// Router is what App.Get returns (router.go).
type Router interface {
	Get(path string, handlers ...Handler) Router
}

func New(config ...Config) *App                               { return &App{} }
func (app *App) Get(path string, handlers ...Handler) Router  { return nil }
func (app *App) Post(path string, handlers ...Handler) Router { return nil }
func (app *App) Listen(addr string) error                     { return nil }
func (app *App) Use(args ...interface{}) Router               { return nil }

// Cookie is a cookie to set (ctx.go).
type Cookie struct {
	Name        string    `json:"name"`
	Value       string    `json:"value"`
	Path        string    `json:"path"`
	Domain      string    `json:"domain"`
	MaxAge      int       `json:"max_age"`
	Expires     time.Time `json:"expires"`
	Secure      bool      `json:"secure"`
	HTTPOnly    bool      `json:"http_only"`
	SameSite    string    `json:"same_site"`
	SessionOnly bool      `json:"session_only"`
}

// Ctx is the request context (ctx.go).
type Ctx struct{}

func (c *Ctx) Query(key string, defaultValue ...string) string  { return "" }
func (c *Ctx) Queries() map[string]string                       { return nil }
func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }
func (c *Ctx) FormValue(key string, defaultValue ...string) string {
	return ""
}
func (c *Ctx) Cookies(key string, defaultValue ...string) string { return "" }
func (c *Ctx) Cookie(cookie *Cookie)                             {}
func (c *Ctx) Redirect(location string, status ...int) error     { return nil }
func (c *Ctx) Context() *fasthttp.RequestCtx                     { return nil }
func (c *Ctx) UserContext() context.Context                      { return nil }
func (c *Ctx) Path(override ...string) string                    { return "" }
func (c *Ctx) OriginalURL() string                               { return "" }
func (c *Ctx) Next() error                                       { return nil }
func (c *Ctx) JSON(data interface{}, ctype ...string) error      { return nil }
func (c *Ctx) SendString(body string) error                      { return nil }
func (c *Ctx) Status(status int) *Ctx                            { return c }
