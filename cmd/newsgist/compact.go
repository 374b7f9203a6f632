package main

import (
	"bytes"
	"encoding/json"
)

// compactJSON writes src as one line of JSON followed by a newline.
func compactJSON(dst *bytes.Buffer, src []byte) error {
	if err := json.Compact(dst, src); err != nil {
		return err
	}
	dst.WriteByte('\n')
	return nil
}
