module github.com/newsgist/newsgist

go 1.26.8

require (
	github.com/jdkato/prose/v2 v2.0.0
	gopkg.in/neurosnap/sentences.v1 v1.0.6
)

require (
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	github.com/stretchr/testify v1.9.0 // indirect
	golang.org/x/exp v0.0.0-20241009180824-f66d83c29e7c // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
)
