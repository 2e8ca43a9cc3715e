package vn.mohinh.initiative;

/** How a model came from another: spread from it (nhân rộng) or replaced it with another type (chuyển đổi). */
public enum LineageRelation {

	REPLICATION, CONVERSION;

	public String messageKey() {
		return "initiative.lineage." + name();
	}

}
