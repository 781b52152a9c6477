package uk.opcc.quorum.decisions;

/**
 * Tells people it is their turn on a notice; the Teams application implements it. Failing
 * to tell someone never undoes the change that made it their turn.
 */
public interface DecisionNotifier {

	/**
	 * Everyone acting in {@code capacity}, e.g. the Chief Finance Officer when a notice
	 * awaits review.
	 */
	void toCapacity(Capacity capacity, DecisionNotice notice, String message);

	/**
	 * One person, by the id they acted with (the notice's author when it is returned).
	 */
	void toPerson(String id, DecisionNotice notice, String message);

}
