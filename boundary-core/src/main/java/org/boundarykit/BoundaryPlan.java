package org.boundarykit;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.boundarykit.internal.IdSyntax;
import org.immutables.value.Value;

/**
 * The user's boundary: which contact, if any, they accept from the ex, and the facts the engine
 * needs to word its advice (the ex's name, the user's own reasons, the region for safety resources,
 * the locale and the time zone).
 *
 * <p>An empty {@link #channels()} set means every channel is allowed for the contact the level
 * permits. Under {@link ContactLevel#LIMITED} an empty {@link #topics()} set means every practical
 * topic is allowed; {@link ContactLevel#LOGISTICS_ONLY} needs at least one topic and
 * {@link ContactLevel#NO_CONTACT} allows none.
 *
 * <pre>{@code
 * BoundaryPlan plan = BoundaryPlan.builder()
 *     .level(ContactLevel.LOGISTICS_ONLY)
 *     .addTopics(Topic.CHILDREN)
 *     .addChannels(Channel.TEXT, Channel.EMAIL)
 *     .exName("Sam")
 *     .addReasons("I need space to heal")
 *     .region("US")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class BoundaryPlan {

  /** Longest accepted ex's name, in characters. */
  public static final int MAX_NAME_LENGTH = 60;

  /** Longest accepted reason, in characters. */
  public static final int MAX_REASON_LENGTH = 200;

  /** Most reasons a plan may hold. */
  public static final int MAX_REASONS = 20;

  /** Most children's or pets' names a plan may hold, each. */
  public static final int MAX_NAMES = 20;

  BoundaryPlan() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the level}. The contact level the user chose. */
  public abstract ContactLevel level();

  /** {@return the allowed topics, possibly empty}. Practical topics the boundary allows. */
  public abstract Set<Topic> topics();

  /** {@return the allowed channels}. Channels the boundary allows; empty means every channel. */
  public abstract Set<Channel> channels();

  /** {@return the name, if given}. The ex's name, used in scripts. */
  public abstract Optional<String> exName();

  /** {@return the reasons}. The user's own reasons for the boundary, reread in the self-care line. */
  public abstract List<String> reasons();

  /**
   * The first names (or nicknames) of the children the user and the ex share. A message that
   * names one is read as about the children: "can you get Noor from football at 4:40" is
   * children's logistics, and "you'll never see Noor again" is children used as leverage.
   *
   * @return the names, possibly empty
   */
  public abstract List<String> children();

  /**
   * The names of the pets the user and the ex share or had, read like {@link #children()}: as
   * about the pets.
   *
   * @return the names, possibly empty
   */
  public abstract List<String> pets();

  /**
   * The user's region as an ISO 3166-1 alpha-2 code (upper case), optionally with an ISO 3166-2
   * subdivision ("GB-SCT", "CA-ON", "AU-NSW"), used to pick safety resources: a subdivision gets its
   * own lines and its country's.
   *
   * @return the region, if given
   */
  public abstract Optional<String> region();

  /** {@return the locale}. The locale of the scripts. Defaults to English. */
  @Value.Default
  public Locale locale() {
    return Locale.ENGLISH;
  }

  /**
   * {@return whether the ex may see the user's phone or accounts}: a shared or once-shared device,
   * a known passcode, a shared cloud or family account, location sharing. When true, the advice
   * puts a safety plan and a device the ex cannot see before any step the ex could notice, and
   * shows the help lines at every level. Defaults to false.
   */
  @Value.Default
  public boolean exMaySeeDevices() {
    return false;
  }

  /**
   * The phones, apps and services the user uses ("iphone", "whatsapp", "find-my"), as the ids the
   * content's technology steps name. A step written for a platform is shown only when the plan
   * names that platform; steps for any platform are always shown. Empty by default.
   *
   * @return the platform ids
   */
  public abstract Set<String> platforms();

  /** {@return the time zone}. The user's time zone, for late-night contact. Defaults to UTC. */
  @Value.Default
  public ZoneId timeZone() {
    return ZoneOffset.UTC;
  }

  /**
   * Whether this boundary allows contact about {@code topic}.
   *
   * @param topic the topic of a contact
   * @return true if the level and the topic list allow it
   */
  public final boolean allowsTopic(Topic topic) {
    Objects.requireNonNull(topic, "topic");
    return switch (level()) {
      case NO_CONTACT -> false;
      case LIMITED -> topics().isEmpty() || topics().contains(topic);
      case LOGISTICS_ONLY -> topics().contains(topic);
    };
  }

  /**
   * Whether this boundary allows contact on {@code channel}.
   *
   * @param channel the channel of a contact
   * @return true if the level allows contact and the channel list is empty or holds it
   */
  public final boolean allowsChannel(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    return level() != ContactLevel.NO_CONTACT && (channels().isEmpty() || channels().contains(channel));
  }

  @Value.Check
  final BoundaryPlan check() {
    if (level() == ContactLevel.LOGISTICS_ONLY && topics().isEmpty()) {
      throw new InvalidValueException("plan.topics", "a LOGISTICS_ONLY boundary needs at least one allowed topic");
    }
    if (level() == ContactLevel.NO_CONTACT && !topics().isEmpty()) {
      throw new InvalidValueException("plan.topics", "a NO_CONTACT boundary allows no topics, but got " + topics());
    }
    if (level() == ContactLevel.NO_CONTACT && !channels().isEmpty()) {
      throw new InvalidValueException("plan.channels", "a NO_CONTACT boundary allows no channels, but got " + channels());
    }
    Optional<String> name = exName(); // no lambda: values are built on a cold start, where each links on first use
    if (name.isPresent()) {
      Checks.text("plan.exName", name.get(), MAX_NAME_LENGTH);
    }
    if (reasons().size() > MAX_REASONS) {
      throw new InvalidValueException("plan.reasons", "at most " + MAX_REASONS + " reasons, but got " + reasons().size());
    }
    for (int i = 0; i < reasons().size(); i++) {
      Checks.text("plan.reasons[" + i + "]", reasons().get(i), MAX_REASON_LENGTH);
    }
    for (String platform : platforms()) {
      Checks.id("plan.platforms", platform);
    }
    names("plan.children", children());
    names("plan.pets", pets());
    Optional<String> region = region();
    if (region.isPresent()) {
      // checked before upper-casing: non-ASCII letters such as '\u017f' (long s) upper-case to ASCII
      String trimmed = region.get().trim();
      if (!IdSyntax.isRegion(trimmed, true)) {
        throw new InvalidValueException("plan.region",
            "expected an ISO 3166-1 alpha-2 code such as \"US\", or one with a subdivision such as \"GB-SCT\", but got \""
                + Checks.shorten(region.get()) + "\"");
      }
      String code = trimmed.toUpperCase(Locale.ROOT);
      if (!code.equals(region.get())) {
        return ImmutableBoundaryPlan.builder().from(this).region(code).build();
      }
    }
    return this;
  }

  private static void names(String field, List<String> names) {
    if (names.size() > MAX_NAMES) {
      throw new InvalidValueException(field, "at most " + MAX_NAMES + " names, but got " + names.size());
    }
    for (int i = 0; i < names.size(); i++) {
      Checks.text(field + "[" + i + "]", names.get(i), MAX_NAME_LENGTH);
    }
  }

  /** Builds a {@link BoundaryPlan}; {@link #level} is required. */
  public static final class Builder extends ImmutableBoundaryPlan.Builder {
    Builder() {}
  }
}
