package markdown

import (
	"regexp"
	"strings"
)

// htmlish turns characters that would start raw HTML into entities: the
// article is text, never markup.
var htmlish = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// blockStart matches what would turn a paragraph into a heading, list,
// quote, code block or rule.
var blockStart = regexp.MustCompile(`^(#{1,6}\s|[-+*]\s|\d{1,9}[.)]\s|>|\x60{3}|~{3}|={3,}|-{3,}|_{3,}|\*{3,})`)

// lineBreaks only touches ASCII breaks: no-break spaces are thousands
// separators in French figures and must survive.
var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// Inline escapes text for a single line: no line breaks, no raw HTML.
func Inline(s string) string {
	s = strings.TrimSpace(lineBreaks.Replace(s))
	return htmlish.Replace(s)
}

// Block escapes a paragraph so it renders as one plain paragraph: one
// line, so no inner line can start a heading or a list.
func Block(s string) string {
	s = Inline(s)
	if blockStart.MatchString(s) {
		s = "\\" + s
	}
	return s
}

// Cell escapes text for a table cell.
func Cell(s string) string {
	return strings.ReplaceAll(Inline(s), "|", "\\|")
}
