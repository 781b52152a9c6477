package uk.opcc.quorum.knowledge.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which office a document comes from, and the short forms people type for areas. */
class PlacesTests {

	@Test
	void frontMatterNamesTheOffice() {
		assertThat(Places.officeOf("upload:plan.md", "Police and crime plan",
				"office: Cambs\n\nThe plan runs to 2024 and mentions Norfolk, Norfolk and Norfolk."))
			.hasValue("Cambridgeshire");
	}

	@Test
	void theFolderNamesTheOfficeWhenTheFileDoesNot() {
		assertThat(Places.officeOf("corpus:kent/gifts-policy.html", "Gifts and hospitality", "No area named here."))
			.hasValue("Kent");
	}

	@Test
	void theFileNameNamesTheOfficeWhenNothingInsideDoes() {
		assertThat(Places.officeOf("upload:cambs-pcc-decision-plan.md", "Decision record: issuing the plan",
				"The Commissioner issued the plan."))
			.contains("Cambridgeshire");
		assertThat(Places.officeOf("upload:decision-plan.md", "Decision record", "The Commissioner issued the plan."))
			.isEmpty();
	}

	@Test
	void theTitleNamesTheOfficeBeforeTheText() {
		assertThat(Places.officeOf("upload:jac.pdf", "Warwickshire joint audit committee",
				"The committee works with Norfolk colleagues."))
			.hasValue("Warwickshire");
	}

	@Test
	void anAreaTheTextNamesFarMoreThanAnyOtherIsTheOffice() {
		assertThat(Places.officeOf("upload:briefing.pptx", "Candidates briefing",
				"Norfolk Constabulary. Norfolk's budget. OPCCN staff. Working with Suffolk."))
			.hasValue("Norfolk");
	}

	@Test
	void aDocumentAboutSeveralAreasBelongsToNone() {
		assertThat(Places.officeOf("upload:collaboration.md", "Eastern region collaboration",
				"Norfolk and Suffolk share services; Norfolk and Suffolk share a control room; Essex joins in."))
			.isEmpty();
		assertThat(Places.officeOf("upload:guide.md", "The PCC role", "Commissioners set the police and crime plan."))
			.isEmpty();
	}

	@Test
	void shortFormsGainTheAreasFullName() {
		assertThat(Places.withFullNames("who is the beds pcc")).isEqualTo("who is the beds (Bedfordshire) pcc");
		assertThat(Places.withFullNames("Bedfordshire budget")).isEqualTo("Bedfordshire budget");
		assertThat(Places.in("the west mids panel and hants")).containsExactly("West Midlands", "Hampshire");
	}

	@Test
	void wordsThatMerelyContainAShortFormAreNotPlaces() {
		assertThat(Places.in("the kentish coast, hantsport and the surreys")).isEmpty();
	}

}
