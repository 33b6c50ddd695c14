package figures

import (
	"bytes"
	"encoding/json"
)

// Paragraph numbers are 0-based inside the package, where they index
// slices, and 1-based in JSON, as in every message and in the Markdown
// table: a reader of `--json` or of a stage Document counts paragraphs
// from 1. Row, Finding and Mention convert on the way out and back.

// MarshalJSON writes the row with its paragraph counted from 1.
func (r Row) MarshalJSON() ([]byte, error) {
	type plain Row
	p := plain(r)
	p.Paragraph++
	return marshal(p)
}

// UnmarshalJSON reads a row whose paragraph is counted from 1.
func (r *Row) UnmarshalJSON(b []byte) error {
	type plain Row
	var p plain
	if err := unmarshal(b, &p); err != nil {
		return err
	}
	p.Paragraph--
	*r = Row(p)
	return nil
}

// MarshalJSON writes the finding with its paragraph counted from 1.
func (f Finding) MarshalJSON() ([]byte, error) {
	type plain Finding
	p := plain(f)
	p.Paragraph++
	return marshal(p)
}

// UnmarshalJSON reads a finding whose paragraph is counted from 1.
func (f *Finding) UnmarshalJSON(b []byte) error {
	type plain Finding
	var p plain
	if err := unmarshal(b, &p); err != nil {
		return err
	}
	p.Paragraph--
	*f = Finding(p)
	return nil
}

// MarshalJSON writes the mention with its paragraph counted from 1.
func (m Mention) MarshalJSON() ([]byte, error) {
	type plain Mention
	p := plain(m)
	p.Paragraph++
	return marshal(p)
}

// UnmarshalJSON reads a mention whose paragraph is counted from 1.
func (m *Mention) UnmarshalJSON(b []byte) error {
	type plain Mention
	var p plain
	if err := unmarshal(b, &p); err != nil {
		return err
	}
	p.Paragraph--
	*m = Mention(p)
	return nil
}

// marshal encodes v as the Document encoder does: no HTML escaping (an
// outer encoder never unescapes what a Marshaler returns).
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// unmarshal refuses unknown fields, as the Document decoder does (its
// setting does not reach a custom UnmarshalJSON).
func unmarshal(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}
