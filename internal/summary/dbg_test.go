package summary

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbgCompress(t *testing.T) {
	s := os.Getenv("NG_S")
	if s == "" {
		t.Skip()
	}
	for _, line := range strings.Split(s, "\n") {
		fmt.Println("S:", line)
		for _, v := range compressions(line) {
			fmt.Printf("  %.3f %s\n", v.penalty, v.text())
		}
	}
}
