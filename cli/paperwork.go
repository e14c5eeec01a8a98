package cli

import (
	"flag"
	"path/filepath"

	"trainingdesk/paperwork"
	"trainingdesk/store"
	"trainingdesk/subsidy"
	"trainingdesk/training"
)

func init() {
	register("claims export", "claims export --class C --stage completion|employment -o 目录 [--on YYYY-MM-DD]（补贴申领材料：申请表、花名册、考勤汇总、证书清单、就业证明清单、材料清单）", claimsExport)
	register("filing export", "filing export --class C -o 目录（开班申请材料：申请表、学员名册、课程表、授课师资、考核方案、结业名册）", filingExport)
}

func claimsExport(e *env, args []string) error {
	fs := flag.NewFlagSet("claims export", flag.ContinueOnError)
	class := fs.String("class", "", "")
	stage := fs.String("stage", "", "")
	out := fs.String("o", "", "")
	onFlag := fs.String("on", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("--stage", *stage); err != nil {
		return err
	}
	if err := need("-o", *out); err != nil {
		return err
	}
	on, err := dateFlag(fieldOn, *onFlag, today())
	if err != nil {
		return err
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error {
		x, err := paperwork.ExportClaim(s, c.ID, *stage, on, *out)
		if err != nil {
			return err
		}
		e.say("已导出%s补贴申领材料（第 %d 批，%s，%d 人，%s）到 %s：", subsidy.StageLabel(x.Claim.Stage), x.Claim.Batch,
			training.ClaimStateLabel(x.Claim.State), len(x.Claim.Lines), subsidy.Fen(x.Claim.ClaimedFen), x.Dir)
		for _, f := range x.Files {
			e.say("  %s", filepath.Base(f))
		}
		return nil
	})
}

func filingExport(e *env, args []string) error {
	return e.withClassOutput("filing export", args, func(s *store.Store, c training.Class, out string) error {
		x, err := paperwork.ExportFiling(s, c.ID, out)
		if err != nil {
			return err
		}
		e.say("已导出开班申请材料到 %s：", x.Dir)
		for _, f := range x.Files {
			e.say("  %s", filepath.Base(f))
		}
		return nil
	})
}
