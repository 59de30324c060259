// Command fibercallback signs users in on a Fiber app. Its first callback
// exchanges the code without reading the state: reported. Setting a
// fiber.Cookie hands the framework no request. The second compares the
// state with the one kept in a cookie first: silent.
package main

import (
	"os"

	"github.com/gofiber/fiber/v2"
	"golang.org/x/oauth2"
)

var conf = &oauth2.Config{
	ClientID:     "web",
	ClientSecret: os.Getenv("CLIENT_SECRET"),
	RedirectURL:  "https://app.example.com/auth/callback",
	Endpoint:     oauth2.Endpoint{AuthURL: "https://idp.example.com/authorize", TokenURL: "https://idp.example.com/token"},
}

func login(c *fiber.Ctx) error {
	st := oauth2.GenerateVerifier()
	c.Cookie(&fiber.Cookie{Name: "st", Value: st, HTTPOnly: true, Secure: true})
	return c.Redirect(conf.AuthCodeURL(st), fiber.StatusFound)
}

func callback(c *fiber.Ctx) error {
	tok, err := conf.Exchange(c.Context(), c.Query("code")) // want `callback exchanges the code without checking state`
	if err != nil {
		return err
	}
	c.Cookie(&fiber.Cookie{Name: "session", Value: tok.AccessToken, HTTPOnly: true, Secure: true})
	return c.Redirect("/", fiber.StatusFound)
}

func checkedCallback(c *fiber.Ctx) error {
	if st := c.Cookies("st"); st == "" || st != c.Query("state") {
		return c.Status(fiber.StatusBadRequest).SendString("bad state")
	}
	tok, err := conf.Exchange(c.UserContext(), c.Query("code"))
	if err != nil {
		return err
	}
	c.Cookie(&fiber.Cookie{Name: "session", Value: tok.AccessToken, HTTPOnly: true, Secure: true})
	return c.Redirect("/", fiber.StatusFound)
}

func main() {
	app := fiber.New()
	app.Get("/login", login)
	app.Get("/auth/callback", callback)
	app.Get("/auth/checked", checkedCallback)
	app.Listen(":3000")
}
