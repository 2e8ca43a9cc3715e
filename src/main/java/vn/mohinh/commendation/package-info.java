/**
 * Commendations (khen thưởng, with a decision number) and praise (biểu dương, without), their
 * recipients (people, collectives, models), nominations that may start from an evaluation rated Tốt,
 * exemplars (tấm gương điển hình), and the gaps: effective models nobody recognised.
 * {@link vn.mohinh.commendation.CommendationFigures} gives the dashboard and the reports their figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Khen thưởng, biểu dương (commendations)")
package vn.mohinh.commendation;
