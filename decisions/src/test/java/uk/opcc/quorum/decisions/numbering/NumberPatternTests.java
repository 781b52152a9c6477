package uk.opcc.quorum.decisions.numbering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberPatternTests {

	@Test
	void formatsThePatternsOfficesUse() {
		assertThat(NumberAllocator.format("YYYY/NNN", 2027, 4)).isEqualTo("2027/004");
		assertThat(NumberAllocator.format("NNN/YYYY", 2013, 73)).isEqualTo("073/2013");
		assertThat(NumberAllocator.format("NNN-YYYY", 2020, 18)).isEqualTo("018-2020");
		assertThat(NumberAllocator.format("YYYY/N", 2023, 52)).isEqualTo("2023/52");
		assertThat(NumberAllocator.format("YYYY/NNN", 2027, 1234)).isEqualTo("2027/1234");
	}

}
