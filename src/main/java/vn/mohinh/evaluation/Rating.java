package vn.mohinh.evaluation;

/**
 * The four-step judgement used by inspections and evaluations (xếp loại): Tốt, Khá, Đạt, Chưa đạt.
 * Declared best first, so that the order of the constants is the order of merit.
 */
public enum Rating {

	TOT, KHA, DAT, CHUA_DAT;

	/** Good enough to count the model as working: every rating but Chưa đạt. */
	public boolean passing() {
		return this != CHUA_DAT;
	}

	public String messageKey() {
		return "rating." + name();
	}

}
