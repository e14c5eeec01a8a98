package cli

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"trainingdesk/identity"
	"trainingdesk/outcome"
	"trainingdesk/store"
	"trainingdesk/training"
)

func init() {
	register("trainees withdraw", "trainees withdraw --class C --id 证件号码 --date YYYY-MM-DD --reason 原因", traineesWithdraw)
	register("followup record", "followup record --class C --id 证件号码 --date YYYY-MM-DD --status employed|flexible|self_employed|further_study|unemployed|unreachable "+
		"[--employer NAME] [--employer-uscc USCC] [--start D] [--job J] [--contract-months N] [--wage 元] "+
		"[--evidence contract|social_insurance|payslip|license|flexible_registration|other[:编号]]… [--scan FILE]… "+
		"[--business-name N --business-uscc U --registered D] [--employees N] [--operating yes|no] [--note T]", followupRecord)
}

func traineesWithdraw(e *env, args []string) error {
	fs := flag.NewFlagSet("trainees withdraw", flag.ContinueOnError)
	class := fs.String("class", "", "")
	id := fs.String("id", "", "")
	date := fs.String("date", "", "")
	reason := fs.String("reason", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("--id", *id); err != nil {
		return err
	}
	if err := need("--date", *date); err != nil {
		return err
	}
	d, err := outcome.ParseDay(outcome.FieldWithdrawDate, *date)
	if err != nil {
		return err
	}
	return e.withTrainee(*class, *id, func(s *store.Store, c training.Class, tr training.Trainee) error {
		tr, err = s.WithdrawTrainee(tr.ID, training.Withdrawal{Date: d, Reason: *reason})
		if err != nil {
			return err
		}
		e.say("已退学：%s（%s）于 %s 离开 %s，原因：%s。考勤与成绩保留。", tr.Name(), identity.Mask(tr.Person.IDNumber),
			tr.Withdrawn.Date.Format(training.DateLayout), c.Name, tr.Withdrawn.Reason)
		return nil
	})
}

// listFlag collects a repeatable flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func followupRecord(e *env, args []string) error {
	fs := flag.NewFlagSet("followup record", flag.ContinueOnError)
	class := fs.String("class", "", "")
	id := fs.String("id", "", "")
	date := fs.String("date", "", "")
	status := fs.String("status", "", "")
	var en outcome.Entry
	fs.StringVar(&en.Employer, "employer", "", "")
	fs.StringVar(&en.EmployerUSCC, "employer-uscc", "", "")
	start := fs.String("start", "", "")
	fs.StringVar(&en.Job, "job", "", "")
	fs.IntVar(&en.ContractMonths, "contract-months", 0, "")
	wage := fs.String("wage", "", "")
	fs.StringVar(&en.Note, "note", "", "")
	var evidence, scanFiles listFlag
	fs.Var(&evidence, "evidence", "")
	fs.Var(&scanFiles, "scan", "")
	bizName := fs.String("business-name", "", "")
	bizUSCC := fs.String("business-uscc", "", "")
	registered := fs.String("registered", "", "")
	employees := fs.Int("employees", -1, "")
	operating := fs.String("operating", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	for _, f := range []struct{ name, v string }{{"--id", *id}, {"--date", *date}, {"--status", *status}} {
		if err := need(f.name, f.v); err != nil {
			return err
		}
	}
	var err error
	if en.Status, err = outcome.ParseStatus(*status); err != nil {
		return err
	}
	if en.Date, err = outcome.ParseDay(outcome.FieldDate, *date); err != nil {
		return err
	}
	if *start != "" {
		if en.Start, err = outcome.ParseDay(outcome.FieldStart, *start); err != nil {
			return err
		}
	}
	if en.MonthlyWageFen, err = outcome.ParseYuan(*wage); err != nil {
		return err
	}
	for _, ev := range evidence {
		kind, ref, _ := strings.Cut(ev, ":")
		k, err := outcome.ParseEvidenceKind(kind)
		if err != nil {
			return err
		}
		en.Evidence = append(en.Evidence, outcome.Evidence{Kind: k, Ref: ref})
	}
	if en.Business, err = businessFlags(*bizName, *bizUSCC, *registered, *employees, *operating); err != nil {
		return err
	}
	scans, err := readScans(scanFiles, len(en.Evidence))
	if err != nil {
		return err
	}
	return e.withTrainee(*class, *id, func(s *store.Store, c training.Class, tr training.Trainee) error {
		en.TraineeID = tr.ID
		en, err = s.RecordFollowUp(en, scans)
		if err != nil {
			return err
		}
		e.say("已记录就业跟踪：%s（%s）%s %s", tr.Name(), identity.Mask(tr.Person.IDNumber), en.Date.Format(training.DateLayout), en.Status.Label())
		return nil
	})
}

// businessFlags builds the business of a follow-up from its flags; nil when
// none was given. employees < 0 means not asked.
func businessFlags(name, uscc, registered string, employees int, operating string) (*outcome.Business, error) {
	if name == "" && uscc == "" && registered == "" && employees < 0 && operating == "" {
		return nil, nil
	}
	b := &outcome.Business{Name: name, USCC: uscc}
	var err error
	if registered != "" {
		if b.Registered, err = outcome.ParseDay(outcome.FieldRegistered, registered); err != nil {
			return nil, err
		}
	}
	if employees >= 0 {
		b.Employees = &employees
	}
	if operating != "" {
		op, err := outcome.ParseYesNo(outcome.FieldOperating, operating)
		if err != nil {
			return nil, err
		}
		b.Operating = &op
	}
	return b, nil
}

// readScans reads the --scan files, the i-th attached to the i-th evidence
// item, refusing a file over the limit before reading it whole.
func readScans(files []string, items int) ([]store.ScanFile, error) {
	if len(files) > items {
		return nil, fmt.Errorf("扫描件（--scan）有 %d 个，证明材料（--evidence）只有 %d 项：每个扫描件对应一项证明材料", len(files), items)
	}
	var out []store.ScanFile
	for i, name := range files {
		st, err := os.Stat(name)
		if err != nil {
			return nil, fmt.Errorf("无法读取扫描件 %s：%v", name, err)
		}
		if st.Size() > outcome.MaxScanBytes {
			return nil, fmt.Errorf("扫描件 %s 有 %.1f MB，超过上限 %d MB", name, float64(st.Size())/(1<<20), outcome.MaxScanBytes>>20)
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("无法读取扫描件 %s：%v", name, err)
		}
		out = append(out, store.ScanFile{Item: i, Name: filepath.Base(name), Data: data})
	}
	return out, nil
}
