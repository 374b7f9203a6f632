package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/newsgist/newsgist/internal/quotes"
)

func main() {
	b, _ := os.ReadFile(os.Args[1])
	t := string(b)
	if i := strings.Index(t, "Sign up to our free newsletters"); i >= 0 {
		t = strings.TrimSpace(t[:i])
	}
	for _, q := range quotes.Extract(t, 3) {
		q.Parts = nil
		j, _ := json.Marshal(q)
		fmt.Println(string(j))
	}
}
