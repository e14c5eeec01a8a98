// Package subsidy holds the rules that decide what a training class is paid
// (培训补贴): the regional rules file (who qualifies, which documents the
// bureau wants, how the money is paid: split or tiered by 就业率), money in
// 分, and the pure computation of each trainee's amounts with the reasons in
// Chinese. It reads no store and draws nothing.
package subsidy
