package uk.opcc.quorum.bot.ask;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;

import uk.opcc.quorum.bot.card.SampleCard;
import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.Caller;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.ConversationInfo;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.knowledge.Answer;
import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.Citation;
import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.KnowledgeService;

/** The Ask cards, built by Quorum's own code from realistic values. */
public final class AskCardSamples {

	private AskCardSamples() {
	}

	public static List<SampleCard> samples() {
		List<SampleCard> samples = new ArrayList<>();
		String question = "What does the Police and Crime Panel do?";
		Answer answer = new Answer(
				"The Police and Crime Panel scrutinises the Commissioner's decisions and reviews the draft "
						+ "police and crime plan and the proposed precept [1][2].",
				true,
				List.of(new Citation("doc-1", "Police Reform and Social Responsibility Act 2011", "Section 28",
						"A police and crime panel must review the draft police and crime plan"),
						new Citation("doc-2", "Panel arrangements", "",
								"The panel reviews the proposed precept and may veto it")),
				Answer.Mode.EXTRACTIVE);
		String builder = "AnswerCard.of(String, Answer)";
		samples.add(new SampleCard(builder, "an answer with two citations", AnswerCard.of(question, answer)));
		samples.add(new SampleCard(builder, "no answer found",
				AnswerCard.of("Who won the 1966 World Cup?",
						new Answer("I could not find that in the office's documents.", false, List.of(),
								Answer.Mode.EXTRACTIVE_FALLBACK))));

		KnowledgeService knowledge = Mockito.mock(KnowledgeService.class);
		Readership readership = Mockito.mock(Readership.class);
		Mockito.when(readership.audiences(ArgumentMatchers.any())).thenReturn(EnumSet.allOf(Audience.class));
		List<IndexedDocument> documents = new ArrayList<>();
		for (int i = 1; i <= 41; i++) {
			documents.add(new IndexedDocument("doc-" + i, "Strategic Governance Board minutes " + i, "upload",
					i % 3 == 0 ? Audience.STAFF : Audience.PUBLIC, "sha256-" + i, Instant.parse("2027-01-12T09:00:00Z"),
					10 + i));
		}
		Mockito.when(knowledge.documents(ArgumentMatchers.any())).thenReturn(documents);
		BotReply sources = new SourcesCommand(knowledge, readership)
			.handle(new CommandRequest(new Caller("u-staff", "Sam Staff", "t-1", EnumSet.of(Role.STAFF)), "",
					new ConversationInfo("a:personal", ConversationInfo.Kind.PERSONAL, null), List.of()));
		samples.add(new SampleCard("SourcesCommand.handle(CommandRequest)", "41 documents, 40 shown",
				sources.messages().get(0).card()));
		return samples;
	}

}
