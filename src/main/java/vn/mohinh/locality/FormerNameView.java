package vn.mohinh.locality;

import java.time.LocalDate;

/** A name a village bore until a day. */
public record FormerNameView(String name, LocalDate validTo) {
}
