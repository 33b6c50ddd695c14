package lang

import "unicode"

// scripts are the writing systems named when most letters of a text are
// not Latin; function words cannot judge those texts, the script can.
var scripts = []struct {
	name  string
	table *unicode.RangeTable
}{
	{"Cyrillic script", unicode.Cyrillic},
	{"Greek script", unicode.Greek},
	{"Arabic script", unicode.Arabic},
	{"Hebrew script", unicode.Hebrew},
	{"Chinese characters", unicode.Han},
	{"Japanese script", unicode.Hiragana},
	{"Japanese script", unicode.Katakana},
	{"Korean script", unicode.Hangul},
	{"Devanagari script", unicode.Devanagari},
	{"Thai script", unicode.Thai},
	{"Armenian script", unicode.Armenian},
	{"Georgian script", unicode.Georgian},
}

// minScriptLetters is the fewest letters a script verdict needs: a
// French text quoting one word in Greek is still French.
const minScriptLetters = 10

// dominantScript names the script of more than half of the letters of
// text when it is not Latin and there are enough letters, else "".
// Japanese counts its kana and kanji together. The name reads after
// "looks like": "Cyrillic script", "Chinese characters".
func dominantScript(text string) string {
	letters, latin := 0, 0
	counts := make([]int, len(scripts))
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.Is(unicode.Latin, r) {
			latin++
			continue
		}
		for i, s := range scripts {
			if unicode.Is(s.table, r) {
				counts[i]++
				break
			}
		}
	}
	if letters < minScriptLetters || 2*latin >= letters {
		return ""
	}
	kana := counts[5] + counts[6]
	if kana > 0 {
		counts[5] = kana + counts[4] // kanji inside Japanese text
		counts[6] = 0
	}
	best, n := "a non-Latin script", 0
	for i, s := range scripts {
		if counts[i] > n {
			best, n = s.name, counts[i]
		}
	}
	return best
}
