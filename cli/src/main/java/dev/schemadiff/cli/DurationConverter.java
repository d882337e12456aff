package dev.schemadiff.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads a positive duration written as {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h} or ISO-8601 {@code PT5S}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern SHORT_FORM = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

    @Override
    public Duration convert(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Duration duration;
        Matcher shortForm = SHORT_FORM.matcher(value);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            duration = switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        } else if (value.startsWith("p")) {
            try {
                duration = Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw notADuration(text);
            }
        } else {
            throw notADuration(text);
        }
        if (duration.toMillis() < 1) {
            throw new CommandLine.TypeConversionException("'" + text + "' must be at least 1ms");
        }
        return duration;
    }

    private static CommandLine.TypeConversionException notADuration(String text) {
        return new CommandLine.TypeConversionException("'" + text + "' is not a duration; use e.g. 500ms, 5s, 2m or PT5S");
    }
}
