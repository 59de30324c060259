module github.com/oauthvet/oauthvet

go 1.26.8

require (
	github.com/coreos/go-oidc/v3 v3.21.0
	github.com/golangci/plugin-module-register v0.1.2
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.5
	golang.org/x/mod v0.42.0
	golang.org/x/oauth2 v0.37.0
	golang.org/x/tools v0.52.0
)

require (
	github.com/go-jose/go-jose/v4 v4.1.4 // indirect
	golang.org/x/sync v0.24.0 // indirect
)
