package uk.opcc.quorum.bot.ask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import uk.opcc.quorum.bot.command.BotMessage;
import uk.opcc.quorum.bot.proactive.EditableMessages;
import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.upload.Upload;

/**
 * One Teams message that follows a background upload: "Indexing name: 40%…", edited in
 * place every 10 points or 2 seconds, and last with the result. Edits go out on the bot's
 * work threads, not the indexing thread, and only the newest text is sent: a slow
 * connector skips steps instead of queueing them, and the result is always the last edit.
 */
final class ProgressLine implements Consumer<Upload> {

	static final int STEP = 10;

	static final Duration EVERY = Duration.ofSeconds(2);

	private final EditableMessages messages;

	private final Executor work;

	private final Clock clock;

	private final String conversationId;

	private final String fileName;

	private final String messageId;

	private final AtomicReference<Line> pending = new AtomicReference<>();

	private final AtomicBoolean sending = new AtomicBoolean();

	private int shownPercent;

	private Instant shownAt;

	private ProgressLine(EditableMessages messages, Executor work, Clock clock, String conversationId, String fileName,
			String messageId) {
		this.messages = messages;
		this.work = work;
		this.clock = clock;
		this.conversationId = conversationId;
		this.fileName = fileName;
		this.messageId = messageId;
		this.shownAt = clock.instant();
	}

	/**
	 * Posts "Indexing name: 0%…" and answers the line that edits it; without a message to
	 * edit (Teams refused it), only the result is sent, as a new message.
	 */
	static ProgressLine start(EditableMessages messages, Executor work, Clock clock, String conversationId,
			String fileName) {
		Optional<String> id = messages.post(conversationId, BotMessage.text(indexing(fileName, 0)));
		return new ProgressLine(messages, work, clock, conversationId, fileName, id.orElse(null));
	}

	/** Replaces the line with a sentence: the upload never started. */
	void refuse(String sentence) {
		show(new Line(sentence, true));
	}

	/** A text for the message; the last one must reach Teams even as a new message. */
	private record Line(String text, boolean last) {
	}

	@Override
	public synchronized void accept(Upload upload) {
		if (upload.state().finished()) {
			show(new Line(result(upload), true));
			return;
		}
		Instant now = clock.instant();
		boolean due = upload.percent() - shownPercent >= STEP
				|| (upload.percent() > shownPercent && !now.isBefore(shownAt.plus(EVERY)));
		if (due && messageId != null) {
			shownPercent = upload.percent();
			shownAt = now;
			show(new Line(indexing(fileName, upload.percent()), false));
		}
	}

	static String result(Upload upload) {
		if (upload.state() == Upload.State.DONE) {
			IndexedDocument document = upload.document();
			return "Indexed **" + document.title() + "** for " + document.audience().name().toLowerCase(Locale.ROOT)
					+ " readers (" + document.chunks() + " passages).";
		}
		return "Not indexed: " + (upload.failure().startsWith(upload.fileName()) ? upload.failure()
				: upload.fileName() + ": " + upload.failure());
	}

	private static String indexing(String fileName, int percent) {
		return "Indexing " + fileName + ": " + percent + "%\u2026";
	}

	private void show(Line line) {
		pending.set(line);
		if (sending.compareAndSet(false, true)) {
			work.execute(this::drain);
		}
	}

	private void drain() {
		while (true) {
			Line line = pending.getAndSet(null);
			if (line != null) {
				deliver(line);
				continue;
			}
			sending.set(false);
			// a text set between the last read and the flag going down would be stranded
			if (pending.get() == null || !sending.compareAndSet(false, true)) {
				return;
			}
		}
	}

	private void deliver(Line line) {
		BotMessage message = BotMessage.text(line.text());
		boolean edited = messageId != null && messages.edit(conversationId, messageId, message);
		if (!edited && line.last()) {
			messages.post(conversationId, message);
		}
	}

}
