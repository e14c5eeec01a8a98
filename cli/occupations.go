package cli

import (
	"errors"
	"flag"
	"strings"

	"trainingdesk/occupation"
	"trainingdesk/store"
)

func init() {
	register("occupations search", "occupations search 关键词 [--json]（按名称、编码或拼音首字母查职业分类大典，如 dgong → 电工）", occupationsSearch)
}

type occupationJSON struct {
	Code string `json:"code"`
	Name string `json:"name"`
	Path string `json:"path"`
}

// maxOccupationHits keeps a one-letter query from printing the catalogue.
const maxOccupationHits = 50

func occupationsSearch(e *env, args []string) error {
	fs := flag.NewFlagSet("occupations search", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if query == "" {
		return errors.New("缺少参数：关键词（职业名称的一部分、编码或拼音首字母）")
	}
	return e.withStore(func(s *store.Store) error {
		cat, err := s.Occupations()
		if err != nil {
			return err
		}
		hits := cat.Search(query, maxOccupationHits)
		out := make([]occupationJSON, 0, len(hits))
		for _, o := range hits {
			out = append(out, occupationJSON{o.Code, o.Name, o.Path})
		}
		if *asJSON {
			return e.json(out)
		}
		if len(out) == 0 {
			e.say("没有找到与“%s”相符的职业。可输入名称的一部分（电工）、编码（6-31）或拼音首字母（dg）。", query)
		}
		for _, o := range hits {
			e.say("%s\t%s\t%s%s", o.Code, o.Name, o.Path, tradesNote(cat, o.Code))
		}
		return nil
	})
}

// tradesNote lists the region's 工种 under an occupation, if any.
func tradesNote(cat *occupation.Catalogue, code string) string {
	var names []string
	for _, t := range cat.Trades(code) {
		names = append(names, t.Name)
	}
	if len(names) == 0 {
		return ""
	}
	return "\t工种：" + strings.Join(names, "、")
}
