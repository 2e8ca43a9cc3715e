package vn.mohinh.commendation;

/** An effective model of the year that nobody recognised: its evaluation, its name, its rating. */
record GapRow(long initiativeId, String initiativeName, long evaluationId, String rating) {
}
