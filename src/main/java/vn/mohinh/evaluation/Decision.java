package vn.mohinh.evaluation;

/**
 * What follows an evaluation (FACTS.md): keep the model (duy trì), replicate it into other villages
 * (nhân rộng), convert it into a model of another type (chuyển đổi), or stop it (dừng).
 */
public enum Decision {

	MAINTAIN, REPLICATE, CONVERT, DISCONTINUE;

	/** Converting and stopping close the model; both need the reason written down. */
	public boolean needsReason() {
		return this == CONVERT || this == DISCONTINUE;
	}

	public String messageKey() {
		return "evaluation.decision." + name();
	}

}
