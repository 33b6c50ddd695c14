package report

import (
	"fmt"
	"strings"

	"brief/pipeline/figures"
	"brief/pipeline/run"
)

// maxFindingLines bounds the figure errors printed for a failed input:
// enough to see what went wrong; --json lists every one.
const maxFindingLines = 5

// findingLines are the figure errors of a failed input, as `verify`
// prints them, each saying where: "a.txt: paragraph 2: "500" (500) was
// written "600" (600): one digit substituted". Paragraphs count from 1.
func findingLines(res run.Result) []string {
	if res.Doc == nil || res.Doc.Figures == nil {
		return nil
	}
	var out []string
	add := func(rep *figures.Report, part string) {
		if rep == nil {
			return
		}
		for _, f := range rep.Findings {
			if f.Severity != figures.Error {
				continue
			}
			where := part
			if where == "" && !strings.Contains(f.Message, "in paragraph ") {
				where = fmt.Sprintf("paragraph %d", f.Paragraph+1)
			}
			if where != "" {
				where += ": "
			}
			out = append(out, fmt.Sprintf("%s: %s%s", res.Path, where, f.Message))
		}
	}
	add(res.Doc.Figures.Translation, "")
	add(res.Doc.Figures.Summary, "summary")
	if n := len(out); n > maxFindingLines {
		out = append(out[:maxFindingLines], fmt.Sprintf("%s: and %d more", res.Path, n-maxFindingLines))
	}
	return out
}
