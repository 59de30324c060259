package value

import (
	"go/constant"
	"strconv"
	"strings"
)

// Arg is one argument of a formatting call, as far as it is known: Str is
// its text (possibly with Holes) when it is a string, Const its constant
// value when it is a constant of another kind.
type Arg struct {
	Str   string
	IsStr bool
	Const constant.Value
}

// Sprintf evaluates fmt.Sprintf(format, args...) for a fully known format.
// Verbs it cannot render exactly (widths, flags, %x of a Hole, argument
// indexes) become Holes, so the result is never wrong, only less known.
func Sprintf(format string, args []Arg) string {
	var b strings.Builder
	argi := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(format) {
			b.WriteString("%!(NOVERB)")
			break
		}
		if format[i] == '%' {
			b.WriteByte('%')
			continue
		}
		// Flags, width, precision and argument indexes: skip them and give up
		// on the verb's exact text.
		plain := true
		for i < len(format) && strings.IndexByte("+-# 0123456789.*[]", format[i]) >= 0 {
			plain = false
			if format[i] == '*' {
				argi++ // consumes an argument
			}
			if format[i] == '[' {
				// explicit argument indexes reorder everything after them
				b.WriteString(Hole)
				return b.String() + Hole
			}
			i++
		}
		if i >= len(format) {
			b.WriteString(Hole)
			break
		}
		verb := format[i]
		if argi >= len(args) {
			b.WriteString(Hole)
			continue
		}
		a := args[argi]
		argi++
		if !plain {
			b.WriteString(Hole)
			continue
		}
		b.WriteString(formatVerb(verb, a))
	}
	return b.String()
}

func formatVerb(verb byte, a Arg) string {
	switch verb {
	case 's', 'v':
		if a.IsStr {
			return a.Str
		}
		if a.Const != nil {
			return constText(a.Const)
		}
	case 'q':
		if a.IsStr {
			return Quote(a.Str)
		}
	case 'd':
		if a.Const != nil && a.Const.Kind() == constant.Int {
			return a.Const.ExactString()
		}
	case 't':
		if a.Const != nil && a.Const.Kind() == constant.Bool {
			return strconv.FormatBool(constant.BoolVal(a.Const))
		}
	}
	return Hole
}

// constText renders a non-string constant as %v would.
func constText(c constant.Value) string {
	switch c.Kind() {
	case constant.Int:
		return c.ExactString()
	case constant.Bool:
		return strconv.FormatBool(constant.BoolVal(c))
	case constant.String:
		return constant.StringVal(c)
	}
	return Hole
}

// VerbArgs maps each query parameter of a format whose whole value is one
// verb (code=%s in "…/token?client_id=%s&code=%s") to that verb's
// argument index. It is nil when a verb has flags, a width or an argument
// index, which make the argument of each verb uncertain.
func VerbArgs(format string) map[string]int {
	var out map[string]int
	argi := 0
	start := 0 // where the current parameter's text began
	for i := 0; i < len(format); i++ {
		switch c := format[i]; c {
		case '?', '&':
			start = i + 1
			continue
		case '%':
		default:
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		if i+1 >= len(format) || strings.IndexByte("+-# 0123456789.*[]", format[i+1]) >= 0 {
			return nil
		}
		key, ok := strings.CutSuffix(format[start:i], "=")
		end := i + 2
		if ok && key != "" && !strings.ContainsAny(key, "=%/") && (end == len(format) || format[end] == '&' || format[end] == '#') {
			if out == nil {
				out = make(map[string]int)
			}
			out[key] = argi
		}
		argi++
		i++
	}
	return out
}
