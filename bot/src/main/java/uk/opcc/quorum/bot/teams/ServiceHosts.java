package uk.opcc.quorum.bot.teams;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import uk.opcc.quorum.bot.security.AccessMode;

/**
 * Where Quorum may send replies and fetch files. An activity names its own serviceUrl and
 * attachment addresses, so without this a caller could make Quorum post answers, or fetch
 * files, wherever they liked. Once Teams tokens are checked the configured Teams hosts
 * are allowed (over https); until then only this machine is.
 */
@Component
public class ServiceHosts {

	private final AccessMode mode;

	private final TeamsProperties properties;

	ServiceHosts(AccessMode mode, TeamsProperties properties) {
		this.mode = mode;
		this.properties = properties;
	}

	public boolean serviceUrlAllowed(String url) {
		return allowed(url, properties.serviceHosts());
	}

	/**
	 * An HTTP client for moving files to and from the hosts above (Teams, SharePoint,
	 * OneDrive): HTTP/1.1, which their upload sessions expect, and timeouts long enough
	 * for a document but not for a stalled transfer.
	 */
	public static RestClient fileClient(RestClient.Builder http) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
			.version(java.net.http.HttpClient.Version.HTTP_1_1)
			.connectTimeout(java.time.Duration.ofSeconds(10))
			.build());
		factory.setReadTimeout(java.time.Duration.ofSeconds(60));
		return http.clone().requestFactory(factory).build();
	}

	public boolean fileUrlAllowed(String url) {
		return allowed(url, properties.fileHosts());
	}

	private boolean allowed(String url, List<String> hosts) {
		URI uri;
		try {
			uri = url == null ? null : new URI(url);
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
		if (uri == null || uri.getHost() == null || uri.getScheme() == null || uri.getRawUserInfo() != null) {
			return false;
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (loopback(host)) {
			return (scheme.equals("http") || scheme.equals("https")) && (!mode.botTokens() || listed(host, hosts));
		}
		return mode.botTokens() && scheme.equals("https") && listed(host, hosts);
	}

	private static boolean listed(String host, List<String> hosts) {
		for (String pattern : hosts) {
			String allowed = pattern.toLowerCase(Locale.ROOT).strip();
			if (allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Only literal loopback names count: a name that merely resolves to loopback could be
	 * re-pointed later.
	 */
	private static boolean loopback(String host) {
		if (host.equals("localhost")) {
			return true;
		}
		String literal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (!literal.matches("[0-9.]+") && !literal.contains(":")) {
			return false;
		}
		try {
			return InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (java.net.UnknownHostException ex) {
			return false;
		}
	}

}
