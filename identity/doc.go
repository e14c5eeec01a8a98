// Package identity checks and masks the numbers that identify people and
// institutions: the 18-digit 公民身份号码 (and the 港澳台居民居住证 and
// 外国人永久居留身份证 that share its check), the 统一社会信用代码, and phone
// numbers for display. It uses only the standard library.
//
// Identity numbers are personal information: error messages name the
// position and the reason but never repeat the whole number, so they are
// safe to show and to log.
package identity
