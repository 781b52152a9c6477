package uk.opcc.quorum.decisions.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for the publication deadline: weekdays. Bank holidays belong to the
 * scheduler, which this module does not use; not counting them can only make the deadline
 * earlier, never later.
 */
public final class WorkingDays {

	private WorkingDays() {
	}

	public static LocalDate after(LocalDate day, int days) {
		LocalDate result = day;
		for (int counted = 0; counted < days;) {
			result = result.plusDays(1);
			if (result.getDayOfWeek() != DayOfWeek.SATURDAY && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
				counted++;
			}
		}
		return result;
	}

}
