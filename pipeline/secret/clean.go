package secret

import (
	"regexp"
	"strings"
	"unicode"
)

// Length bounds of cleaned text.
const (
	// MaxLine bounds a whole diagnostic line.
	MaxLine = 2000
	// MaxServerText bounds what one server message adds to a line.
	MaxServerText = 300
)

// escape matches terminal escape sequences: CSI (colours, cursor moves,
// screen clears), OSC (window titles, hyperlinks) ended by BEL or ST, and
// two-character escapes.
var escape = regexp.MustCompile("\x1b\\[[0-?]*[ -/]*[@-~]|\x1b\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?|\x1b[@-_]?|\u009b[0-?]*[ -/]*[@-~]")

// Clean makes text a server (or a file) provided safe to print on one
// terminal line: escape sequences and control characters removed (so it
// cannot clear the screen, ring the bell or move the cursor), Unicode
// direction overrides removed, invalid UTF-8 replaced, line breaks and
// tabs folded into single spaces (so it cannot forge a line of its own),
// at most max characters (an ellipsis marks the cut; max <= 0: no bound).
func Clean(text string, max int) string {
	text = strings.ToValidUTF8(text, "\uFFFD")
	text = escape.ReplaceAllString(text, "")
	var b strings.Builder
	space := false
	n := 0
	for _, r := range text {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\f' || r == '\u2028' || r == '\u2029':
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || bidi(r):
			continue
		}
		if space {
			if r != ' ' {
				b.WriteByte(' ')
				n++
			}
			space = false
		}
		if max > 0 && n >= max {
			b.WriteString("…")
			return b.String()
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// bidi reports the Unicode controls that reorder how text is displayed.
func bidi(r rune) bool {
	return (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069') || r == '\u200e' || r == '\u200f' || r == '\u061c'
}

// Excerpt is Clean(text, MaxServerText): a server's error message as it
// may appear inside one of brief's lines.
func Excerpt(text string) string { return Clean(strings.TrimSpace(text), MaxServerText) }
