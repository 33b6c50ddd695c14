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

	"brief/pipeline/textenc"
)

// Input is a file's name and bytes, read by the caller (file or stdin).
type Input struct {
	Path  string
	Bytes []byte
}

// dateHeader is a leading "date 2021-02" or "date 2021-02-18" line; the
// sample article has it on the same line as the first paragraph.
var dateHeader = regexp.MustCompile(`^(?i:date)\s*:?\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+|$)`)

// Read builds a Document from in: decodes the bytes, normalises line
// endings, lifts the metadata header and splits paragraphs.
func Read(in Input) Stage {
	return func(_ context.Context, doc *Document) error {
		text, enc, err := textenc.Decode(in.Bytes)
		if err != nil {
			var bad *textenc.InvalidUTF8Error
			if errors.Is(err, textenc.ErrBinary) || errors.As(err, &bad) {
				return fmt.Errorf("%w: %v; give a plain-text article (UTF-8, UTF-16 or Windows-1252)", ErrInput, err)
			}
			return fmt.Errorf("%w: %v", ErrInput, err)
		}
		meta, body := liftHeader(text)
		paras := paragraphs(body)
		if len(paras) == 0 {
			return fmt.Errorf("%w: the file has no text to translate", ErrInput)
		}
		sum := sha256.Sum256(in.Bytes)
		*doc = Document{
			Version: SchemaVersion,
			Source: Source{Path: in.Path, Name: baseName(in.Path), Size: int64(len(in.Bytes)),
				SHA256: hex.EncodeToString(sum[:]), Encoding: enc},
			Meta:       meta,
			Paragraphs: paras,
		}
		return nil
	}
}

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
// touched: no-break spaces are thousands separators in French.
func paragraphs(text string) []string {
	var out []string
	for _, block := range blankLine.Split(text, -1) {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			// A line of only no-break spaces is blank too.
			if l = strings.Trim(l, " \t"); strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		if p := strings.Join(lines, " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// baseName is the output name of a path: "seeds/a.txt" -> "a"; stdin is
// "stdin".
func baseName(path string) string {
	if path == "" || path == "-" {
		return "stdin"
	}
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}
