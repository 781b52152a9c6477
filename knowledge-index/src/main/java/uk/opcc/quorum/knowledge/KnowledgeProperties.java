package uk.opcc.quorum.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the knowledge index.
 *
 * @param indexDir where the Lucene index lives
 * @param corpusDir folder watched for documents (added, changed and deleted files are
 * reflected)
 * @param corpusAudience audience of documents found in the corpus folder
 * @param uploadAudience audience of an upload that names none
 * @param watchInterval how often the corpus folder is scanned
 * @param maxFileSize larger files are refused
 * @param acronyms the office's abbreviations, expanded in questions
 * @param candidates passages fetched from each of the text and vector searches before
 * fusion
 * @param llmTimeout how long a configured language model may take before the extractive
 * answer is used
 * @param office the police area this office serves ("Norfolk"): a question that names no
 * area is answered from this office's documents and those that belong to no office; empty
 * means any office's
 * @param maxQuestionLength longer questions are refused with a sentence (a question is a
 * sentence or two; a pasted document would only cost time)
 * @param backgroundAbove an upload larger than this is indexed in the background, its
 * sender following its progress, instead of holding the request
 * @param uploadQueue how many large uploads may wait for the one being indexed; more are
 * refused with a sentence
 * @param modelWait how long a question asked just after start waits for the embedding
 * model, which loads in the background, before the asker is told to try again in a few
 * seconds
 */
@ConfigurationProperties("quorum.knowledge")
public record KnowledgeProperties(@DefaultValue("data/index") Path indexDir,
		@DefaultValue("config/corpus") Path corpusDir, @DefaultValue("PUBLIC") Audience corpusAudience,
		@DefaultValue("STAFF") Audience uploadAudience, @DefaultValue("2s") Duration watchInterval,
		@DefaultValue("25MB") DataSize maxFileSize, Map<String, String> acronyms, @DefaultValue("50") int candidates,
		@DefaultValue("8s") Duration llmTimeout, @DefaultValue("1000") int maxQuestionLength,
		@DefaultValue("") String office, @DefaultValue("2MB") DataSize backgroundAbove,
		@DefaultValue("5") int uploadQueue, @DefaultValue("10s") Duration modelWait) {

	public KnowledgeProperties {
		if (uploadQueue < 1) {
			throw new IllegalArgumentException(
					"quorum.knowledge.upload-queue must be at least 1, not " + uploadQueue + ".");
		}
		acronyms = acronyms == null || acronyms.isEmpty() ? DEFAULT_ACRONYMS : Map.copyOf(acronyms);
	}

	static final Map<String, String> DEFAULT_ACRONYMS = Map.ofEntries(Map.entry("PCC", "Police and Crime Commissioner"),
			Map.entry("OPCC", "Office of the Police and Crime Commissioner"),
			Map.entry("SGB", "Strategic Governance Board"), Map.entry("PAF", "Police Accountability Forum"),
			Map.entry("HMICFRS", "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services"),
			Map.entry("IOPC", "Independent Office for Police Conduct"), Map.entry("ICV", "Independent Custody Visitor"),
			Map.entry("CFO", "Chief Finance Officer"), Map.entry("S151", "section 151 Chief Finance Officer"),
			Map.entry("MO", "Monitoring Officer"), Map.entry("PCP", "Police and Crime Panel"),
			Map.entry("JAC", "Joint Audit Committee"), Map.entry("EGB", "Estates Governance Board"),
			Map.entry("CC", "Chief Constable"), Map.entry("FOIA", "Freedom of Information Act"),
			Map.entry("MTFP", "Medium Term Financial Plan"),
			Map.entry("PACCTS", "Police and Crime Commissioners Treasurers Society"),
			Map.entry("APCC", "Association of Police and Crime Commissioners"));

}
