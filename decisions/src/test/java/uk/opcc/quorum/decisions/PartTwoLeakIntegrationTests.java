package uk.opcc.quorum.decisions;

import java.io.ByteArrayInputStream;
import java.io.StringReader;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Part 2 is restricted: no public output may carry a word of it, whatever the notice's
 * status.
 */
@SpringBootTest(classes = DecisionsTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartTwoLeakIntegrationTests {

	private static final String SECRET = "Blackwater Estates bid of GBP 2.4m";

	@Autowired
	Decisions decisions;

	@Autowired
	DecisionWorkflow workflow;

	@Autowired
	NoticeDocuments documents;

	@Autowired
	Register register;

	@Autowired
	DecisionsTestApplication.TestClock clock;

	private DecisionNotice published;

	@BeforeAll
	void publishANoticeWithAPartTwo() {
		clock.set("2027-03-01T10:00:00Z");
		NoticeRequest request = Notices.complete("Sale of the former Eastgate police station");
		DecisionNotice notice = decisions.create(
				new NoticeRequest(request.title(), request.sections(),
						new DecisionNotice.Part2("The preferred bidder is " + SECRET + " (unconditional).",
								"commercially sensitive"),
						DecisionNotice.DecisionMaker.PCC, null, null),
				Notices.AUTHOR);
		workflow.move(notice.id(), new TransitionRequest(Status.IN_REVIEW, null, null, null, null), Notices.AUTHOR);
		workflow.move(notice.id(), new TransitionRequest(Status.AWAITING_PCC, null, null, null, null), Notices.CFO);
		workflow.move(notice.id(), new TransitionRequest(Status.AWAITING_PCC, null, null, null, null), Notices.MO);
		workflow.move(notice.id(), new TransitionRequest(Status.SIGNED, null, true, null, null), Notices.PCC);
		published = workflow.move(notice.id(), new TransitionRequest(Status.PUBLISHED, null, null, null, null),
				Notices.AUTHOR);
	}

	@Test
	void registerPagesAndSearchNeverShowPartTwo() {
		assertThat(register.entries(null)).extracting(RegisterEntry::reference).contains(published.number());
		assertThat(register.entries(null).toString()).contains("Sale of the former Eastgate police station")
			.doesNotContain("Blackwater");
		assertThat(register.entries("Blackwater")).extracting(RegisterEntry::reference)
			.doesNotContain(published.number());
		assertThat(register.entries("Eastgate")).extracting(RegisterEntry::reference).contains(published.number());
		PublishedNotice page = register.notice(published.slug());
		assertThat(page.path()).isEqualTo("/register/" + published.number());
		assertThat(page.partTwoReason()).isEqualTo("commercially sensitive");
		assertThat(page.decision().signatory()).isEqualTo("Pat Commissioner");
		// Whatever a page is built from carries nothing of Part 2 but its reason.
		assertThat(page.toString()).contains("Extend the victims")
			.doesNotContain("Blackwater")
			.doesNotContain("preferred bidder");
	}

	@Test
	void feedIsAtomAndCarriesPartOneOnly() throws Exception {
		String atom = register.feed();
		SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getEntries()).anySatisfy(entry -> {
			assertThat(entry.getTitle()).isEqualTo(published.number() + ": Sale of the former Eastgate police station");
			assertThat(entry.getLink()).endsWith("/register/" + published.slug());
		});
		assertThat(atom).doesNotContain("Blackwater");
	}

	@Test
	void markdownDocxAndPdfCarryPartOneOnly() throws Exception {
		assertThat(documents.markdown(published.id())).contains("## Financial implications")
			.contains("A Part 2 is not published (commercially sensitive)")
			.doesNotContain("Blackwater");

		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(documents.docx(published.id())));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			String text = extractor.getText();
			assertThat(text).contains("Office of the Police and Crime Commissioner")
				.contains("Executive summary")
				.contains("Legal implications")
				.contains("Decision: approved by Pat Commissioner, 1 March 2027")
				.doesNotContain("Blackwater");
		}
		try (PDDocument pdf = Loader.loadPDF(documents.pdf(published.id()))) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Decision notice " + published.number())
				.contains("Reasons for the decision")
				.contains("Chief Finance Officer: Chris Finance")
				.doesNotContain("Blackwater");
		}
	}

	@Test
	void forwardPlanListsExpectedDecisionsWithoutTheirText() {
		NoticeRequest request = Notices.complete("Custody suite refurbishment");
		decisions.create(new NoticeRequest(request.title(), request.sections(),
				new DecisionNotice.Part2("Contractor shortlist: " + SECRET, "commercially sensitive"), null, null,
				new DecisionNotice.ForwardPlan(java.time.LocalDate.of(2027, 6, 15), "Director of Estates", true)),
				Notices.AUTHOR);

		assertThat(register.forwardPlan()).contains(new PlannedDecision("Custody suite refurbishment",
				java.time.LocalDate.of(2027, 6, 15), "Director of Estates", true));
		assertThat(register.forwardPlan().toString()).doesNotContain("Blackwater").doesNotContain("Extend the victims");
	}

}
