package org.boundarykit;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.boundarykit.internal.IdSyntax;
import org.immutables.value.Value;

/**
 * A help line or service for one or more regions, shown exactly as curated when a contact's safety
 * level is not {@link Safety#NONE}. The region {@value #ANY_REGION} marks the fallback entry for
 * regions that have none of their own.
 */
@Value.Immutable
public abstract class SafetyResource {

  /** The region code of the fallback entry. */
  public static final String ANY_REGION = "*";

  SafetyResource() {}

  /**
   * Returns a new builder.
   *
   * @return a builder; {@code id}, {@code regions}, {@code kind}, {@code name}, {@code contact} and
   *     {@code lastChecked} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the resource's id, unique in its pack} */
  public abstract String id();

  /**
   * {@return the regions it serves}: ISO 3166-1 alpha-2 codes, codes with an ISO 3166-2 subdivision
   * ("GB-SCT"), or {@value #ANY_REGION}
   */
  public abstract Set<String> regions();

  /** {@return the kind of service} */
  public abstract ResourceKind kind();

  /** {@return the service's name} */
  public abstract String name();

  /** {@return how to reach it: a number, a text code or an address} */
  public abstract String contact();

  /** {@return one sentence on what it offers; may be empty} */
  @Value.Default
  public String description() {
    return "";
  }

  /** {@return the date the entry was last checked} */
  public abstract LocalDate lastChecked();

  /** {@return the address of the service's own page the entry was checked against, if given} */
  public abstract Optional<String> source();

  /** {@return the opening hours, if the service is not open round the clock} */
  public abstract Optional<String> hours();

  /** {@return how to reach it by text message, if it can be} */
  public abstract Optional<String> text();

  /** {@return how to reach it by web chat, if it can be} */
  public abstract Optional<String> chat();

  /** {@return how to reach it by textphone, relay or sign language, if it can be} */
  public abstract Optional<String> tty();

  /** {@return how to ask for help without speaking, or without it showing, if there is a way} */
  public abstract Optional<String> silent();

  @Value.Check
  final void check() {
    Checks.id("resource.id", id());
    if (regions().isEmpty()) {
      throw new IllegalArgumentException("resource " + id() + ".regions: must not be empty");
    }
    for (String region : regions()) {
      if (!region.equals(ANY_REGION) && !IdSyntax.isRegion(region, false)) {
        throw new IllegalArgumentException("resource " + id() + ".regions: expected ISO 3166-1 alpha-2 codes (\"GB\"),"
            + " codes with a subdivision (\"GB-SCT\") or \"*\", but got \"" + region + "\"");
      }
    }
  }

  /** Builds a {@link SafetyResource}. */
  public static final class Builder extends ImmutableSafetyResource.Builder {
    Builder() {}
  }
}
