package uk.opcc.quorum.knowledge.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions for a named post-holder, and passages that name someone rather than describe
 * a post.
 */
class PostHoldersTests {

	@Test
	void aQuestionPinnedToAnOfficeAsksForAHolder() {
		assertThat(PostHolders.asksForHolder("who is our chief executive?")).isTrue();
		assertThat(PostHolders.asksForHolder("who's the northants pfcc")).isTrue();
		assertThat(PostHolders.asksForHolder("who chairs the joint audit committee")).isTrue();
		assertThat(PostHolders.asksForHolder("who is kent's chief finance officer")).isTrue();
	}

	@Test
	void aQuestionAboutWhatARoleIsDoesNot() {
		assertThat(PostHolders.asksForHolder("who is the section 151 officer")).isFalse();
		assertThat(PostHolders.asksForHolder("who appoints the chief constable?")).isFalse();
		assertThat(PostHolders.asksForHolder("what does the monitoring officer do?")).isFalse();
	}

	@Test
	void namesAreToldFromPostsAndBodies() {
		assertThat(PostHolders.namesSomeone("The Chief Executive, Mark Stokes, is also the Monitoring Officer."))
			.isTrue();
		assertThat(PostHolders.namesSomeone("Chaired by Cllr Patel.")).isTrue();
		assertThat(PostHolders.namesSomeone("The Police and Crime Commissioner appoints the Chief Constable."))
			.isFalse();
		assertThat(PostHolders.namesSomeone("The Joint Audit Committee meets five times a year in March.")).isFalse();
	}

}
