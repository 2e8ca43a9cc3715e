package vn.mohinh.initiative;

/** An event as its page and form show it: the event, its locality's name, its version, whether the user may edit it. */
public record EventCard(EventView event, String localityName, long version, boolean canEdit) {
}
