package vn.mohinh.commendation;

/** Who is commended: a person, an organisation, a village's residents ("Nhân dân thôn …"), or a model. */
public enum RecipientKind {

	PERSON, ORGANISATION, VILLAGE, MODEL;

	/** People are counted apart from collectives (organisations and villages) and models. */
	public boolean collective() {
		return this == ORGANISATION || this == VILLAGE;
	}

	public String messageKey() {
		return "commendation.recipient." + name();
	}

}
