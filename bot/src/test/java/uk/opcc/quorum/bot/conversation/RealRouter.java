package uk.opcc.quorum.bot.conversation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import uk.opcc.quorum.knowledge.embed.LocalEmbeddingModel;
import uk.opcc.quorum.scheduler.Board;
import uk.opcc.quorum.scheduler.board.BoardsFile;

/**
 * The router as shipped: the local embedding model, the shipped examples and
 * {@code config/boards.yml}, with "now" fixed at Monday 30 November 2026, 09:00 in
 * London. One per test run, so the model loads and the examples are embedded once.
 */
public final class RealRouter {

	public static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

	static final Path BOARDS_FILE = Path.of("../config/boards.yml");

	private static IntentRouter router;

	private static LocalEmbeddingModel model;

	private static List<Board> boards;

	private RealRouter() {
	}

	public static synchronized LocalEmbeddingModel model() {
		if (model == null) {
			model = new LocalEmbeddingModel();
		}
		return model;
	}

	public static Clock clock() {
		return Clock.fixed(NOW, ZoneId.of("Europe/London"));
	}

	public static synchronized List<Board> boards() {
		if (boards == null) {
			boards = BoardsFile.read(BOARDS_FILE);
		}
		return boards;
	}

	public static synchronized IntentRouter get() {
		if (router == null) {
			List<Board> all = boards();
			router = new IntentRouter(model(), ConversationConfiguration.QUERY_PREFIX, () -> all, clock());
		}
		return router;
	}

}
