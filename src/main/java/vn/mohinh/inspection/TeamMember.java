package vn.mohinh.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A member of the inspection team: the person (when known to the register) and the name as written
 * on the minutes, with the role in the team ("Trưởng đoàn", "Thành viên").
 */
@Embeddable
public record TeamMember(@Column(name = "person_id") Long personId, @Column(name = "full_name") String fullName,
		@Column(name = "team_role") String role) {

	/** "Trưởng đoàn", "trưởng đoàn giám sát": the member who signs the minutes for the team. */
	public boolean leads() {
		return role != null && vn.mohinh.shared.text.VietnameseText.fold(role).startsWith("truong doan");
	}

}
