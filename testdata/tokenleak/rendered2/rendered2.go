// The rendering helper and the logger type in the same package; the
// helper formats with %+v into bytes, the logger is a struct type.
package rendered2

import (
	"context"
	"fmt"
	"log"

	"golang.org/x/oauth2"
)

type auditLog struct{ prefix string }

func (a auditLog) Warn(msg string)                  { log.Print(a.prefix + msg) }
func (a auditLog) Warnf(format string, args ...any) { log.Printf(a.prefix+format, args...) }
func (a auditLog) Trace(msg string, code int)       { log.Print(a.prefix, msg, code) }

// progress shows messages to the user and is no logger: no printf level.
type progress struct{}

func (progress) Info(msg string) {}

func render(x interface{}) []byte {
	return []byte(fmt.Sprintf("%+v", x))
}

// describe hides its argument's value.
func describe(x interface{}) string {
	return fmt.Sprintf("%T", x)
}

var (
	audit = auditLog{prefix: "[sync] "}
	ui    progress
)

func sync(ctx context.Context, cfg *oauth2.Config, code string) error {
	tok, err := cfg.Exchange(ctx, code)
	if err != nil {
		return err
	}
	audit.Warn(string(render(tok))) // want `oauth2.Token written to a log`
	audit.Warn(describe(tok))
	ui.Info(tok.AccessToken)
	audit.Warn("token expires " + tok.Expiry.String())
	return nil
}
