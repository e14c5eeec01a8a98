package certificate

import "trainingdesk/errs"

// A certificate's fields, as errors name them.
var (
	FieldCertificate   = errs.NewField("certificate", "证书", "Certificate")
	FieldNumber        = errs.NewField("number", "证书编号", "Certificate number")
	FieldPattern       = errs.NewField("cert_pattern", "证书编号规则", "Certificate number pattern")
	FieldSerial        = errs.NewField("serial", "证书流水号", "Serial number")
	FieldYear          = errs.NewField("year", "发证年份", "Year of issue")
	FieldIssuedAt      = errs.NewField("issued_at", "发证日期", "Date of issue")
	FieldStatus        = errs.NewField("status", "证书状态", "Certificate status")
	FieldReplacement   = errs.NewField("replacement", "补发次数", "Replacements")
	FieldQR            = errs.NewField("qr", "二维码", "QR code")
	FieldRevokeReason  = errs.NewField("reason", "撤销原因", "Reason for revoking")
	FieldReplaceReason = errs.NewField("reason", "补发原因", "Reason for the replacement")
)
