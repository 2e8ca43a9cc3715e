package vn.mohinh.initiative;

/** The field (lĩnh vực) a type of model belongs to; labels live in the message files. */
public enum InitiativeField {

	KINH_TE, VAN_HOA_XA_HOI, AN_NINH_TRAT_TU, MOI_TRUONG, XAY_DUNG_HTCT;

	public String messageKey() {
		return "initiative.field." + name();
	}

}
