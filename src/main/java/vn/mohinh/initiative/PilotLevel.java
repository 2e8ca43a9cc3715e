package vn.mohinh.initiative;

/** Cấp điểm: whether a model is a pilot point of the province, the district or the commune in a year. */
public enum PilotLevel {

	DIEM_CAP_TINH, DIEM_CAP_HUYEN, DIEM_CAP_XA, NONE;

	public String messageKey() {
		return "initiative.level." + name();
	}

}
