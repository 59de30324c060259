// The second shape: the exchange posted with client.Post and a form
// literal, the response body sliced and printed with a verb.
package rawbodylog2

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

type Forge struct {
	HTTP       *http.Client
	ID, Secret string
}

func (f *Forge) Redeem(code string) ([]byte, error) {
	form := url.Values{"client_id": {f.ID}, "client_secret": {f.Secret}, "code": {code}}
	res, err := f.HTTP.Post("https://forge.example.org/login/oauth/access_token", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, err
	}
	fmt.Printf("forge answered %s\n", raw[:]) // want `token endpoint's response printed to standard output`
	return raw, nil
}
