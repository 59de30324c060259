// Package pages holds the paths of the server's own pages.
package pages

const Consent = "/oauth/consent"
