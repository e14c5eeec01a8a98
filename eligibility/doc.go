// Package eligibility decides whether a trainee may receive a certificate:
// enough attendance and a passed assessment (考核). It grades attempts and
// explains a refusal in Chinese, one reason per rule broken.
//
// It imports only the standard library, the domain types and attendance.
package eligibility
