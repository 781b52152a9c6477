package uk.opcc.quorum.decisions;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import uk.opcc.quorum.decisions.drafting.DraftSections;
import uk.opcc.quorum.decisions.drafting.LanguageModelDrafter;
import uk.opcc.quorum.decisions.drafting.TemplateDrafter;
import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.Citation;
import uk.opcc.quorum.knowledge.KnowledgeService;

/**
 * Starts a draft notice from a paragraph or a minuted decision. With a language model, it
 * fills the sections from the text and the office's own passages; without one, or when it
 * fails, the template does (and the person is told). Either way it is a draft for a
 * person to edit: nothing goes further without review and the PCC's signature.
 */
@Service
public class Drafting {

	private static final Logger log = LoggerFactory.getLogger(Drafting.class);

	private final Decisions decisions;

	private final KnowledgeService knowledge;

	private final LanguageModelDrafter model;

	public Drafting(Decisions decisions, KnowledgeService knowledge, ObjectProvider<ChatModel> chat) {
		this.decisions = decisions;
		this.knowledge = knowledge;
		ChatModel chatModel = chat.getIfAvailable();
		this.model = chatModel == null ? null : new LanguageModelDrafter(ChatClient.create(chatModel));
	}

	public Drafted draft(DraftRequest request, Actor actor) {
		Decisions.requireAuthor(actor, "draft a decision notice");
		String text = request.text() == null || request.text().isBlank()
				? (request.source() == null ? null : request.source().decisionText()) : request.text();
		if (text == null || text.isBlank()) {
			throw DecisionException.invalid("Give the text to draft from: a paragraph, or a decision from minutes.");
		}
		DraftSections draft;
		Drafted.Mode mode = Drafted.Mode.TEMPLATE;
		String note = "Drafted from the template: write the sections marked [To complete] before submitting.";
		if (model == null) {
			draft = TemplateDrafter.draft(text, request.source());
		}
		else {
			try {
				List<Citation> passages = knowledge.passages(text, List.of(Audience.PUBLIC, Audience.STAFF), 4);
				draft = model.draft(text, request.source(), passages);
				mode = Drafted.Mode.GENERATED;
				note = "Drafted by the language model from your text and " + passages.size()
						+ " passages of the office's documents: check every section before submitting.";
			}
			catch (RuntimeException ex) {
				log.warn("The language model could not draft a notice; the template was used: {}", ex.getMessage());
				draft = TemplateDrafter.draft(text, request.source());
				note = "The language model could not be used (" + ex.getClass().getSimpleName()
						+ "), so the template was: write the sections marked [To complete] before submitting.";
			}
		}
		DecisionNotice notice = decisions
			.create(new NoticeRequest(draft.title(), draft.sections(), null, null, request.source(), null), actor);
		return new Drafted(notice, mode, note);
	}

}
