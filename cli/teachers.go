package cli

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"

	"trainingdesk/identity"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("teachers add", "teachers add --name N --id 身份证号 [--phone P] [--kind theory|practice|both] [--full-time] [--qualification 文字]…（登记师资；资质可写多项，如 \"skill_level:3:电工:编号\" 或 \"本科\"）", teachersAdd)
	register("teachers list", "teachers list [--json]（师资库，证件号码脱敏）", teachersList)
	register("teachers scan", "teachers scan --id 身份证号 --qualification N 文件（为第 N 项资质附扫描件，加密保存）", teachersScan)
}

// multiFlag collects a flag given more than once.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func teachersAdd(e *env, args []string) error {
	fs := flag.NewFlagSet("teachers add", flag.ContinueOnError)
	name := fs.String("name", "", "")
	id := fs.String("id", "", "")
	phone := fs.String("phone", "", "")
	kind := fs.String("kind", "both", "")
	fullTime := fs.Bool("full-time", false, "")
	var quals multiFlag
	fs.Var(&quals, "qualification", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	tc := training.Teacher{Name: *name, IDNumber: *id, Phone: strings.TrimSpace(*phone), Teaches: *kind, FullTime: *fullTime}
	for _, q := range quals {
		tc.Qualifications = append(tc.Qualifications, training.ParseQualification(q))
	}
	return e.withStore(func(s *store.Store) error {
		tc, err := s.SaveTeacher(tc)
		if err != nil {
			return err
		}
		e.say("已登记教师：%s（%s，%s）", tc.Name, identity.Mask(tc.IDNumber), training.TeachesLabel(tc.Teaches))
		return nil
	})
}

type teacherJSON struct {
	ID             string                   `json:"id"`
	Name           string                   `json:"name"`
	IDMasked       string                   `json:"id_masked"`
	Phone          string                   `json:"phone_masked"`
	Kind           string                   `json:"kind"`
	FullTime       bool                     `json:"full_time"`
	Qualifications []training.Qualification `json:"qualifications"`
}

func teachersList(e *env, args []string) error {
	fs := flag.NewFlagSet("teachers list", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		list, err := s.Teachers()
		if err != nil {
			return err
		}
		out := []teacherJSON{}
		for _, tc := range list {
			q := tc.Qualifications
			if q == nil {
				q = []training.Qualification{}
			}
			out = append(out, teacherJSON{tc.ID, tc.Name, identity.Mask(tc.IDNumber), identity.MaskPhone(tc.Phone), tc.Teaches, tc.FullTime, q})
		}
		if *asJSON {
			return e.json(out)
		}
		if len(out) == 0 {
			e.say("师资库还是空的。用 teachers add --name 姓名 --id 身份证号 --kind theory|practice|both 登记。")
		}
		for _, tc := range list {
			var qs []string
			for _, q := range tc.Qualifications {
				qs = append(qs, q.Label())
			}
			e.say("%s\t%s\t%s\t%s\t%s", tc.Name, identity.Mask(tc.IDNumber), training.TeachesLabel(tc.Teaches),
				map[bool]string{true: "专职", false: "兼职"}[tc.FullTime], strings.Join(qs, "；"))
		}
		return nil
	})
}

func teachersScan(e *env, args []string) error {
	fs := flag.NewFlagSet("teachers scan", flag.ContinueOnError)
	id := fs.String("id", "", "")
	n := fs.Int("qualification", 1, "")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return errors.New("缺少参数：扫描件文件（一个）")
	}
	fi, err := os.Stat(pos[0])
	if err != nil {
		return fmt.Errorf("无法读取扫描件 %s：%v", pos[0], err)
	}
	if fi.Size() > store.MaxScanBytes {
		return fmt.Errorf("扫描件 %s 超过 %d MB 上限，请缩小后再附", pos[0], store.MaxScanBytes>>20)
	}
	data, err := os.ReadFile(pos[0])
	if err != nil {
		return fmt.Errorf("无法读取扫描件 %s：%v", pos[0], err)
	}
	return e.withStore(func(s *store.Store) error {
		tc, err := s.TeacherByIDNumber(*id)
		if err != nil {
			return err
		}
		tc, err = s.AttachQualificationScan(tc.ID, *n-1, data)
		if err != nil {
			return err
		}
		e.say("已为 %s 的第 %d 项资质（%s）附扫描件，加密保存。", tc.Name, *n, tc.Qualifications[*n-1].Label())
		return nil
	})
}
