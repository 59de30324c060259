// Package codes builds code records with functional options.
package codes

type Method string

type Record struct {
	Client    string
	Challenge *string
	Method    *Method
}

type Option func(*Record)

func WithChallenge(c string) Option { return func(r *Record) { r.Challenge = &c } }

func WithMethod(m Method) Option { return func(r *Record) { r.Method = &m } }

func New(client string, opts ...Option) *Record {
	r := &Record{Client: client}
	for _, o := range opts {
		o(r)
	}
	return r
}
