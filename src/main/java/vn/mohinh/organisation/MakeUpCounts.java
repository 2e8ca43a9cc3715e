package vn.mohinh.organisation;

/** One row of counts per organisation, as the make-up queries return it: a total and two sub-counts. */
record MakeUpCounts(Long organisationId, Long total, Long first, Long second) {
}
