package textenc

import (
	"errors"
	"testing"
	u16 "unicode/utf16"
)

func encode16(s string, bigEndian, bom bool) []byte {
	var b []byte
	units := u16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

const french = "L'Otan passera de 500 à 4 000 personnes, a annoncé M. Stoltenberg.\r\nLa mission coûtera 2,5 % de plus : 3 € l'unité."

func TestDecode(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		enc  string
		err  error
	}{
		{"UTF-8", []byte(french), UTF8, nil},
		{"UTF-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, french...), UTF8BOM, nil},
		{"UTF-16LE with BOM", encode16(french, false, true), UTF16LE, nil},
		{"UTF-16BE with BOM", encode16(french, true, true), UTF16BE, nil},
		{"UTF-16LE without BOM", encode16(french, false, false), UTF16LE, nil},
		{"UTF-16BE without BOM", encode16(french, true, false), UTF16BE, nil},
		{"binary with zeros at both positions", []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 0, 1, 0}, "", ErrBinary},
		{"a few zeros in text", []byte("abc\x00def\x00ghij\x00klmn"), "", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := Decode(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("Decode = %q, %v; want %v", got, err, tt.err)
				}
				return
			}
			want := NormalizeNewlines(french)
			if err != nil || enc != tt.enc || got != want {
				t.Errorf("Decode = %q, %q, %v; want %q, %q", got, enc, err, want, tt.enc)
			}
		})
	}
}
