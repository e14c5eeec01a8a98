package training

import "trainingdesk/errs"

// A person's fields, as errors name them (the name's is personname.FieldName).
var (
	FieldIDNumber  = errs.NewField("id_number", "证件号码", "ID number")
	FieldSex       = errs.NewField("sex", "性别", "Sex")
	FieldEthnicity = errs.NewField("ethnicity", "民族", "Ethnicity")
	FieldEducation = errs.NewField("education", "文化程度", "Education")
	FieldCategory  = errs.NewField("category", "人员类别", "Category")
	FieldPhone     = errs.NewField("phone", "联系电话", "Phone")
	FieldAddress   = errs.NewField("address", "户籍地址", "Address")
)
