package uk.opcc.quorum.bot.ask;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import uk.opcc.quorum.bot.command.IncomingFile;
import uk.opcc.quorum.bot.teams.ServiceHosts;
import uk.opcc.quorum.scheduler.GraphConnection;

/**
 * Fetches the files people send Quorum in Teams. A personal-chat file comes with a
 * download link; a file posted in a channel is only its SharePoint address, which
 * Microsoft Graph turns into content for Quorum's own app token ({@code Files.Read.All}).
 * Either way the address must be on an allowed file host.
 */
@Component
class FileDownloads {

	private final RestClient http;

	private final ObjectProvider<GraphConnection> graph;

	private final ServiceHosts hosts;

	FileDownloads(RestClient.Builder http, ObjectProvider<GraphConnection> graph, ServiceHosts hosts) {
		this.graph = graph;
		this.hosts = hosts;
		this.http = ServiceHosts.fileClient(http);
	}

	/** A file that cannot be had, with the reason in a sentence (after the file name). */
	static class Unavailable extends RuntimeException {

		Unavailable(String reason) {
			super(reason);
		}

	}

	/**
	 * The file's bytes.
	 * @throws Unavailable when it is not fetched, saying why
	 */
	byte[] fetch(IncomingFile file) {
		if (!hosts.fileUrlAllowed(file.downloadUrl())) {
			throw new Unavailable("Quorum fetches files only from Teams and SharePoint (quorum.teams.file-hosts).");
		}
		return file.sharePoint() ? throughGraph(file.downloadUrl()) : direct(file.downloadUrl());
	}

	private byte[] direct(String url) {
		try {
			byte[] bytes = http.get().uri(URI.create(url)).retrieve().body(byte[].class);
			return bytes == null ? new byte[0] : bytes;
		}
		catch (RestClientException | IllegalArgumentException ex) {
			throw new Unavailable("the file could not be downloaded from Teams.");
		}
	}

	/**
	 * Graph's shares API takes the sharing URL itself, base64url-encoded without padding
	 * after {@code u!}. Graph answers the content, or (as it usually does) a redirect to
	 * a short-lived pre-authenticated download address, which is fetched without the
	 * token.
	 */
	private byte[] throughGraph(String sharePointUrl) {
		GraphConnection connection = graph.getIfAvailable();
		if (connection == null) {
			throw new Unavailable("files posted in a channel are fetched through Microsoft Graph, which Quorum is "
					+ "not set up to use; an administrator must register Graph with the application permission "
					+ "Files.Read.All (docs/teams.md). Send the file to Quorum in a personal chat meanwhile.");
		}
		String share = "u!" + Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(sharePointUrl.getBytes(StandardCharsets.UTF_8));
		try {
			byte[][] content = new byte[1][];
			String redirect = connection.http()
				.get()
				.uri("shares/" + share + "/driveItem/content")
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					if (response.getStatusCode().is3xxRedirection() && response.getHeaders().getLocation() != null) {
						return response.getHeaders().getLocation().toString();
					}
					if (status == 401 || status == 403) {
						throw new Unavailable("Microsoft Graph refused Quorum the file; its app registration needs "
								+ "the application permission Files.Read.All, granted by an administrator.");
					}
					if (status == 404) {
						throw new Unavailable("Microsoft Graph found no such file in SharePoint; it may have been "
								+ "moved or deleted.");
					}
					if (!response.getStatusCode().is2xxSuccessful()) {
						throw new Unavailable(
								"the file could not be downloaded through Microsoft Graph (HTTP " + status + ").");
					}
					content[0] = response.getBody().readAllBytes();
					return null;
				});
			if (redirect == null) {
				return content[0];
			}
			if (!hosts.fileUrlAllowed(redirect)) {
				throw new Unavailable("Microsoft Graph sent the file from a host Quorum does not fetch from "
						+ "(quorum.teams.file-hosts).");
			}
			return direct(redirect);
		}
		catch (RestClientException | IllegalArgumentException ex) {
			throw new Unavailable("the file could not be downloaded through Microsoft Graph.");
		}
	}

}
