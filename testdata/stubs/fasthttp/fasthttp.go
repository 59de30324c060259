// Package fasthttp is a stub of github.com/valyala/fasthttp v1.51.0.
package fasthttp

import "time"

// RequestCtx is the request being served (server.go).
type RequestCtx struct{}

func (ctx *RequestCtx) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }
func (ctx *RequestCtx) Done() <-chan struct{}                   { return nil }
func (ctx *RequestCtx) Err() error                              { return nil }
func (ctx *RequestCtx) Value(key any) any                       { return nil }
