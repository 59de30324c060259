// Package osinoutput2 keeps the osin response in a struct of its own
// and traces it through a logger method: reported. Tracing what the
// response is (its type and status) is silent.
package osinoutput2

import (
	"log/slog"
	"net/http"

	"github.com/RangelReale/osin"
)

type issuer struct {
	osin *osin.Server
	log  *slog.Logger
}

type exchange struct {
	res *osin.Response
}

func (is *issuer) serve(w http.ResponseWriter, r *http.Request) {
	x := exchange{res: is.osin.NewResponse()}
	defer x.res.Close()
	if req := is.osin.HandleAccessRequest(x.res, r); req != nil {
		req.Authorized = req.Client != nil
		is.osin.FinishAccessRequest(x.res, r, req)
	}
	is.log.Debug("issued", "status", x.res.StatusCode, "type", x.res.Type)
	is.log.Debug("issued", "body", x.res.Output) // want `token response written to a log: [a-zA-Z.]+ logs a token response \(printed with its fields, the token included\)`
	_ = osin.OutputJSON(x.res, w, r)
}
