package lang

import (
	"strings"
	"unicode/utf8"
)

// Language names, as the messages print them.
const (
	French     = "French"
	English    = "English"
	Spanish    = "Spanish"
	Italian    = "Italian"
	Portuguese = "Portuguese"
	German     = "German"
	Dutch      = "Dutch"
)

// languages is the fixed order every loop uses, so ties always resolve
// the same way.
var languages = []string{French, English, Spanish, Italian, Portuguese, German, Dutch}

// function words (and a few elision marks, written with their
// apostrophe) of each language: the most frequent words of news text,
// which any sentence of a few words contains. Content words are left out
// on purpose: names and borrowed words travel between languages, function
// words rarely do.
var functionWords = map[string]string{
	French: `le la les l' un une des du de d' au aux et ou mais donc est sont était étaient été être
		a ont avait avaient aura sera seront fait faire peut doit à dans par pour sur sous avec sans chez
		entre vers contre pendant depuis avant après selon lors ce cette ces cet ça cela ceci qui que qu'
		quoi dont où ne n' non pas plus moins très aussi encore déjà tout tous toute toutes même il elle ils
		elles on nous vous je j' se s' c' m' lui leur leurs son sa ses mon ma mes notre nos votre vos y
		en si comme ainsi alors aujourd' lorsque lorsqu' puisqu' jusqu' quand deux trois mille cent
		lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril juin juillet août
		septembre octobre novembre décembre ans année années environ près plusieurs personnes selon
		également toujours ici fois rien peu beaucoup trop mieux dernier dernière premier première
		nouveau nouvelle milliards pourcent cependant toutefois lorsqu' puis quelque quelques`,
	English: `the a an of and or but to in on at by for from with without into onto about over under
		after before during between against is are was were be been being am has have had having do
		does did will would shall should can could may might must not no this that these those which
		who whom whose what where when why how there here it its he she they we you i him her them us
		his their our your my as than then so if also only just more most very such some any all each
		both other another said says told one two three up out new because while since until 's n't
		're 've 'll 'd 'm year years people percent around several hundred thousand nearly almost every
		everyone everything now still yet even well first last got get made make became become among
		through across within however although though whether back down off again too own same way
		day week month today`,
	Spanish: `el la los las lo un una unos unas del al de a y o e u pero que es son fue fueron era ser
		está están estaba ha han había sido hay en por para con sin sobre entre desde hasta según tras
		durante contra este esta estos estas ese esa eso como más muy también ya no ni se su sus le les
		nos cuando donde porque pues así todo todos toda todas otro otra otros dos tres años año dijo`,
	Italian: `il lo la i gli le un una uno di del della dello dei delle degli da dal dalla dai dalle
		a in nel nella nei nelle con su sul sulla per tra fra e ed o ma che non si è era erano sono stato
		stata stati essere ha hanno aveva questo questa questi quello quella alla al ai alle allo loro
		suo sua suoi sue dopo perché ancora già molto tutto tutti anche più come se due tre anni
		secondo mentre così l' dell' all' nell' sull' dall' un' c'`,
	Portuguese: `o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às e ou mas que
		não com por para pelo pela pelos pelas é são foi foram era ser está estão estava tem têm tinha
		sido se seu sua seus suas ele ela eles elas isso este esta esse essa mais muito também já
		como quando onde porque entre sobre depois até dois três anos segundo disse`,
	German: `der die das den dem des ein eine einer einem einen eines und oder aber ist sind waren
		sein wird werden wurde wurden hat haben hatte hatten nicht kein keine mit von zu zum zur im in
		auf für an am bei aus nach vor über unter zwischen gegen durch um bis seit ohne auch sich es er
		sie wir ich ihr ihre ihren seine seinen dass daß wie als wenn so noch nur schon mehr sehr
		dieser diese dieses jahr jahre jahren zwei drei sagte`,
	Dutch: `de het een en of maar van in op te aan met voor door naar bij uit om over tot tegen na
		is zijn was waren wordt worden werd werden heeft hebben had niet geen ook nog al wel dan dat
		die dit deze er hij zij ze wij we ik haar hun als omdat meer zeer twee drie jaar zei`,
}

// owners maps a function word to the languages that use it, one bit per
// language of languages: "de" is French, Spanish, Portuguese and Dutch.
var owners = buildOwners()

func buildOwners() map[string]uint8 {
	out := map[string]uint8{}
	for i, l := range languages {
		for _, w := range strings.Fields(functionWords[l]) {
			out[w] |= 1 << i
		}
	}
	return out
}

// index is the position of a language in languages, or -1.
func index(name string) int {
	for i, l := range languages {
		if l == name {
			return i
		}
	}
	return -1
}

// cues are spellings found in one language (or two) only, which judge the
// content words function words cannot: "-ing" is English, "-ée" French,
// "ñ" Spanish. They apply to words that are not function words.
var cues = []struct {
	suffix   string // the word ends with it (and is longer)
	contains string // or the word contains it
	langs    []string
}{
	{suffix: "ing", langs: []string{English}},
	{suffix: "ly", langs: []string{English}},
	{suffix: "ée", langs: []string{French}},
	{suffix: "ées", langs: []string{French}},
	{suffix: "aient", langs: []string{French}},
	{suffix: "eux", langs: []string{French}},
	{suffix: "euse", langs: []string{French}},
	{suffix: "ção", langs: []string{Portuguese}},
	{suffix: "ções", langs: []string{Portuguese}},
	{contains: "ç", langs: []string{French, Portuguese}},
	{contains: "ã", langs: []string{Portuguese}},
	{contains: "õ", langs: []string{Portuguese}},
	{suffix: "ción", langs: []string{Spanish}},
	{suffix: "ciones", langs: []string{Spanish}},
	{contains: "ñ", langs: []string{Spanish}},
	{suffix: "zione", langs: []string{Italian}},
	{suffix: "zioni", langs: []string{Italian}},
	{suffix: "ità", langs: []string{Italian}},
	{contains: "ß", langs: []string{German}},
	{contains: "ä", langs: []string{German}},
	{contains: "ö", langs: []string{German}},
	{suffix: "ung", langs: []string{German}},
	{suffix: "ungen", langs: []string{German}},
	{suffix: "keit", langs: []string{German}},
	{suffix: "heit", langs: []string{German}},
	{contains: "ij", langs: []string{Dutch}},
}

// minCueWord is the shortest word a cue judges: "sing", "fly" and "eux"
// alone are too short to say anything.
const minCueWord = 5

// cue is the language mask of a word that is not a function word: the
// languages of its first matching cue, or 0.
func cue(w string) uint8 {
	if utf8.RuneCountInString(w) < minCueWord {
		return 0
	}
	for _, c := range cues {
		if (c.suffix != "" && strings.HasSuffix(w, c.suffix)) || (c.contains != "" && strings.Contains(w, c.contains)) {
			var m uint8
			for _, l := range c.langs {
				m |= 1 << index(l)
			}
			return m
		}
	}
	return 0
}
