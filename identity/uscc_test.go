package identity

import (
	"errors"
	"strings"
	"testing"
)

func TestValidateUSCC(t *testing.T) {
	tests := []struct {
		name, in, want string
		reason         error
		msgHas         string
	}{
		{"published example", "91350100M000100Y43", "91350100M000100Y43", nil, ""},
		{"letter check char", "91110000600037341L", "91110000600037341L", nil, ""},
		{"lower case and spaces", " 91350100m000100y43\u3000", "91350100M000100Y43", nil, ""},
		{"full-width", "９１３５０１００Ｍ０００１００Ｙ４３", "91350100M000100Y43", nil, ""},
		{"flipped digit", "91350100M000200Y43", "", ErrCheckDigit, "实际为“3”"},
		{"too short", "91350100M000100Y4", "", ErrLength, "当前为17位"},
		{"empty", "", "", ErrLength, "为空"},
		{"letter O not used", "91350100MO00100Y43", "", ErrCharacter, "第10位“O”"},
		{"letter I not used", "9135010IM000100Y43", "", ErrCharacter, "不使用字母I、O、S、V、Z"},
		{"punctuation", "91350100M000100Y4-", "", ErrCharacter, "第18位“-”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ValidateUSCC(tt.in)
			if tt.reason == nil {
				if err != nil || got != tt.want {
					t.Fatalf("got %q, %v; want %q", got, err, tt.want)
				}
				return
			}
			if !errors.Is(err, tt.reason) {
				t.Fatalf("err %v, want reason %v", err, tt.reason)
			}
			if !strings.Contains(err.Error(), tt.msgHas) {
				t.Errorf("message %q should contain %q", err.Error(), tt.msgHas)
			}
		})
	}
}
