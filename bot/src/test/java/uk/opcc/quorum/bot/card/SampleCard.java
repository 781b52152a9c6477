package uk.opcc.quorum.bot.card;

/**
 * A card as Quorum builds it, for {@link CardSchemaTests}.
 *
 * @param builder where its {@link Card#create()} call is, as
 * {@code Class.method(ParameterTypes)} with simple names (a nested class as
 * {@code Outer$Inner}): how {@link CardSchemaTests} checks that every place that makes a
 * card has a sample
 * @param name what this sample shows, for the test report
 * @param card the card, built by Quorum's own code
 */
public record SampleCard(String builder, String name, Card card) {

	@Override
	public String toString() {
		return builder + ": " + name;
	}

}
