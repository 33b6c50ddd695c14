package main

import (
	"regexp"
)

var word500 = regexp.MustCompile(`\b500\b`)

func replaceWord(s, old, new string) string {
	return regexp.MustCompile(`\b`+regexp.QuoteMeta(old)+`\b`).ReplaceAllString(s, new)
}

var _ = word500
