// Command literalgrant formats its token request from a struct literal
// whose Grant field is "password": reported where the form is built. A
// literal whose grant is replaced from the environment afterwards is
// configuration (silent).
package main

import (
	"fmt"
	"net/http"
	"os"
	"strings"
)

type creds struct {
	Grant, ID, Secret, User, Pass string
}

func form(user, pass string) string {
	c := creds{Grant: "password", ID: os.Getenv("ID"), Secret: os.Getenv("SECRET"), User: user, Pass: pass}
	return fmt.Sprintf("grant_type=%s&client_id=%s&client_secret=%s&username=%s&password=%s", c.Grant, c.ID, c.Secret, c.User, c.Pass) // want `resource owner password credentials grant \(grant_type=password\)`
}

func configured() string {
	c := creds{Grant: "password", ID: os.Getenv("ID")}
	c.Grant = os.Getenv("GRANT")
	return fmt.Sprintf("grant_type=%s&client_id=%s", c.Grant, c.ID)
}

func main() {
	http.Post("https://login.salesforce.com/services/oauth2/token", "application/x-www-form-urlencoded", strings.NewReader(form(os.Args[1], os.Args[2])))
	http.Post("https://login.salesforce.com/services/oauth2/token", "application/x-www-form-urlencoded", strings.NewReader(configured()))
}
