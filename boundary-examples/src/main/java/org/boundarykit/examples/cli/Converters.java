package org.boundarykit.examples.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters with messages that say what a good value looks like. */
final class Converters {
  private Converters() {}

  /** A BCP 47 language tag such as {@code en} or {@code en-GB}. */
  static final class LocaleConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      Locale locale = Locale.forLanguageTag(value);
      if (locale.getLanguage().isEmpty()) {
        throw new TypeConversionException("not a language tag such as en or en-GB: '" + value + "'");
      }
      return locale;
    }
  }

  /** A time-zone id such as {@code America/Chicago}. */
  static final class ZoneConverter implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        throw new TypeConversionException("not a time zone such as America/Chicago or Europe/London: '" + value + "'");
      }
    }
  }

  /** An ISO-8601 instant such as {@code 2026-10-03T20:00:00Z}. */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("not an ISO-8601 instant such as 2026-10-03T20:00:00Z: '" + value + "'");
      }
    }
  }
}
