package uk.opcc.quorum.bot.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the REST API under {@code /api/} (not the Bot Framework endpoint, which has its own tokens): with no key
 * configured only this machine may call it, as on the embedded defaults; with {@code quorum.api.key} set, every
 * caller must send it as {@code X-API-Key}.
 */
@Component
class ApiAccessFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final ApiProperties properties;

	ApiAccessFilter(ApiProperties properties) {
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !path.startsWith("/api/") || path.startsWith("/api/messages");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = properties.key();
		if (StringUtils.hasText(key)) {
			String sent = request.getHeader(HEADER);
			if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))) {
				refuse(response, "This API needs the key configured as quorum.api.key, sent in the X-API-Key header.");
				return;
			}
		}
		else if (!Loopback.isLocal(request)) {
			refuse(response, "This API is open only to this machine until quorum.api.key is configured.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, String detail) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\",\"detail\":\"" + detail + "\"}");
	}

}
