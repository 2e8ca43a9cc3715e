package vn.mohinh.commendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the commendation form (and a nomination's decision form) posts; never the entity. */
class CommendationForm {

	private CommendationKind kind = CommendationKind.FORMAL;
	private AwardCategory category = AwardCategory.FORM;
	private Award award;
	private Long bodyOrganisationId;
	private String bodyName;
	private BodyLevel bodyLevel;
	private String decisionNumber;
	private LocalDate recognisedOn;
	private Integer year;
	private String movement;
	private String occasion;
	private String reason;
	private List<String> recipients = new ArrayList<>();
	private String recipientQuery;
	private Long version;
	private org.springframework.web.multipart.MultipartFile scan;

	static CommendationForm of(CommendationCard c) {
		CommendationForm f = new CommendationForm();
		f.kind = c.kind();
		f.category = c.category();
		f.award = c.award();
		f.bodyOrganisationId = c.bodyOrganisationId();
		f.bodyName = c.bodyOrganisationId() == null ? c.bodyName() : null;
		f.bodyLevel = c.bodyLevel();
		f.decisionNumber = c.decisionNumber();
		f.recognisedOn = c.recognisedOn();
		f.year = c.year();
		f.movement = c.movement();
		f.occasion = c.occasion();
		f.reason = c.reason();
		f.recipients = new ArrayList<>(c.recipients().stream().map(Recipient::token).toList());
		f.version = c.version();
		return f;
	}

	Commendation.Details toDetails() {
		return new Commendation.Details(kind, category, award, bodyOrganisationId, bodyName, bodyLevel, decisionNumber,
				recognisedOn, year, movement, occasion, reason);
	}

	public CommendationKind getKind() { return kind; }
	public void setKind(CommendationKind kind) { this.kind = kind; }
	public AwardCategory getCategory() { return category; }
	public void setCategory(AwardCategory category) { this.category = category; }
	public Award getAward() { return award; }
	public void setAward(Award award) { this.award = award; }
	public Long getBodyOrganisationId() { return bodyOrganisationId; }
	public void setBodyOrganisationId(Long bodyOrganisationId) { this.bodyOrganisationId = bodyOrganisationId; }
	public String getBodyName() { return bodyName; }
	public void setBodyName(String bodyName) { this.bodyName = bodyName; }
	public BodyLevel getBodyLevel() { return bodyLevel; }
	public void setBodyLevel(BodyLevel bodyLevel) { this.bodyLevel = bodyLevel; }
	public String getDecisionNumber() { return decisionNumber; }
	public void setDecisionNumber(String decisionNumber) { this.decisionNumber = decisionNumber; }
	public LocalDate getRecognisedOn() { return recognisedOn; }
	public void setRecognisedOn(LocalDate recognisedOn) { this.recognisedOn = recognisedOn; }
	public Integer getYear() { return year; }
	public void setYear(Integer year) { this.year = year; }
	public String getMovement() { return movement; }
	public void setMovement(String movement) { this.movement = movement; }
	public String getOccasion() { return occasion; }
	public void setOccasion(String occasion) { this.occasion = occasion; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public List<String> getRecipients() { return recipients; }
	public void setRecipients(List<String> recipients) { this.recipients = recipients == null ? new ArrayList<>() : recipients; }
	public String getRecipientQuery() { return recipientQuery; }
	public void setRecipientQuery(String recipientQuery) { this.recipientQuery = recipientQuery; }
	public org.springframework.web.multipart.MultipartFile getScan() { return scan; }
	public void setScan(org.springframework.web.multipart.MultipartFile scan) { this.scan = scan; }
	public Long getVersion() { return version; }
	public void setVersion(Long version) { this.version = version; }

}
