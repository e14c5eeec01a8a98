// Package search finds trainees across all classes while the clerk types:
// by name, pinyin initials (zsf → 张三丰), full pinyin (zhangsanfeng, or a
// prefix of it) or the last digits of the ID number.
//
// The index holds only the last 6 characters of each ID number, never the
// whole number, so it may live in memory for the whole session.
package search
