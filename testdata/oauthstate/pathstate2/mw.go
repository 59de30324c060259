// Package pathstate2 is a Fiber middleware whose default state is the
// page being visited, taken by a helper from c.OriginalURL(): chosen by
// whoever starts the login (reported).
package pathstate2

import (
	"github.com/gofiber/fiber/v2"
	"golang.org/x/oauth2"
)

type Middleware struct {
	Conf *oauth2.Config
}

func returnTo(c *fiber.Ctx) string {
	return c.OriginalURL()
}

func (m *Middleware) Handler(c *fiber.Ctx) error {
	if c.Cookies("session") != "" {
		return c.Next()
	}
	return c.Redirect(m.Conf.AuthCodeURL(returnTo(c)), fiber.StatusFound) // want `predictable OAuth state: the state comes from the request's URL`
}
