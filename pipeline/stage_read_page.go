package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

// Page is an article taken out of a web page or a saved .html file: its
// paragraphs, title and date, and where it came from.
type Page struct {
	Name         string // output base name
	URL          string // the address as given, without credentials; "" for a local file
	CanonicalURL string // the page's own address, when it differs from URL
	Title        string
	Date         string // YYYY-MM-DD or YYYY-MM; "" when the page gives none
	Paragraphs   []string
}

// readPage builds the Document of an extracted article.
func readPage(path string, p *Page, doc *Document) error {
	var paras []string
	for _, para := range p.Paragraphs {
		if para = strings.TrimSpace(para); para != "" {
			paras = append(paras, para)
		}
	}
	if len(paras) == 0 {
		return fmt.Errorf("%w: the page has no article text to translate", ErrInput)
	}
	// The digest is the extracted text's: a page whose menus or ads change
	// between two fetches is the same source.
	text := JoinParagraphs(paras)
	sum := sha256.Sum256([]byte(text))
	lines := make([]int, len(paras))
	for i := range lines {
		lines[i] = 2*i + 1 // in Text: one blank line between paragraphs
	}
	name := p.Name
	if name == "" {
		name = BaseName(path)
	}
	*doc = Document{
		Version: SchemaVersion,
		Source: Source{Path: path, Name: name, Size: int64(len(text)), SHA256: hex.EncodeToString(sum[:]),
			Encoding: "utf-8", URL: p.URL, CanonicalURL: p.CanonicalURL},
		Meta:       Meta{Date: p.Date, Title: p.Title},
		Paragraphs: paras,
		Lines:      lines,
	}
	return nil
}
