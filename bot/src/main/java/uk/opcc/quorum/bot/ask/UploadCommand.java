package uk.opcc.quorum.bot.ask;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.IncomingFile;
import uk.opcc.quorum.bot.proactive.EditableMessages;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.IngestionException;
import uk.opcc.quorum.knowledge.KnowledgeProperties;
import uk.opcc.quorum.knowledge.KnowledgeService;
import uk.opcc.quorum.knowledge.upload.BackgroundUploads;
import uk.opcc.quorum.knowledge.upload.UploadsBusy;

/**
 * Indexes files sent to Quorum in Teams, for board secretaries and administrators.
 * {@code upload public} (or {@code staff}, {@code restricted}) sets the audience;
 * otherwise uploads get {@code quorum.knowledge.upload-audience}. A file over
 * {@code quorum.knowledge.background-above} is indexed in the background behind one
 * message that shows its progress and then its result; the others are answered together.
 */
@Component
class UploadCommand implements CommandHandler {

	private final KnowledgeService knowledge;

	private final KnowledgeProperties properties;

	private final FileDownloads downloads;

	private final BackgroundUploads background;

	private final EditableMessages messages;

	private final Executor work;

	private final Clock clock;

	UploadCommand(KnowledgeService knowledge, KnowledgeProperties properties, FileDownloads downloads,
			BackgroundUploads background, EditableMessages messages, @Qualifier("botWork") Executor work, Clock clock) {
		this.knowledge = knowledge;
		this.properties = properties;
		this.downloads = downloads;
		this.background = background;
		this.messages = messages;
		this.work = work;
		this.clock = clock;
	}

	@Override
	public List<String> names() {
		return List.of("upload");
	}

	@Override
	public String usage() {
		return "upload [public|staff|restricted] + attach files";
	}

	@Override
	public String description() {
		return "Add documents for me to answer from";
	}

	@Override
	public Set<Role> allowedRoles() {
		return EnumSet.of(Role.SECRETARY, Role.ADMIN);
	}

	@Override
	public BotReply handle(CommandRequest request) {
		if (request.files().isEmpty()) {
			return BotReply.text("Attach the documents to the message with **upload** (PDF, Word, PowerPoint, Excel, "
					+ "HTML, Markdown or text).");
		}
		Audience audience;
		try {
			audience = request.text().isBlank() ? properties.uploadAudience()
					: Audience.valueOf(request.text().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return BotReply.text("I can index for **public**, **staff** or **restricted** readers; '" + request.text()
					+ "' is none of those. Nothing was indexed.");
		}
		List<String> lines = new ArrayList<>();
		for (IncomingFile file : request.files()) {
			String line = ingest(file, audience, request);
			if (line != null) {
				lines.add(line);
			}
		}
		// every file went to the background, each with its own progress message
		return lines.isEmpty() ? new BotReply(List.of()) : BotReply.text(String.join("\n", lines));
	}

	/** The file's result line, or null when its own progress message tells it. */
	private String ingest(IncomingFile file, Audience audience, CommandRequest request) {
		byte[] bytes;
		try {
			bytes = downloads.fetch(file);
		}
		catch (FileDownloads.Unavailable ex) {
			return "Not indexed: " + file.name() + ": " + ex.getMessage();
		}
		// a file too large to index at all is refused at once on the ordinary path
		if (bytes.length > properties.backgroundAbove().toBytes()
				&& bytes.length <= properties.maxFileSize().toBytes()) {
			inBackground(file, bytes, audience, request);
			return null;
		}
		try {
			IndexedDocument document = knowledge.ingest(file.name(), bytes, audience, "teams:" + file.name());
			return "Indexed **" + document.title() + "** for " + document.audience().name().toLowerCase(Locale.ROOT)
					+ " readers (" + document.chunks() + " passages).";
		}
		catch (IngestionException ex) {
			return "Not indexed: " + ex.getMessage();
		}
	}

	private void inBackground(IncomingFile file, byte[] bytes, Audience audience, CommandRequest request) {
		ProgressLine line = ProgressLine.start(messages, work, clock, request.conversation().id(), file.name());
		try {
			background.submit(file.name(), bytes, audience, "teams:" + file.name(), request.caller().userId(), line);
		}
		catch (UploadsBusy ex) {
			line.refuse("Not indexed: " + ex.getMessage());
		}
	}

}
