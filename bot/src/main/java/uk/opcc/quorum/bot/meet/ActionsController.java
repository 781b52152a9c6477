package uk.opcc.quorum.bot.meet;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.scheduler.ActionItem;
import uk.opcc.quorum.scheduler.ActionQuery;
import uk.opcc.quorum.scheduler.Actions;

/** Actions across boards, filtered by owner, board and status; closing one. */
@RestController
@RequestMapping("/api/actions")
class ActionsController {

	private final Actions actions;

	ActionsController(Actions actions) {
		this.actions = actions;
	}

	@GetMapping
	List<ActionItem> find(@RequestParam(required = false) String owner, @RequestParam(required = false) String board,
			@RequestParam(required = false) String meeting, @RequestParam(required = false) ActionItem.Status status) {
		return actions
			.find(new ActionQuery(owner, board == null ? null : board.toUpperCase(Locale.ROOT), meeting, status));
	}

	record Closing(String note) {
	}

	@PostMapping("/{id}/close")
	ActionItem close(@PathVariable String id, @RequestBody(required = false) Closing body, Caller caller) {
		return actions.close(id, caller.userId(), body == null ? null : body.note());
	}

}
