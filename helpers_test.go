package main

import "regexp"

// replaceWord replaces old by new where old is a whole word.
func replaceWord(s, old, new string) string {
	return regexp.MustCompile(`\b`+regexp.QuoteMeta(old)+`\b`).ReplaceAllString(s, new)
}
