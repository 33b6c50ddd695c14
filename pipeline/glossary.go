package pipeline

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"strings"

	"brief/pipeline/figures"
	"brief/prompts"
)

// LoadGlossary reads a CSV or TSV file of "French term, English term"
// rows. Lines starting with # and a "french,english" header are skipped.
func LoadGlossary(path string) ([]prompts.Term, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: glossary %s: %v", ErrConfig, path, err)
	}
	r := csv.NewReader(bytes.NewReader(b))
	if bytes.ContainsRune(b, '\t') {
		r.Comma = '\t'
	}
	r.Comment = '#'
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%w: glossary %s: %v; use two columns, French then English", ErrConfig, path, err)
	}
	var out []prompts.Term
	for i, row := range rows {
		if len(row) != 2 || strings.TrimSpace(row[0]) == "" || strings.TrimSpace(row[1]) == "" {
			return nil, fmt.Errorf("%w: glossary %s: row %d: want two non-empty columns, French then English", ErrConfig, path, i+1)
		}
		fr, en := strings.TrimSpace(row[0]), strings.TrimSpace(row[1])
		if i == 0 && strings.EqualFold(fr, "french") && strings.EqualFold(en, "english") {
			continue
		}
		out = append(out, prompts.Term{French: fr, English: en})
	}
	return out, nil
}

// checkGlossary warns about each glossary term found in the source whose
// English form is missing from the translation of that paragraph.
func checkGlossary(terms []prompts.Term, source, translation []string) []figures.Finding {
	var out []figures.Finding
	for _, t := range terms {
		fr, en := termPattern(t.French), termPattern(t.English)
		for i, p := range source {
			if i >= len(translation) || !fr.MatchString(p) || en.MatchString(translation[i]) {
				continue
			}
			out = append(out, figures.Finding{Kind: "glossary", Severity: figures.Warning, Rule: "G1", Paragraph: i,
				Message: fmt.Sprintf("glossary: %q in paragraph %d should be translated %q", t.French, i+1, t.English)})
		}
	}
	return out
}

// termPattern matches a term as whole words; case matters only for
// acronyms, which are written in capitals.
func termPattern(term string) *regexp.Regexp {
	q := regexp.QuoteMeta(term)
	if strings.ToUpper(term) != term {
		q = "(?i)" + q
	}
	return regexp.MustCompile(`(^|[^\pL\pN])` + q + `($|[^\pL\pN])`)
}
