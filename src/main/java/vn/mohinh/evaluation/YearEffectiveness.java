package vn.mohinh.evaluation;

/** How many models were evaluated in a year, and how many of them were judged effective. */
public record YearEffectiveness(int year, long evaluated, long effective) {
}
