package uk.opcc.quorum.bot.ask;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import uk.opcc.quorum.bot.command.BotReply;
import uk.opcc.quorum.bot.command.CommandHandler;
import uk.opcc.quorum.bot.command.CommandRequest;
import uk.opcc.quorum.bot.command.IncomingFile;
import uk.opcc.quorum.bot.security.Role;
import uk.opcc.quorum.bot.teams.ServiceHosts;
import uk.opcc.quorum.knowledge.Audience;
import uk.opcc.quorum.knowledge.IndexedDocument;
import uk.opcc.quorum.knowledge.IngestionException;
import uk.opcc.quorum.knowledge.KnowledgeProperties;
import uk.opcc.quorum.knowledge.KnowledgeService;

/**
 * Indexes files sent to Quorum in Teams, for board secretaries and administrators.
 * {@code upload public} (or {@code staff}, {@code restricted}) sets the audience;
 * otherwise uploads get {@code quorum.knowledge.upload-audience}.
 */
@Component
class UploadCommand implements CommandHandler {

	private final KnowledgeService knowledge;

	private final KnowledgeProperties properties;

	private final RestClient http;

	private final ServiceHosts hosts;

	UploadCommand(KnowledgeService knowledge, KnowledgeProperties properties, RestClient.Builder http,
			ServiceHosts hosts) {
		this.knowledge = knowledge;
		this.hosts = hosts;
		this.properties = properties;
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build());
		factory.setReadTimeout(Duration.ofSeconds(60));
		this.http = http.requestFactory(factory).build();
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
			lines.add(ingest(file, audience));
		}
		return BotReply.text(String.join("\n", lines));
	}

	private String ingest(IncomingFile file, Audience audience) {
		if (!hosts.fileUrlAllowed(file.downloadUrl())) {
			return "Not indexed: " + file.name() + ": Quorum fetches files only from Teams and SharePoint "
					+ "(quorum.teams.file-hosts).";
		}
		try {
			byte[] bytes = http.get().uri(java.net.URI.create(file.downloadUrl())).retrieve().body(byte[].class);
			IndexedDocument document = knowledge.ingest(file.name(), bytes == null ? new byte[0] : bytes, audience,
					"teams:" + file.name());
			return "Indexed **" + document.title() + "** for " + document.audience().name().toLowerCase(Locale.ROOT)
					+ " readers (" + document.chunks() + " passages).";
		}
		catch (IngestionException ex) {
			return "Not indexed: " + ex.getMessage();
		}
		catch (RestClientException | IllegalArgumentException ex) {
			return "Not indexed: " + file.name() + ": the file could not be downloaded from Teams.";
		}
	}

}
