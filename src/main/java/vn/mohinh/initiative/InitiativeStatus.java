package vn.mohinh.initiative;

/** Where a model stands in its life; converted and discontinued models are closed. */
public enum InitiativeStatus {

	ACTIVE, MAINTAINED, REPLICATED, CONVERTED, DISCONTINUED;

	public boolean closed() {
		return this == CONVERTED || this == DISCONTINUED;
	}

	public String messageKey() {
		return "initiative.status." + name();
	}

}
