// Package paperwork writes the papers that get an institution paid: the
// claim package of a class's subsidy stage (补贴申请表, 补贴花名册, 考勤汇总表,
// 合格证书清单, 就业证明清单, 材料清单) and the filing package (开班申请表,
// 学员名册, 教学计划（课程表）, 授课师资, 考核方案, 结业名册). Each document is
// one file in a folder named for the class. The GUI and the command line
// both call ExportClaim and ExportFiling: one code path.
package paperwork
