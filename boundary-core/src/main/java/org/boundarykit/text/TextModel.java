package org.boundarykit.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A linear model over hashed text features: the statistical half of the {@link
 * MeaningClassifier}. Each named head is a logistic-regression output ("danger", "urgent", one per
 * category and per topic); its score for a message is the sum of the weights of the message's
 * features plus a bias. Features are strings ({@link MeaningClassifier#features}) hashed into
 * {@link #buckets()} with 32-bit FNV-1a.
 *
 * <p>The weights are trained from the project's labelled corpus by a documented command with a
 * fixed seed and ship as versioned pack data. Immutable and thread-safe.
 *
 * <p>Stable API.
 */
public final class TextModel {

  /** Most buckets a model may have. */
  public static final int MAX_BUCKETS = 1 << 20;

  /** Most heads a model may have. */
  public static final int MAX_HEADS = 64;

  private final int buckets;
  private final List<String> heads;
  private final double[] bias;
  private final float[][] weights;
  /** The same weights by bucket, then head: one feature's weights sit together in memory. */
  private final float[] byBucket;
  private final double concernAt;
  private final double urgentAt;

  private TextModel(int buckets, List<String> heads, double[] bias, float[][] weights,
      double concernAt, double urgentAt) {
    this.buckets = buckets;
    this.heads = heads;
    this.bias = bias;
    this.weights = weights;
    this.byBucket = new float[buckets * heads.size()];
    for (int h = 0; h < heads.size(); h++) {
      for (int i = 0; i < buckets; i++) {
        byBucket[i * heads.size() + h] = weights[h][i];
      }
    }
    this.concernAt = concernAt;
    this.urgentAt = urgentAt;
  }

  /**
   * Returns a model.
   *
   * @param buckets the number of feature buckets, a power of two
   * @param heads the head names, in order; unique
   * @param bias the bias of each head
   * @param weights per head, one weight per bucket; copied
   * @param concernAt the "danger" probability from which a message is at least CONCERN
   * @param urgentAt the "urgent" probability from which a dangerous message is URGENT
   * @return the model
   * @throws IllegalArgumentException if the sizes disagree, a head repeats, a number is not finite
   *     or a threshold is outside (0, 1)
   */
  public static TextModel of(int buckets, List<String> heads, double[] bias, float[][] weights,
      double concernAt, double urgentAt) {
    Objects.requireNonNull(heads, "heads");
    Objects.requireNonNull(bias, "bias");
    Objects.requireNonNull(weights, "weights");
    if (buckets < 1 || buckets > MAX_BUCKETS || Integer.bitCount(buckets) != 1) {
      throw new IllegalArgumentException(
          "model.buckets: must be a power of two up to " + MAX_BUCKETS + ", but got " + buckets);
    }
    if (heads.isEmpty() || heads.size() > MAX_HEADS) {
      throw new IllegalArgumentException(
          "model.heads: 1 to " + MAX_HEADS + " heads, but got " + heads.size());
    }
    if (bias.length != heads.size() || weights.length != heads.size()) {
      throw new IllegalArgumentException("model.heads: " + heads.size() + " heads, but "
          + bias.length + " biases and " + weights.length + " weight vectors");
    }
    if (new java.util.HashSet<>(heads).size() != heads.size()) {
      throw new IllegalArgumentException("model.heads: a head name repeats: " + heads);
    }
    float[][] copy = new float[weights.length][];
    for (int h = 0; h < weights.length; h++) {
      if (weights[h].length != buckets) {
        throw new IllegalArgumentException("model.heads[" + h + "].weights: " + buckets
            + " weights expected, but got " + weights[h].length);
      }
      if (!Double.isFinite(bias[h])) {
        throw new IllegalArgumentException("model.heads[" + h + "].bias: must be finite");
      }
      for (float w : weights[h]) {
        if (!Float.isFinite(w)) {
          throw new IllegalArgumentException("model.heads[" + h + "].weights: must all be finite");
        }
      }
      copy[h] = weights[h].clone();
    }
    checkThreshold("model.concernAt", concernAt);
    checkThreshold("model.urgentAt", urgentAt);
    return new TextModel(buckets, List.copyOf(heads), bias.clone(), copy, concernAt, urgentAt);
  }

  private static void checkThreshold(String field, double value) {
    if (!(value > 0.0 && value < 1.0)) {
      throw new IllegalArgumentException(field + ": must be between 0 and 1, but got " + value);
    }
  }

  /**
   * The bucket of a feature: 32-bit FNV-1a over its UTF-16 code units, modulo the bucket count.
   *
   * @param feature a feature string
   * @param buckets a power of two
   * @return the bucket, in {@code [0, buckets)}
   */
  public static int bucket(String feature, int buckets) {
    return fnv(FNV_SEED, feature, 0, feature.length()) & (buckets - 1);
  }

  /** The offset basis of 32-bit FNV-1a. */
  static final int FNV_SEED = 0x811c9dc5;

  /** The prime of 32-bit FNV-1a. */
  static final int FNV_PRIME = 0x01000193;

  /** 32-bit FNV-1a of {@code s[from, to)}, continued from {@code h}: hashing "ab" then "c" is hashing "abc". */
  static int fnv(int h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  /** {@return the number of feature buckets} */
  public int buckets() {
    return buckets;
  }

  /** {@return the head names, in order} */
  public List<String> heads() {
    return heads;
  }

  /** {@return the "danger" probability from which a message is at least CONCERN} */
  public double concernAt() {
    return concernAt;
  }

  /** {@return the "urgent" probability from which a dangerous message is URGENT} */
  public double urgentAt() {
    return urgentAt;
  }

  /**
   * The bias of a head.
   *
   * @param head the head's index
   * @return its bias
   */
  public double bias(int head) {
    return bias[head];
  }

  /**
   * A copy of a head's weights.
   *
   * @param head the head's index
   * @return one weight per bucket
   */
  public float[] weights(int head) {
    return weights[head].clone();
  }

  /**
   * The linear score of every head for a set of features: each distinct feature counts once, and
   * the sum is scaled by one over the square root of the number of distinct features.
   *
   * @param features the feature strings of a message
   * @return one score per head, before the logistic function
   */
  public double[] scores(List<String> features) {
    return score(featureIds(features, buckets));
  }

  /**
   * {@link #scores(List)} of features given as their 32-bit FNV-1a hashes ({@link #bucket} before
   * the modulo): the same scores without building the strings.
   */
  double[] scores(int[] hashes, int count) {
    return score(distinct(hashes, count, buckets));
  }

  private double[] score(int[] ids) {
    double norm = norm(ids);
    int n = heads.size();
    double[] sum = new double[n];
    for (int id : ids) {
      int base = id * n;
      for (int h = 0; h < n; h++) {
        sum[h] += byBucket[base + h];
      }
    }
    for (int h = 0; h < n; h++) {
      sum[h] = bias[h] + sum[h] * norm;
    }
    return sum;
  }

  /**
   * The distinct buckets of a message's features, in ascending order: what a head sums over.
   *
   * @param features the feature strings
   * @param buckets a power of two
   * @return the distinct bucket ids
   */
  public static int[] featureIds(List<String> features, int buckets) {
    int[] hashes = new int[features.size()];
    for (int i = 0; i < hashes.length; i++) {
      String f = features.get(i);
      hashes[i] = fnv(FNV_SEED, f, 0, f.length());
    }
    return distinct(hashes, hashes.length, buckets);
  }

  /** The distinct buckets of {@code hashes[0, count)}, ascending; the array is reused. */
  private static int[] distinct(int[] hashes, int count, int buckets) {
    int[] ids = hashes;
    for (int i = 0; i < count; i++) {
      ids[i] = hashes[i] & (buckets - 1);
    }
    Arrays.sort(ids, 0, count);
    int n = 0;
    for (int i = 0; i < count; i++) {
      if (i == 0 || ids[i] != ids[i - 1]) {
        ids[n++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, n);
  }

  /**
   * The factor every feature weight is multiplied by: one over the square root of the number of
   * distinct features, so that long and short messages score on one scale.
   *
   * @param ids the distinct bucket ids of a message
   * @return the factor; 0 for no features
   */
  public static double norm(int[] ids) {
    return ids.length == 0 ? 0.0 : 1.0 / Math.sqrt(ids.length);
  }

  @Override
  public String toString() {
    return "TextModel{" + buckets + " buckets, heads " + heads + "}";
  }
}
