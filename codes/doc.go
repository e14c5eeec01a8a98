// Package codes holds the code tables forms and the bureau use: 民族
// (GB/T 3304), 文化程度 (GB/T 4658, the common set), 性别, and the
// 人员类别 a region subsidises, with each category's validity dates and
// age rule. The national tables are shipped in assets/codes; a province
// replaces the category list with its own settings file (LoadCategories).
//
// Lookups are tolerant of how clerks type: "汉" finds 汉族, "本科" finds
// 大学本科, and a code ("01") finds its entry.
package codes
