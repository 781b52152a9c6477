package uk.opcc.quorum.scheduler;

import java.time.LocalDate;

/** An action agreed at a meeting: what, who (a board member) and by when. */
public record ActionRequest(String description, String owner, LocalDate due) {
}
