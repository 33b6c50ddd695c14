package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"brief/pipeline/lang"
	"brief/pipeline/textenc"
)

// Input is a file's name and bytes, read by the caller (file or stdin),
// or an article the caller already took out of a web page or a saved
// .html file (Page; Bytes is then unused).
type Input struct {
	Path  string
	Bytes []byte
	Page  *Page
}

// dateHeader is a leading "date 2021-02" or "date 2021-02-18" line; the
// sample article has it on the same line as the first paragraph.
var dateHeader = regexp.MustCompile(`^(?i:date)\s*:?\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+|$)`)

// Read builds a Document from in: decodes the bytes, normalises line
// endings, lifts the metadata header and splits paragraphs.
func Read(in Input) Stage {
	return func(_ context.Context, doc *Document) error {
		if in.Page != nil {
			return readPage(in.Path, in.Page, doc)
		}
		text, enc, err := textenc.Decode(in.Bytes)
		if err != nil {
			var bad *textenc.InvalidUTF8Error
			if errors.Is(err, textenc.ErrBinary) || errors.As(err, &bad) {
				return fmt.Errorf("%w: %v; give a plain-text article (UTF-8, UTF-16 or Windows-1252)", ErrInput, err)
			}
			return fmt.Errorf("%w: %v", ErrInput, err)
		}
		meta, body := liftHeader(text)
		paras, lines := paragraphs(body)
		offset := strings.Count(text[:len(text)-len(body)], "\n")
		for i := range lines {
			lines[i] += offset
		}
		if len(paras) == 0 {
			return fmt.Errorf("%w: the file has no text to translate", ErrInput)
		}
		if ok, looks := lang.IsFrench(JoinParagraphs(paras)); !ok {
			return &NotFrenchError{LooksLike: looks}
		}
		sum := sha256.Sum256(in.Bytes)
		*doc = Document{
			Version: SchemaVersion,
			Source: Source{Path: in.Path, Name: BaseName(in.Path), Size: int64(len(in.Bytes)),
				SHA256: hex.EncodeToString(sum[:]), Encoding: enc},
			Meta:       meta,
			Paragraphs: paras,
			Lines:      lines,
		}
		return nil
	}
}

// NotFrenchError refuses a text that is clearly not French: only French
// is translated, and an English article "translated" would pass its
// figures check while meaning nothing (spec: read, "The text must be
// French").
type NotFrenchError struct {
	LooksLike string // "English", "Spanish", "Cyrillic script"...
}

// Error says what the text looks like instead, as bad input.
func (e *NotFrenchError) Error() string {
	return fmt.Sprintf("%v: the text looks like %s, not French; brief translates French articles only", ErrInput, e.LooksLike)
}

// Unwrap makes a NotFrenchError an ErrInput (exit 2).
func (e *NotFrenchError) Unwrap() error { return ErrInput }

func liftHeader(text string) (Meta, string) {
	trimmed := strings.TrimLeft(text, " \t\n\u00a0\ufeff")
	m := dateHeader.FindStringSubmatchIndex(trimmed)
	if m == nil {
		return Meta{}, text
	}
	return Meta{Date: trimmed[m[2]:m[3]]}, trimmed[m[1]:]
}

var blankLine = regexp.MustCompile(`\n[ \t]*\n`)

// paragraphs splits on blank lines; single line breaks inside a paragraph
// become spaces, since they are only wrapping. Only ASCII blanks are
// touched: no-break spaces are thousands separators in French. It also
// returns the 1-based line where each paragraph starts.
func paragraphs(text string) ([]string, []int) {
	var out []string
	var starts []int
	line := 1
	for _, loc := range splitIndex(text) {
		block := text[loc[0]:loc[1]]
		var parts []string
		first := 0
		for i, l := range strings.Split(block, "\n") {
			// A line of only no-break spaces is blank too.
			if l = strings.Trim(l, " \t"); strings.TrimSpace(l) != "" {
				if parts == nil {
					first = i
				}
				parts = append(parts, l)
			}
		}
		if p := strings.Join(parts, " "); p != "" {
			out = append(out, p)
			starts = append(starts, line+strings.Count(text[:loc[0]], "\n")+first)
		}
	}
	return out, starts
}

// splitIndex returns the [start, end) of each blank-line separated block.
func splitIndex(text string) [][2]int {
	var out [][2]int
	start := 0
	for _, m := range blankLine.FindAllStringIndex(text, -1) {
		out = append(out, [2]int{start, m[0]})
		start = m[1]
	}
	return append(out, [2]int{start, len(text)})
}

// ReadParagraphs splits text as the read stage does: blank lines end a
// paragraph, single line breaks are wrapping.
func ReadParagraphs(text string) []string {
	p, _ := paragraphs(text)
	return p
}

// BaseName is the output name of a path: "seeds/a.txt" -> "a"; stdin is
// "stdin".
func BaseName(path string) string {
	if path == "" || path == "-" {
		return "stdin"
	}
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}
