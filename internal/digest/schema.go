package digest

import _ "embed"

// JSONSchema is the JSON Schema (draft 2020-12) of a version-1 digest.
//
//go:embed schema.json
var JSONSchema []byte
