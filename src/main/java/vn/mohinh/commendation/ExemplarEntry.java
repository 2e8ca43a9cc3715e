package vn.mohinh.commendation;

/**
 * An exemplar (tấm gương điển hình) as the reports name it: PERSON or COLLECTIVE, who is held up
 * (a person, an organisation or a village's residents) and the exemplar's title.
 */
public record ExemplarEntry(long id, String kind, String subjectName, String title) {
}
