package uk.opcc.quorum.scheduler;

/** Which actions to list; null fields do not filter. */
public record ActionQuery(String owner, String boardCode, String meetingId, ActionItem.Status status) {

	public static ActionQuery open() {
		return new ActionQuery(null, null, null, ActionItem.Status.OPEN);
	}

}
