/** The issue form's fields, named like IssueDocumentInput so the API's userErrors land next to them. */
export const ISSUE_FIELDS = ["signatoryTitle", "place", "secondLanguage", "correctionReason", "billOfLadingType", "toOrderOf", "originals", "airlinePrefix", "awbSerial", "freightPayable", "valueSdrMinor", "postalCategory"] as const;
export const ORIGIN_FIELDS = ["criterion", "rvcPercent", "fobValueMinor"] as const;
