package vn.mohinh.commendation;

/**
 * Recognition in an area over a period, for the reports: formal commendations and praise that have a
 * recipient in the area, and the recipients in the area by kind (people; collectives, i.e.
 * organisations and villages' residents; distinct models). Withdrawn commendations do not count.
 */
public record Recognitions(long formal, long praise, long people, long collectives, long models) {
}
