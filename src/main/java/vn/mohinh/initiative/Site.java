package vn.mohinh.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A village (khu dân cư) where a model runs, with its name as it was when chosen. */
@Embeddable
public record Site(@Column(name = "village_id") Long villageId, @Column(name = "village_name") String villageName) {
}
