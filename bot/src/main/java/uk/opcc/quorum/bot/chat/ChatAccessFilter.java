package uk.opcc.quorum.bot.chat;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.opcc.quorum.bot.api.Loopback;

/** The chat page and its endpoints exist only when enabled, and only for callers on this machine. */
@Component
class ChatAccessFilter extends OncePerRequestFilter {

	private final LocalChat chat;

	ChatAccessFilter(LocalChat chat) {
		this.chat = chat;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.equals("/") || path.equals("/index.html") || path.startsWith("/chat/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!chat.enabled() || !Loopback.isLocal(request)) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
