package main

import (
	"fmt"
	"io"
	"sort"
)

// An evalCommand runs one quality evaluation and prints its report to out.
type evalCommand struct {
	usage string
	run   func(args []string, out io.Writer) error
}

// evalCommands maps the word after "newsgist eval" to its command. Each
// evaluation registers itself from its own file (eval_<name>.go) in an init
// function, so adding one never touches this file.
var evalCommands = map[string]evalCommand{}

func registerEval(name, usage string, run func(args []string, out io.Writer) error) {
	evalCommands[name] = evalCommand{usage: usage, run: run}
}

func runEval(args []string, out io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: newsgist eval KIND [ARGS]; kinds:\n%s", evalUsage())
	}
	cmd, ok := evalCommands[args[0]]
	if !ok {
		return fmt.Errorf("unknown evaluation %q; kinds:\n%s", args[0], evalUsage())
	}
	return cmd.run(args[1:], out)
}

func evalUsage() string {
	names := make([]string, 0, len(evalCommands))
	for n := range evalCommands {
		names = append(names, n)
	}
	sort.Strings(names)
	s := ""
	for _, n := range names {
		s += "  newsgist eval " + n + " " + evalCommands[n].usage + "\n"
	}
	return s
}
