package uk.opcc.quorum.bot.conversation;

/**
 * What a language model proposed for a message, by calling one of the
 * {@link IntentTool}s: the intent and the words it gave for each slot, as it wrote them.
 * Nothing here is trusted: {@link IntentRouter#check} reads every slot again by rule
 * before it becomes a {@link Route}. Each field but the intent is null when the model
 * gave nothing.
 *
 * @param intent the tool called
 * @param board a board's code
 * @param when the words for the day and time
 * @param decision the words for a decision notice's number
 * @param person the words naming a board member
 * @param action the words naming an action
 * @param topic what a decision notice is to be about
 */
public record ProposedRoute(Intent intent, String board, String when, String decision, String person, String action,
		String topic) {

}
