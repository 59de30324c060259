// A stub of github.com/valyala/fasthttp v1.51.0: RequestCtx, which
// fiber's Ctx.Context returns, with that release's context.Context
// methods.
module github.com/valyala/fasthttp

go 1.22
