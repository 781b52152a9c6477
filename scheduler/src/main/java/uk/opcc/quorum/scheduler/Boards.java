package uk.opcc.quorum.scheduler;

import java.util.List;

import org.springframework.stereotype.Service;

import uk.opcc.quorum.scheduler.board.BoardRules;
import uk.opcc.quorum.scheduler.board.BoardStore;

/** The boards the office runs. */
@Service
public class Boards {

	private final BoardStore store;

	public Boards(BoardStore store) {
		this.store = store;
	}

	public List<Board> all() {
		return store.all();
	}

	/**
	 * The boards as read at most a second ago ({@link BoardStore#RECENT}), for what reads
	 * them on every message; one saved on this instance shows at once.
	 */
	public List<Board> recent() {
		return store.recent();
	}

	public Board get(String code) {
		return store.find(code).orElseThrow(() -> SchedulingException.notFound("There is no board " + code + "."));
	}

	public boolean exists(String code) {
		return store.find(code).isPresent();
	}

	/** Adds or replaces a board after checking it the way boards.yml is checked. */
	public Board save(Board board) {
		store.save(BoardRules.check(board));
		return board;
	}

}
