package vn.mohinh.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The pilot level of a model in one year; a model may become a provincial point later. */
@Embeddable
public record YearLevel(@Column(name = "level_year") Integer year,
		@Enumerated(EnumType.STRING) @Column(name = "pilot_level") PilotLevel level) {
}
