package vn.mohinh.inspection;

import java.time.LocalDate;

/**
 * The model as the inspection freezes it: its id and type, its name, commune and place as written on
 * the day, the commune's path (scope), and its dates (an inspection falls within them).
 */
record InspectedModel(long id, String name, long typeId, String typeName, long communeId, String communeName,
		String placeText, String scopePath, LocalDate startDate, LocalDate endDate) {
}
