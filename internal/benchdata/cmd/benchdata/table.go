package main

func table(args []string) {}
