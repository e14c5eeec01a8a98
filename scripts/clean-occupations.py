#!/usr/bin/env python3
"""Cleans the 职业分类大典 (2022) draft extraction for shipping in assets/.

Input: ../shared/data/occupations-2022-draft.json (kangvcar/JobE, CC BY 4.0).
Output: assets/occupations/occupations-2022.json. What it changes (the NOTICE
beside the output says so too): the middle groups' names lose the table-of-
contents leader dots and page numbers; half-width parentheses become the
full-width ones the printed edition uses; surrounding spaces go; 15 names the
extraction cut after 13 characters are completed (工程技术人员 and two others).
"""
import json, re, sys, pathlib

src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/occupations-2022-draft.json")
out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "assets/occupations/occupations-2022.json")
d = json.loads(src.read_text(encoding="utf-8"))

def clean(name):
    name = re.sub(r"[…\.．·]+\s*\d*\s*$", "", name.strip())
    return name.replace("(", "（").replace(")", "）").strip()

# The extraction cut some long names after 13 characters.
TRUNCATED = {"6-25-02-06": "半导体分立器件和集成电路装调工", "2-02-31-03": "进出境动物和植物检验检疫人员"}
SUFFIX = "工程技术人员"

def complete(code, name):
    if code in TRUNCATED:
        return TRUNCATED[code]
    if code.startswith("2-02-") and len(name) == 13 and not name.endswith(SUFFIX):
        for k in range(len(SUFFIX) - 1, 0, -1):  # longest overlap with the suffix
            if name.endswith(SUFFIX[:k]):
                return name + SUFFIX[k:]
        return name + SUFFIX
    return name

groups = [{"code": g["code"], "name": clean(g["name"])} for k in ("majors", "mids", "smalls") for g in d[k]]
occ = [{"code": o["code"], "name": complete(o["code"], clean(o["name"])),
        **({"digital": True} if o.get("is_digital") else {}), **({"green": True} if o.get("is_green") else {})}
       for o in d["occupations"]]
for g in groups + occ:
    assert re.fullmatch(r"[0-9](-[0-9]{2}){0,3}", g["code"]), g
    assert g["name"] and not re.search(r"[…\d]", g["name"]), g
doc = {
    "title": "中华人民共和国职业分类大典（2022年版）社会公示稿",
    "source": "github.com/kangvcar/JobE, ontology/catalog/occupation_extract.json",
    "licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); modified: see NOTICE.md",
    "groups": groups,
    "occupations": occ,
}
out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
print(f"{len(groups)} groups, {len(occ)} occupations -> {out}")
