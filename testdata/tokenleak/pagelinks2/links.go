// The second shape: a refresh token escaped into a link of a page
// written with fmt.Fprint, the page formatted on one line with prose
// after the link.
package pagelinks2

import (
	"context"
	"fmt"
	"io"
	"net/url"

	"golang.org/x/oauth2"
)

func Render(ctx context.Context, out io.Writer, cfg *oauth2.Config, code string) error {
	t, err := cfg.Exchange(ctx, code)
	if err != nil {
		return err
	}
	fmt.Fprint(out, fmt.Sprintf("<p>Done. <a href='%s'>Renew your session</a> when it expires.</p>",
		"/renew?rt="+url.QueryEscape(t.RefreshToken))) // want `refresh token in a URL query`
	return nil
}
