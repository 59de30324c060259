// A stub of github.com/gofiber/fiber/v2 v2.52.8: the few types and
// methods the fixtures use, with that release's signatures (app.go,
// ctx.go, router.go).
module github.com/gofiber/fiber/v2

go 1.22

require github.com/valyala/fasthttp v1.51.0
