// Package cookies is a small cookie jar whose methods read the request
// being served by the key they are given.
package cookies

import "net/http"

type Jar struct{ Prefix string }

func (j *Jar) Value(r *http.Request, key string) string {
	c, err := r.Cookie(j.Prefix + key)
	if err != nil {
		return ""
	}
	return c.Value
}

func (j *Jar) Query(r *http.Request, key string) string { return r.FormValue(key) }
