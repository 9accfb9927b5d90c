package org.vigil.monitor.detect;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The in-control average run length (ARL) of a negative-binomial CUSUM and the threshold that gives
 * a target ARL, by the Markov-chain approximation of Brook and Evans (1972): the CUSUM, in units of
 * counts, lives on a grid of {@link #CELLS} cells below the threshold, state 0 being the atom at
 * zero; the expected number of days to absorption from state 0 solves {@code (I - Q) L = 1}.
 * Stateless; thread-safe.
 */
final class CusumThreshold {
  /** Cells of the Markov chain below the threshold. */
  static final int CELLS = 60;

  private CusumThreshold() {}

  /** Slope {@code a} of the log-likelihood ratio {@code a * y - b} of NB(c * mu, k) against NB(mu, k). */
  static double slope(double mu, double k, double c) {
    double r = 1 / k;
    return Math.log(c * (r + mu) / (r + c * mu));
  }

  /** Intercept {@code b} of the log-likelihood ratio {@code a * y - b}. */
  static double intercept(double mu, double k, double c) {
    double r = 1 / k;
    return r * Math.log((r + c * mu) / (r + mu));
  }

  /**
   * The ARL, in days, of the CUSUM of NB(c * mu, k) against NB(mu, k) with threshold {@code h}
   * (in log-likelihood units) when the counts are NB(mu, k): mean {@code mu}, variance
   * {@code mu + k mu^2}.
   */
  static double arl(double mu, double k, double c, double h) {
    double a = slope(mu, k, c);
    double beta = intercept(mu, k, c) / a;
    double top = h / a;
    int cells = CELLS;
    double w = top / (cells - 0.5);
    int ymax = (int) Math.ceil(top + beta) + 1;
    double[] p = pmf(mu, k, ymax);
    double[][] m = new double[cells][cells];
    for (int i = 0; i < cells; i++) {
      double s = i * w;
      for (int y = 0; y <= ymax; y++) {
        double next = s + y - beta;
        if (next >= top) {
          break;
        }
        int j = next <= 0 ? 0 : (int) Math.round(next / w);
        if (j < cells) {
          m[i][j] -= p[y];
        }
      }
      m[i][i] += 1;
    }
    double[] ones = new double[cells];
    java.util.Arrays.fill(ones, 1);
    try {
      return new LUDecomposition(new Array2DRowRealMatrix(m, false)).getSolver()
          .solve(new ArrayRealVector(ones, false)).getEntry(0);
    } catch (SingularMatrixException e) {
      // the chain (almost) never reaches the threshold: the run length is beyond double precision
      return Double.POSITIVE_INFINITY;
    }
  }

  /**
   * The least threshold {@code h} (to 0.2 %) whose ARL is at least {@code targetArl} days.
   */
  static double threshold(double mu, double k, double c, double targetArl) {
    double lo = 0;
    double hi = Math.max(slope(mu, k, c), 0.5);
    for (int i = 0; i < 60 && arl(mu, k, c, hi) < targetArl; i++) {
      lo = hi;
      hi *= 2;
    }
    while (hi - lo > 0.002 * hi) {
      double mid = (lo + hi) / 2;
      if (arl(mu, k, c, mid) >= targetArl) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /** NB(mu, k) probabilities of 0..ymax (mean mu, size 1/k). */
  static double[] pmf(double mu, double k, int ymax) {
    double r = 1 / k;
    double q = mu / (r + mu);
    double[] p = new double[ymax + 1];
    p[0] = Math.exp(r * Math.log(r / (r + mu)));
    for (int y = 0; y < ymax; y++) {
      p[y + 1] = p[y] * (y + r) / (y + 1) * q;
    }
    return p;
  }
}
