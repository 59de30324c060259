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
}

// TagValidators: go-playground/validator v8 to v10 (methods as of
// v10.30.6; v8 and v9 have Struct, StructPartial, StructExcept and
// StructFiltered).
var TagValidators = []TagValidator{{
	Roots: []string{"github.com/go-playground/validator", "gopkg.in/go-playground/validator.v8", "gopkg.in/go-playground/validator.v9"},
	Recv:  "Validate",
	Funcs: []string{"Struct", "StructCtx", "StructFiltered", "StructFilteredCtx", "StructPartial", "StructPartialCtx", "StructExcept", "StructExceptCtx"},
	Tag:   "validate",
}}

// TagValidatorOf returns the tag key that the function recv.name of the
// package path reads, and whether it is a TagValidator.
func TagValidatorOf(path, recv, name string) (string, bool) {
	for _, v := range TagValidators {
		if v.Recv != recv || !slices.Contains(v.Funcs, name) {
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
