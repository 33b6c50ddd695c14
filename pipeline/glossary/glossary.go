// Package glossary is the user's list of French terms and the English each
// must become (--glossary): parsing it, and checking a translation kept
// it. The prompts and both engines read it; it knows neither.
package glossary

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"regexp"
	"strings"

	"brief/pipeline/figures"
)

// Term is one glossary entry.
type Term struct {
	French  string
	English string
}

// Parse reads CSV or TSV rows of "French term, English term". Lines
// starting with # and a "french,english" header are skipped.
func Parse(b []byte) ([]Term, error) {
	r := csv.NewReader(bytes.NewReader(b))
	if bytes.ContainsRune(b, '\t') {
		r.Comma = '\t'
	}
	r.Comment = '#'
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%v; use two columns, French then English", err)
	}
	var out []Term
	for i, row := range rows {
		if len(row) != 2 || strings.TrimSpace(row[0]) == "" || strings.TrimSpace(row[1]) == "" {
			return nil, fmt.Errorf("row %d: want two non-empty columns, French then English", i+1)
		}
		fr, en := strings.TrimSpace(row[0]), strings.TrimSpace(row[1])
		if i == 0 && strings.EqualFold(fr, "french") && strings.EqualFold(en, "english") {
			continue
		}
		out = append(out, Term{French: fr, English: en})
	}
	return out, nil
}

// Check warns about each term found in a source paragraph whose English
// form is missing from the translation of that paragraph.
func Check(terms []Term, source, translation []string) []figures.Finding {
	var out []figures.Finding
	for _, t := range terms {
		fr, en := pattern(t.French), pattern(t.English)
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

// pattern matches a term as whole words; case matters only for acronyms,
// which are written in capitals.
func pattern(term string) *regexp.Regexp {
	q := regexp.QuoteMeta(term)
	if strings.ToUpper(term) != term {
		q = "(?i)" + q
	}
	return regexp.MustCompile(`(^|[^\pL\pN])` + q + `($|[^\pL\pN])`)
}
