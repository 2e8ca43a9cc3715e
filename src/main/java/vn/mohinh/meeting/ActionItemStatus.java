package vn.mohinh.meeting;

/** Where an action item stands; labels live in the message files. */
public enum ActionItemStatus {

	OPEN, DONE, DROPPED;

	public String messageKey() {
		return "actionItem.status." + name();
	}

}
