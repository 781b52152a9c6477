package uk.opcc.quorum.scheduler;

/**
 * An item someone wants on a meeting's agenda.
 *
 * @param title what it is about
 * @param owner who presents it: a board member's id or e-mail
 * @param paper link to or name of the paper, if ready
 * @param purpose for decision, discussion or information
 * @param exempt to be taken in private
 */
public record ItemRequest(String title, String owner, String paper, AgendaItem.Purpose purpose, boolean exempt) {
}
