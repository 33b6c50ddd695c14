package engine

import (
	"regexp"
	"strings"

	"brief/pipeline/chunking"
)

// Chatty models wrap a translation: "Here is the translation:", a code
// fence, a closing "Note: ...". These are not paragraphs of the article.
var (
	preamble  = regexp.MustCompile(`(?i)^(?:sure[,!.]?\s*)?(?:here(?: is|'s)|below is|voici|translation|traduction|english translation)\b[^\n]{0,80}:\s*$`)
	afterword = regexp.MustCompile(`(?i)^\(?(?:note|notes|translator's note|n\.b\.)\b`)
	fence     = regexp.MustCompile("^```[a-zA-Z]*\\s*\n?|\n?```\\s*$")
)

// Unwrap returns the paragraphs of a translation reply without what a
// model put around it, but only when the paragraph count says it is extra:
// a short first paragraph ending in a colon, a last one that is a note, a
// code fence.
func Unwrap(reply string, want int) []string {
	got := chunking.Paragraphs(fence.ReplaceAllString(strings.TrimSpace(reply), ""))
	for len(got) > want && len(got) > 1 && preamble.MatchString(got[0]) {
		got = got[1:]
	}
	for len(got) > want && len(got) > 1 && afterword.MatchString(got[len(got)-1]) {
		got = got[:len(got)-1]
	}
	return got
}
