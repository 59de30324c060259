package knowledge

import (
	"reflect"
	"slices"
	"strings"
)

// A TagValidator is a library function that judges a struct only by its
// fields' tags (go-playground/validator's (*Validate).Struct): handed a
// request struct, it reads a field's value only as the field's tag says,
// so a field whose tag asks nothing of an empty value is not checked
// there.
type TagValidator struct {
	Roots []string // import paths, any major version or subpackage
	Recv  string   // the receiver's type name, "" for a function
	Funcs []string
	Tag   string // the struct tag key it reads
	// Binds: the function also fills the struct from the request (gin's
	// ShouldBind) before it validates it: it writes the fields, so it is
	// no mere reader of them (TagValidatorOf leaves it out), but an error
	// it returns still refuses what the tags refuse (RefusingTagOf).
	Binds bool
}

// TagValidators: go-playground/validator v8 to v10 (methods as of
// v10.30.6; v8 and v9 have Struct, StructPartial, StructExcept and
// StructFiltered).
var TagValidators = []TagValidator{{
	Roots: []string{"github.com/go-playground/validator", "gopkg.in/go-playground/validator.v8", "gopkg.in/go-playground/validator.v9"},
	Recv:  "Validate",
	Funcs: []string{"Struct", "StructCtx", "StructFiltered", "StructFilteredCtx", "StructPartial", "StructPartialCtx", "StructExcept", "StructExceptCtx"},
	Tag:   "validate",
}, {
	// echo v4 (context.go, v4.13): Context.Validate(i) runs the
	// Echo#Validator the program installs; its documentation's
	// validator, and every one seen in use, is go-playground's.
	Roots: []string{"github.com/labstack/echo/v4", "github.com/labstack/echo"},
	Recv:  "Context",
	Funcs: []string{"Validate"},
	Tag:   "validate",
}, {
	// gin v1.10 (context.go, binding/default_validator.go): Bind* and
	// ShouldBind* decode the request, then validate the struct by its
	// binding tags with go-playground's validator.
	Roots: []string{"github.com/gin-gonic/gin"},
	Recv:  "Context",
	Funcs: []string{"Bind", "BindJSON", "BindQuery", "BindWith", "BindUri", "BindHeader", "BindXML", "BindYAML", "BindTOML",
		"ShouldBind", "ShouldBindJSON", "ShouldBindQuery", "ShouldBindWith", "ShouldBindUri", "ShouldBindHeader", "ShouldBindXML", "ShouldBindYAML", "ShouldBindTOML", "ShouldBindBodyWith"},
	Tag:   "binding",
	Binds: true,
}}

// TagValidatorOf returns the tag key that the function recv.name of the
// package path reads, and whether it is a TagValidator.
func TagValidatorOf(path, recv, name string) (string, bool) {
	return tagValidatorOf(path, recv, name, false)
}

// RefusingTagOf returns the tag key by which the function recv.name of
// the package path refuses a struct (returns an error), binders
// included, and whether it is one.
func RefusingTagOf(path, recv, name string) (string, bool) {
	return tagValidatorOf(path, recv, name, true)
}

func tagValidatorOf(path, recv, name string, binds bool) (string, bool) {
	for _, v := range TagValidators {
		if v.Recv != recv || !slices.Contains(v.Funcs, name) || v.Binds && !binds {
			continue
		}
		for _, root := range v.Roots {
			if path == root || strings.HasPrefix(path, root+"/") {
				return v.Tag, true
			}
		}
	}
	return "", false
}

// AcceptsEmpty reports whether a field whose struct tag is tag passes
// the validator's key unchecked when empty: no rule at all, "-", or
// rules that begin with omitempty. Any other rule (required, min=43,
// len=43) may refuse an empty value.
func AcceptsEmpty(tag, key string) bool {
	rules := reflect.StructTag(tag).Get(key)
	return rules == "" || rules == "-" || rules == "omitempty" || strings.HasPrefix(rules, "omitempty,")
}
