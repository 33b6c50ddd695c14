// Package pipeline runs a French article through read, chunk, translate,
// summarize, verify and render, one Document flowing through every stage.
package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"brief/pipeline/engine"
	"brief/pipeline/figures"
)

// SchemaVersion is the version of the Document wire format.
const SchemaVersion = 1

// ErrVersion reports a Document encoded with another schema version.
var ErrVersion = errors.New("unsupported document version")

// Document is the unit of work; its JSON is the wire format between
// `brief stage` commands. Each stage owns exactly one field; nil means the
// stage has not run.
type Document struct {
	Version     int           `json:"version"`
	Source      Source        `json:"source"`                // read
	Meta        Meta          `json:"meta"`                  // read
	Paragraphs  []string      `json:"paragraphs"`            // read
	Lines       []int         `json:"lines"`                 // read: line of each paragraph in the file
	Chunks      *ChunkPlan    `json:"chunks,omitempty"`      // chunk
	Translation *Translation  `json:"translation,omitempty"` // translate
	Summary     *Summary      `json:"summary,omitempty"`     // summarize
	Figures     *Verification `json:"figures,omitempty"`     // verify
}

// Source describes the input: a file, or a web page (Path is then its
// address; Size and SHA256 are those of the extracted text, so the same
// article gives the same Document whatever the page around it).
type Source struct {
	Path     string `json:"path"`
	Name     string `json:"name"` // base name without extension; names the output
	Size     int64  `json:"size"`
	SHA256   string `json:"sha256"`
	Encoding string `json:"encoding"` // detected encoding of the bytes
	// URL is the page's address as given (command line or feed item),
	// without credentials: the briefing's source_url, and what a feed run
	// recognises it by.
	URL string `json:"url,omitempty"`
	// CanonicalURL is the page's own name for itself, when it differs.
	CanonicalURL string `json:"canonical_url,omitempty"`
}

// Meta holds metadata lifted from the article header; it is not body text.
type Meta struct {
	Date  string `json:"date,omitempty"`
	Title string `json:"title,omitempty"`
}

// ChunkPlan is the chunk stage's output: contiguous pieces of the body,
// each under the token budget, that concatenate back to the body exactly.
type ChunkPlan struct {
	Encoding  string  `json:"encoding"`
	MaxTokens int     `json:"max_tokens"`
	Chunks    []Piece `json:"chunks"`
}

// Piece is one chunk of the body, sent to the engine in one request.
type Piece struct {
	Index      int    `json:"index"`
	Text       string `json:"text"`
	Tokens     int    `json:"tokens"`
	Paragraphs int    `json:"paragraphs"` // paragraphs (or paragraph parts) in Text
}

// Usage counts tokens as reported by the API, and requests sent.
type Usage = engine.Usage

// Provenance says which engine, model and prompts produced a part.
type Provenance struct {
	Engine      string `json:"engine"`
	Model       string `json:"model,omitempty"`
	PromptsHash string `json:"prompts_hash,omitempty"`
}

// Translation is the translate stage's output.
type Translation struct {
	Provenance
	Note       string            `json:"note,omitempty"` // caveat shown under the headline
	Usage      Usage             `json:"usage"`
	Chunks     []TranslatedChunk `json:"chunks"`
	Paragraphs []string          `json:"paragraphs"`
}

// TranslatedChunk is the English text of one chunk.
type TranslatedChunk struct {
	Index    int    `json:"index"`
	Text     string `json:"text"`
	Attempts int    `json:"attempts"`
}

// Summary is the summarize stage's output.
type Summary struct {
	Provenance
	Usage    Usage    `json:"usage"`
	Headline string   `json:"headline"`
	Bullets  []string `json:"bullets"`
	Attempts int      `json:"attempts"`
}

// Verification is the verify stage's output: the figures of the
// translation and of the summary checked against the source.
type Verification struct {
	Status      string          `json:"status"` // figures.Passed or figures.Failed
	Translation *figures.Report `json:"translation"`
	Summary     *figures.Report `json:"summary,omitempty"`
	// Glossary lists glossary terms not rendered as asked (warnings).
	Glossary []figures.Finding `json:"glossary,omitempty"`
	// Checked identifies the content this report speaks for (paragraphs,
	// chunks, translation, summary); render refuses a Document edited
	// since.
	Checked string `json:"checked"`
}

// OK reports whether no figure error was found.
func (v *Verification) OK() bool { return v.Status == figures.Passed }

// TotalUsage sums the usage of every stage that called an engine.
func (d *Document) TotalUsage() Usage {
	var u Usage
	if d.Translation != nil {
		u = u.Add(d.Translation.Usage)
	}
	if d.Summary != nil {
		u = u.Add(d.Summary.Usage)
	}
	return u
}

// Body is the article text the chunks are cut from.
func (d *Document) Body() string { return JoinParagraphs(d.Paragraphs) }

// Encode writes doc as indented JSON ending in a newline; struct field
// order makes the bytes deterministic.
func Encode(w io.Writer, doc *Document) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// Decode reads one Document, refusing unknown fields and other versions.
func Decode(r io.Reader) (*Document, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var doc Document
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%w: no document on input; pipe the output of a previous \"brief stage\"", ErrInput)
		}
		return nil, fmt.Errorf("%w: not a brief document: %v", ErrInput, err)
	}
	if doc.Version != SchemaVersion {
		return nil, fmt.Errorf("%w %d (want %d)", ErrVersion, doc.Version, SchemaVersion)
	}
	return &doc, nil
}
