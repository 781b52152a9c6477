/**
 * Understanding plain requests typed in Teams:
 * {@link uk.opcc.quorum.bot.conversation.IntentRouter} reads a message's
 * {@link uk.opcc.quorum.bot.conversation.Intent} and
 * {@link uk.opcc.quorum.bot.conversation.Slots} without a language model, keeping every
 * command word routed as before. With a language model configured,
 * {@link uk.opcc.quorum.bot.conversation.ModelRouter} asks it first, by tool calling, and
 * checks what it proposes with the same rules.
 */
package uk.opcc.quorum.bot.conversation;
