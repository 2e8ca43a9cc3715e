package vn.mohinh.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the decision form posts: what is decided, when, why, and the villages or new type it needs. */
class DecisionForm {

	private Decision kind;

	private LocalDate decidedOn;

	private String reason;

	private List<Long> villageIds = new ArrayList<>();

	private Long newTypeId;

	private Long version;

	EvaluationService.DecisionInput toInput() {
		return new EvaluationService.DecisionInput(kind, decidedOn, reason, villageIds, newTypeId);
	}

	public Decision getKind() {
		return kind;
	}

	public void setKind(Decision kind) {
		this.kind = kind;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public List<Long> getVillageIds() {
		return villageIds;
	}

	public void setVillageIds(List<Long> villageIds) {
		this.villageIds = villageIds == null ? new ArrayList<>() : villageIds;
	}

	public Long getNewTypeId() {
		return newTypeId;
	}

	public void setNewTypeId(Long newTypeId) {
		this.newTypeId = newTypeId;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
