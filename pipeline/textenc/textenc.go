// Package textenc turns the bytes of a text file into UTF-8: UTF-8 with or
// without BOM, UTF-16 with or without BOM, and Windows-1252 (a superset of Latin-1 for
// French text) are recognised; binary data is refused.
package textenc

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary reports bytes that are not text in any supported encoding.
var ErrBinary = errors.New("binary data, not text")

// Encoding names returned by Decode.
const (
	UTF8        = "utf-8"
	UTF8BOM     = "utf-8-bom"
	UTF16LE     = "utf-16le"
	UTF16BE     = "utf-16be"
	Windows1252 = "windows-1252"
)

// Decode returns b as UTF-8 text with line endings normalised to "\n", and
// the name of the encoding it was found in.
func Decode(b []byte) (string, string, error) {
	text, enc, err := decode(b)
	if err != nil {
		return "", "", err
	}
	if looksBinary(text) {
		return "", "", ErrBinary
	}
	return NormalizeNewlines(text), enc, nil
}

func decode(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return string(b[3:]), UTF8BOM, validUTF8(b[3:])
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return utf16(b, unicode.LittleEndian, UTF16LE)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return utf16(b, unicode.BigEndian, UTF16BE)
	case bomless(b, 1):
		return utf16(b, unicode.LittleEndian, UTF16LE)
	case bomless(b, 0):
		return utf16(b, unicode.BigEndian, UTF16BE)
	case utf8.Valid(b):
		return string(b), UTF8, nil
	case bytes.IndexByte(b, 0) >= 0:
		return "", "", ErrBinary
	case hasMultibyteUTF8(b):
		// Mostly UTF-8 with a broken byte: decoding it as Windows-1252
		// would turn every accent into mojibake, so refuse it instead.
		return "", "", &InvalidUTF8Error{Offset: firstInvalid(b)}
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return "", "", ErrBinary
	}
	return string(out), Windows1252, nil
}

// InvalidUTF8Error reports a UTF-8 file with an invalid byte sequence.
type InvalidUTF8Error struct{ Offset int }

// Error names the offset of the first invalid byte.
func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8 at byte %d", e.Offset)
}

func hasMultibyteUTF8(b []byte) bool {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r != utf8.RuneError && size > 1 {
			return true
		}
		b = b[size:]
	}
	return false
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

func validUTF8(b []byte) error {
	if !utf8.Valid(b) {
		return &InvalidUTF8Error{Offset: 3 + firstInvalid(b)}
	}
	return nil
}

// bomless says b looks like UTF-16 written without a byte-order mark
// (Windows tools do that): text in the Latin scripts has a zero high byte
// in almost every code unit, at position high of each pair (1 for little
// endian), and almost never a zero low byte. Binary data has zeros at
// both positions; UTF-8 text has none.
func bomless(b []byte, high int) bool {
	if len(b) < 8 || len(b)%2 != 0 {
		return false
	}
	n := min(len(b), 8192) / 2
	zeroHigh, zeroLow := 0, 0
	for i := 0; i < n; i++ {
		if b[2*i+high] == 0 {
			zeroHigh++
		}
		if b[2*i+1-high] == 0 {
			zeroLow++
		}
	}
	return zeroHigh*10 >= n*7 && zeroLow*100 <= n
}

func utf16(b []byte, order unicode.Endianness, name string) (string, string, error) {
	// UseBOM: a BOM, when there is one, is dropped (and wins); without
	// one, order is taken.
	out, err := unicode.UTF16(order, unicode.UseBOM).NewDecoder().Bytes(b)
	if err != nil {
		return "", "", err
	}
	return string(out), name, nil
}

// looksBinary flags text with NULs or a high share of control characters,
// which no article has.
func looksBinary(s string) bool {
	if s == "" {
		return false
	}
	controls := 0
	for _, r := range s {
		if r == 0 {
			return true
		}
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			controls++
		}
	}
	return controls*20 > utf8.RuneCountInString(s) // more than 5%
}

// NormalizeNewlines turns CRLF and lone CR into LF.
func NormalizeNewlines(s string) string {
	if !bytes.ContainsRune([]byte(s), '\r') {
		return s
	}
	var b bytes.Buffer
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			b.WriteByte('\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
