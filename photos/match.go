package photos

import (
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"trainingdesk/identity"
	"trainingdesk/training"
)

// Unmatched is a file left out, and why, in the clerk's words.
type Unmatched struct {
	File   string `json:"file"`
	Reason string `json:"reason"`
}

// IsPhotoFile reports whether a file name looks like a photo to read.
func IsPhotoFile(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jpg", ".jpeg", ".png":
		return true
	}
	return false
}

// Match pairs photo files with trainees: a file named by an identity number
// (11010519491231002X.jpg) goes to that trainee; else a file named by a name
// goes to the one trainee of that name. A name two trainees share, a file
// that names nobody, and a second file for someone already matched are
// listed, never guessed.
func Match(files []string, roster []training.Trainee) (matched map[string]string, unmatched []Unmatched) {
	byID := map[string]string{}
	byName := map[string][]string{}
	for _, t := range roster {
		byID[identity.Normalize(t.Person.IDNumber)] = t.ID
		n := nameKey(t.Person.Name)
		byName[n] = append(byName[n], t.ID)
	}
	matched = map[string]string{}
	filesOf := map[string][]string{}
	sorted := append([]string(nil), files...)
	sort.Strings(sorted)
	for _, f := range sorted {
		stem := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		var id string
		switch ids := byName[nameKey(stem)]; {
		case byID[identity.Normalize(stem)] != "":
			id = byID[identity.Normalize(stem)]
		case len(ids) == 1:
			id = ids[0]
		case len(ids) > 1:
			unmatched = append(unmatched, Unmatched{f, "本班有 " + strconv.Itoa(len(ids)) + " 名学员叫这个名字：请用身份证号命名此照片"})
			continue
		default:
			unmatched = append(unmatched, Unmatched{f, "文件名既不是本班学员的身份证号，也不是本班学员的姓名"})
			continue
		}
		filesOf[id] = append(filesOf[id], f)
	}
	for id, fs := range filesOf {
		if len(fs) == 1 {
			matched[fs[0]] = id
			continue
		}
		for _, f := range fs {
			unmatched = append(unmatched, Unmatched{f, "同一名学员有 " + strconv.Itoa(len(fs)) + " 张照片（" +
				strings.Join(baseNames(fs), "、") + "）：请只留一张"})
		}
	}
	sort.Slice(unmatched, func(i, j int) bool { return unmatched[i].File < unmatched[j].File })
	return matched, unmatched
}

func baseNames(fs []string) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = filepath.Base(f)
	}
	return out
}

func nameKey(s string) string { return norm.NFC.String(strings.TrimSpace(s)) }
