package dev.schemadiff.maven;

import dev.schemadiff.reader.HibernateNaming;
import dev.schemadiff.reader.NamingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the application names its tables and columns, as its configuration says.
 *
 * @param naming                 the naming mode; it fixes the implicit names (join tables, foreign key
 *                               columns) and, unless overridden, the physical ones
 * @param physicalNamingStrategy a {@code PhysicalNamingStrategy} class name replacing the mode's own,
 *                               or {@code null}
 * @param origin                 the file the settings come from, for the build log
 * @param quoteAll               whether {@code hibernate.globally_quoted_identifiers} is on
 */
record NamingSettings(NamingMode naming, String physicalNamingStrategy, String origin, boolean quoteAll) {
    NamingSettings {
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(origin, "origin");
    }

    /** The settings {@code naming} reads, found in {@code origin}. */
    NamingSettings(HibernateNaming naming, String origin) {
        this(naming.mode(), naming.physicalStrategy(), origin, naming.quoteAll());
    }

    /** Settings without global quoting. */
    NamingSettings(NamingMode naming, String physicalNamingStrategy, String origin) {
        this(naming, physicalNamingStrategy, origin, false);
    }

    /** The CLI options that select these settings. */
    List<String> cliArguments() {
        List<String> arguments = new ArrayList<>(List.of("--naming", naming.name().toLowerCase(Locale.ROOT)));
        if (physicalNamingStrategy != null) {
            arguments.addAll(List.of("--naming-strategy", physicalNamingStrategy));
        }
        if (quoteAll) {
            arguments.add("--quote-all");
        }
        return arguments;
    }

    /** One line for the build log. */
    String describe() {
        return "naming " + naming.name().toLowerCase(Locale.ROOT)
                + (physicalNamingStrategy == null ? "" : " with physical strategy " + physicalNamingStrategy)
                + (quoteAll ? ", every name quoted" : "")
                + " (from " + origin + ")";
    }
}
