// Package fibercallback2 reads the callback's parameters from the map
// fiber's Queries returns: the code alone is exchanged without a state
// (reported); a handler that compares the map's state with the session's
// first is silent.
package fibercallback2

import (
	"github.com/gofiber/fiber/v2"
	"golang.org/x/oauth2"
)

type Auth struct {
	Conf     *oauth2.Config
	Sessions map[string]string
}

func (a *Auth) Callback(c *fiber.Ctx) error {
	params := c.Queries()
	if _, err := a.Conf.Exchange(c.Context(), params["code"]); err != nil { // want `callback exchanges the code without checking state`
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "exchange failed"})
	}
	return c.Redirect("/app")
}

func (a *Auth) Checked(c *fiber.Ctx) error {
	params := c.Queries()
	want, ok := a.Sessions[c.Cookies("sid")]
	if !ok || want == "" || params["state"] != want {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "bad state"})
	}
	if _, err := a.Conf.Exchange(c.Context(), params["code"]); err != nil {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "exchange failed"})
	}
	return c.Redirect("/app")
}
