package vn.mohinh.initiative;

/** A year's registration (đăng ký) with the propaganda board. */
public enum RegistrationStatus {

	DRAFT, SUBMITTED, REGISTERED, RETURNED;

	public String messageKey() {
		return "initiative.registration." + name();
	}

}
