package uk.opcc.quorum.knowledge.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The two small logistic models of Ask, fitted on the tuning half of the governance
 * evaluation set by {@code AskModelFitting} (run with {@code -Peval}) and shipped as
 * {@code ask-model.properties}: whether the passages answer a question at all, and which
 * unit is the answer's first line. The features and fitted weights are listed in the
 * module README.
 */
record AskModel(double[] answerable, double threshold, double[] unit) {

	static final String RESOURCE = "ask-model.properties";

	static AskModel shipped() {
		try (InputStream in = AskModel.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the knowledge-index jar");
			}
			Properties properties = new Properties();
			properties.load(in);
			return new AskModel(weights(properties, "answerable", Signals.NAMES),
					Double.parseDouble(properties.getProperty("answerable.threshold")),
					weights(properties, "unit", UnitSignals.NAMES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The probability that the passages answer, judged against {@link #threshold}. */
	double probability(Signals signals) {
		return logistic(answerable, signals.values());
	}

	boolean answers(Signals signals) {
		return probability(signals) >= threshold;
	}

	double score(UnitSignals signals) {
		return logistic(unit, signals.values());
	}

	static double logistic(double[] weights, double[] values) {
		double z = weights[0];
		for (int i = 0; i < values.length; i++) {
			z += weights[i + 1] * values[i];
		}
		return 1 / (1 + Math.exp(-z));
	}

	private static double[] weights(Properties properties, String model, String[] names) {
		// A signal the file does not weigh yet counts for nothing until the next fit; the
		// evaluation fails the build while the file and the fit differ.
		double[] weights = new double[names.length + 1];
		weights[0] = Double.parseDouble(properties.getProperty(model + ".bias", "0"));
		for (int i = 0; i < names.length; i++) {
			weights[i + 1] = Double.parseDouble(properties.getProperty(model + "." + names[i], "0"));
		}
		return weights;
	}

}
