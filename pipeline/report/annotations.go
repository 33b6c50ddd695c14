package report

import (
	"fmt"
	"io"
	"strings"

	"brief/pipeline"
	"brief/pipeline/figures"
)

// annotate prints figure errors as GitHub Actions workflow commands, so
// they show on the file and line in the pull request.
func annotate(w io.Writer, doc *pipeline.Document) {
	if doc == nil || doc.Figures == nil {
		return
	}
	for _, rep := range []*figures.Report{doc.Figures.Translation, doc.Figures.Summary} {
		if rep == nil {
			continue
		}
		for _, f := range rep.Findings {
			if f.Severity != figures.Error {
				continue
			}
			line := 1
			if rep.Mode == figures.ModeTranslation && f.Paragraph >= 0 && f.Paragraph < len(doc.Lines) {
				line = doc.Lines[f.Paragraph]
			}
			fmt.Fprintf(w, "::error file=%s,line=%d,title=brief figures::%s\n",
				escapeProperty(doc.Source.Path), line, escapeData(f.Message))
		}
	}
}

// Workflow command escaping, as the runner expects.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
