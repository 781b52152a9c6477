package uk.opcc.quorum.knowledge.answer;

import java.util.List;

/**
 * Fits a logistic regression by batch gradient descent on standardised features, with a
 * little L2 regularisation, and answers the weights on the original scale. Deterministic:
 * the same rows always give the same weights, so the build can check that the shipped
 * model is the one the tuning half gives.
 */
final class LogisticFit {

	private static final int ITERATIONS = 4000;

	private static final double RATE = 0.5;

	private static final double L2 = 0.001;

	private LogisticFit() {
	}

	/**
	 * @param signs for each feature, +1 if its weight may not be negative, -1 if it may
	 * not be positive, 0 if either: a higher similarity must never count against an
	 * answer, however the features of a small tuning set happen to correlate
	 */
	static double[] fit(List<double[]> rows, List<Boolean> labels, int[] signs) {
		int n = rows.size();
		int d = rows.get(0).length;
		double[] mean = new double[d];
		double[] scale = new double[d];
		for (double[] row : rows) {
			for (int j = 0; j < d; j++) {
				mean[j] += row[j] / n;
			}
		}
		for (double[] row : rows) {
			for (int j = 0; j < d; j++) {
				scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
			}
		}
		for (int j = 0; j < d; j++) {
			scale[j] = scale[j] == 0 ? 1 : Math.sqrt(scale[j]);
		}
		// positives and negatives weigh the same, whatever their numbers
		long positives = labels.stream().filter(Boolean::booleanValue).count();
		double positiveWeight = n / (2.0 * Math.max(1, positives));
		double negativeWeight = n / (2.0 * Math.max(1, n - positives));
		double[] w = new double[d + 1];
		for (int iteration = 0; iteration < ITERATIONS; iteration++) {
			double[] gradient = new double[d + 1];
			for (int i = 0; i < n; i++) {
				double[] x = standardised(rows.get(i), mean, scale);
				double error = AskModel.logistic(w, x) - (labels.get(i) ? 1 : 0);
				double weight = labels.get(i) ? positiveWeight : negativeWeight;
				gradient[0] += weight * error / n;
				for (int j = 0; j < d; j++) {
					gradient[j + 1] += weight * error * x[j] / n;
				}
			}
			for (int j = 0; j <= d; j++) {
				w[j] -= RATE * (gradient[j] + (j == 0 ? 0 : L2 * w[j]));
				if (j > 0 && w[j] * signs[j - 1] < 0) {
					w[j] = 0;
				}
			}
		}
		double[] original = new double[d + 1];
		original[0] = w[0];
		for (int j = 0; j < d; j++) {
			original[j + 1] = w[j + 1] / scale[j];
			original[0] -= w[j + 1] * mean[j] / scale[j];
		}
		return original;
	}

	private static double[] standardised(double[] row, double[] mean, double[] scale) {
		double[] x = new double[row.length];
		for (int j = 0; j < row.length; j++) {
			x[j] = (row[j] - mean[j]) / scale[j];
		}
		return x;
	}

}
