package org.coveragepolicy.server;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The limits the CDS Hooks handler holds each request to: its size, the draft orders and prefetch
 * resources it may carry, and the work they make together. A request over a limit is refused
 * before any FHIR parsing: 413 for its size, 422 (issue code {@code too-costly}) for the others.
 * Immutable; {@link #defaults()} are the values the module README lists.
 *
 * @since 0.2.0
 */
public final class CdsHooksLimits {
  /** The default largest request body: 1 MiB. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 1 << 20;

  /** The default most entries in {@code context.draftOrders}: 20. */
  public static final int DEFAULT_MAX_DRAFT_ORDERS = 20;

  /** The default most entries in all prefetch Bundles together (the patient counts as one): 1,000. */
  public static final int DEFAULT_MAX_PREFETCH_RESOURCES = 1_000;

  /** The default most work: draft orders × (prefetch resources + 1), 10,000. */
  public static final int DEFAULT_MAX_WORK = 10_000;

  private static final CdsHooksLimits DEFAULTS = builder().build();

  private final int maxRequestBytes;
  private final int maxDraftOrders;
  private final int maxPrefetchResources;
  private final int maxWork;

  private CdsHooksLimits(Builder b) {
    this.maxRequestBytes = b.maxRequestBytes;
    this.maxDraftOrders = b.maxDraftOrders;
    this.maxPrefetchResources = b.maxPrefetchResources;
    this.maxWork = b.maxWork;
  }

  /**
   * Returns the default limits.
   *
   * @return the limits
   */
  public static CdsHooksLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder starting from the default limits.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the largest request body accepted, in bytes.
   *
   * @return the limit
   */
  public int maxRequestBytes() {
    return maxRequestBytes;
  }

  /**
   * Returns the most entries {@code context.draftOrders} may hold.
   *
   * @return the limit
   */
  public int maxDraftOrders() {
    return maxDraftOrders;
  }

  /**
   * Returns the most resources all prefetch entries may hold together.
   *
   * @return the limit
   */
  public int maxPrefetchResources() {
    return maxPrefetchResources;
  }

  /**
   * Returns the most work a request may make: its draft orders times its prefetch resources plus
   * one (each order is reviewed against the whole record).
   *
   * @return the limit
   */
  public int maxWork() {
    return maxWork;
  }

  @Override
  public String toString() {
    return "CdsHooksLimits{maxRequestBytes=" + maxRequestBytes + ", maxDraftOrders=" + maxDraftOrders
        + ", maxPrefetchResources=" + maxPrefetchResources + ", maxWork=" + maxWork + "}";
  }

  /**
   * Builds {@link CdsHooksLimits}; every limit starts at its default.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private int maxDraftOrders = DEFAULT_MAX_DRAFT_ORDERS;
    private int maxPrefetchResources = DEFAULT_MAX_PREFETCH_RESOURCES;
    private int maxWork = DEFAULT_MAX_WORK;

    private Builder() {}

    /**
     * Sets the largest request body.
     *
     * @param bytes at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is below 1
     */
    public Builder maxRequestBytes(int bytes) {
      checkArgument(bytes >= 1, "maxRequestBytes must be >= 1, was %s", bytes);
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Sets the most draft orders.
     *
     * @param orders at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code orders} is below 1
     */
    public Builder maxDraftOrders(int orders) {
      checkArgument(orders >= 1, "maxDraftOrders must be >= 1, was %s", orders);
      this.maxDraftOrders = orders;
      return this;
    }

    /**
     * Sets the most prefetch resources.
     *
     * @param resources at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code resources} is below 1
     */
    public Builder maxPrefetchResources(int resources) {
      checkArgument(resources >= 1, "maxPrefetchResources must be >= 1, was %s", resources);
      this.maxPrefetchResources = resources;
      return this;
    }

    /**
     * Sets the most work (draft orders × (prefetch resources + 1)).
     *
     * @param work at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code work} is below 1
     */
    public Builder maxWork(int work) {
      checkArgument(work >= 1, "maxWork must be >= 1, was %s", work);
      this.maxWork = work;
      return this;
    }

    /**
     * Returns the limits.
     *
     * @return the limits
     */
    public CdsHooksLimits build() {
      return new CdsHooksLimits(this);
    }
  }
}
