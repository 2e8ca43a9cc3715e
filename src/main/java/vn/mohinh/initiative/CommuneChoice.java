package vn.mohinh.initiative;

/** A commune the model form offers: its official code (what the form posts) and its name. */
public record CommuneChoice(String code, String label) {
}
