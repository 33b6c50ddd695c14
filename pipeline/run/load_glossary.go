package run

import (
	"fmt"
	"os"

	"brief/pipeline"
	"brief/pipeline/glossary"
)

// LoadGlossary reads a --glossary file (see glossary.Parse).
func LoadGlossary(path string) ([]glossary.Term, error) {
	b, err := os.ReadFile(path)
	if err == nil {
		var terms []glossary.Term
		if terms, err = glossary.Parse(b); err == nil {
			return terms, nil
		}
	}
	return nil, fmt.Errorf("%w: glossary %s: %v", pipeline.ErrConfig, path, err)
}
