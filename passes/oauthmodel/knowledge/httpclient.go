package knowledge

// RequestBuilder is an HTTP client whose requests are built by setter
// calls on a request value (client.R().SetFormData(params)) and sent by
// a method named for the HTTP method (.Post(url)). A token request built
// this way is a hand-built token request like one sent with net/http: its
// parameters are the set handed to a Params setter, its endpoint the
// send's URL argument, and what the response's body methods return is
// the token endpoint's answer.
type RequestBuilder struct {
	Name  string
	Paths []string // import paths of the same API

	Request, Response string // the request's and the response's type names

	// Params are the request's setters whose first argument is the
	// request's parameters (form body, JSON body or query).
	Params []string
	// Send maps a sending method to the index of its URL argument; -1
	// for a method that sends to a URL set otherwise.
	Send map[string]int
	// Result are the setters whose argument the response is decoded into.
	Result []string
	// Body are the response's methods returning its body.
	Body []string
	// ErrorCheck are the response's methods that are true for an error
	// status: a body logged under one is an error response.
	ErrorCheck []string
}

var restySend = map[string]int{"Get": 0, "Post": 0, "Put": 0, "Patch": 0, "Execute": 1, "Send": -1}

// RequestBuilders: go-resty, checked against v2.16.5 (request.go,
// response.go), gopkg.in/resty.v1 v1.12.0 (SetMultiValueFormData for
// url.Values; no Send) and resty.dev/v3 v3.0.0-rc.4 (Response.Bytes in
// place of Body, which is the raw io.ReadCloser there, and
// IsStatusFailure in place of IsError).
var RequestBuilders = []*RequestBuilder{
	{
		Name:    "resty",
		Paths:   []string{"github.com/go-resty/resty/v2"},
		Request: "Request", Response: "Response",
		Params:     []string{"SetFormData", "SetFormDataFromValues", "SetBody", "SetQueryParams", "SetQueryParamsFromValues"},
		Send:       restySend,
		Result:     []string{"SetResult"},
		Body:       []string{"Body", "String"},
		ErrorCheck: []string{"IsError"},
	},
	{
		Name:    "resty",
		Paths:   []string{"gopkg.in/resty.v1", "github.com/go-resty/resty"},
		Request: "Request", Response: "Response",
		Params:     []string{"SetFormData", "SetMultiValueFormData", "SetBody", "SetQueryParams", "SetMultiValueQueryParams"},
		Send:       map[string]int{"Get": 0, "Post": 0, "Put": 0, "Patch": 0, "Execute": 1},
		Result:     []string{"SetResult"},
		Body:       []string{"Body", "String"},
		ErrorCheck: []string{"IsError"},
	},
	{
		Name:    "resty",
		Paths:   []string{"resty.dev/v3"},
		Request: "Request", Response: "Response",
		Params:     []string{"SetFormData", "SetFormDataFromValues", "SetBody", "SetQueryParams", "SetQueryParamsFromValues"},
		Send:       restySend,
		Result:     []string{"SetResult"},
		Body:       []string{"Bytes", "String"},
		ErrorCheck: []string{"IsStatusFailure"},
	},
}

// QuerySetter is a request method that adds one parameter to the
// request's URL query: its first argument is the parameter's name, its
// second the value.
type QuerySetter struct {
	Paths []string // import paths of the package that declares Recv
	Recv  string
	Name  string
}

// QuerySetters: go-openapi's runtime.ClientRequest (client_request.go,
// v0.19.22, v0.21.0 and v0.29.0: SetQueryParam(string, ...string) error,
// which a ClientAuthInfoWriter calls on every request) and go-resty's Request
// (v2.7.0 request.go, gopkg.in/resty.v1 v1.12.0, resty.dev/v3
// v3.0.0-rc.4: SetQueryParam(param, value string)).
var QuerySetters = []QuerySetter{
	{Paths: []string{"github.com/go-openapi/runtime"}, Recv: "ClientRequest", Name: "SetQueryParam"},
	{Paths: []string{"github.com/go-resty/resty/v2", "gopkg.in/resty.v1", "github.com/go-resty/resty", "resty.dev/v3"}, Recv: "Request", Name: "SetQueryParam"},
}
