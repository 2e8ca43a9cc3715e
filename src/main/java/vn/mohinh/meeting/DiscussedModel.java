package vn.mohinh.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A model discussed at a meeting, its name as it was then. */
@Embeddable
public record DiscussedModel(@Column(name = "initiative_id") Long initiativeId,
		@Column(name = "initiative_name") String initiativeName) {
}
