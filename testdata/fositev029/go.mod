module example.com/fositev029

go 1.26.0

require github.com/ory/fosite v0.29.2

require (
	github.com/asaskevich/govalidator v0.0.0-20230301143203-a9d515a09cc2 // indirect
	github.com/dgrijalva/jwt-go v3.2.0+incompatible // indirect
	github.com/golang/mock v1.6.0 // indirect
	github.com/google/uuid v1.0.0 // indirect
	github.com/mohae/deepcopy v0.0.0-20170929034955-c48cc78d4826 // indirect
	github.com/oleiade/reflections v1.1.0 // indirect
	github.com/ory/go-convenience v0.1.0 // indirect
	github.com/pborman/uuid v1.2.1 // indirect
	github.com/pkg/errors v0.9.1 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	golang.org/x/crypto v0.59.0 // indirect
	gopkg.in/square/go-jose.v2 v2.1.9 // indirect
)
