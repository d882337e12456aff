package dev.schemadiff.testkit;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Word lists and name claims for {@link GeneratedModel}. A name is claimed in both naming styles the
 * generated model must survive: JPA's "as written" (unquoted, so PostgreSQL folds it to lower case) and
 * Spring's snake_case ({@code CamelCaseToUnderscoresNamingStrategy}, the same rule as Hibernate's
 * {@code PhysicalNamingStrategySnakeCaseImpl}).
 */
final class GeneratedNames {
    /** Entity class name qualifiers; no SQL or Java keyword, none ends in a digit. */
    static final List<String> QUALIFIERS = List.of(
            "Retail", "Partner", "Regional", "Field", "Online", "Legacy", "Seasonal", "Archived", "Internal",
            "External", "Vendor", "Customer", "Fleet", "Branch", "Export", "Import", "Loyalty", "Wholesale",
            "Premium", "Support", "Travel", "Medical", "Campus", "Harbor", "Studio", "Market", "Energy",
            "Transit", "Civic", "Grocery");
    /** Entity class name nouns; each takes a plain "s" plural. */
    static final List<String> NOUNS = List.of(
            "Account", "Invoice", "Shipment", "Ledger", "Payment", "Voucher", "Ticket", "Contract", "Booking",
            "Parcel", "Supplier", "Warehouse", "Product", "Coupon", "Refund", "Receipt", "Tariff", "Quota",
            "Budget", "Campaign", "Lead", "Prospect", "Employee", "Badge", "Shift", "Roster", "Vehicle",
            "Route", "Depot", "Manifest", "Claim", "Broker", "Agent", "Listing", "Auction", "Bid",
            "Review", "Rating", "Survey", "Answer", "Question", "Course", "Lesson", "Exam", "Grade", "Device",
            "Sensor", "Reading", "Alert", "Incident", "Asset", "License", "Patent", "Project", "Milestone",
            "Task", "Sprint", "Artifact", "Member");
    /** First halves of field names; concatenated with a type-specific suffix, so never an SQL keyword. */
    static final List<String> FIELD_PREFIXES = List.of(
            "billing", "shipping", "contact", "contract", "delivery", "display", "external", "internal",
            "legal", "loyalty", "market", "network", "partner", "payment", "pickup", "pricing", "region",
            "release", "retail", "review", "sales", "service", "source", "storage", "supplier", "support",
            "tax", "trade", "vendor", "warehouse", "web", "backup", "batch", "channel", "client", "credit",
            "audit", "export", "import", "travel", "fleet", "survey", "campaign", "budget", "energy");

    /** Columns the {@code Address} embeddable (with its nested {@code GeoPoint}) contributes. */
    static final List<String> ADDRESS_COLUMNS = List.of("street", "city", "postalCode", "latitude", "longitude");
    /** Columns {@code AuditedEntity} contributes. */
    static final List<String> AUDIT_COLUMNS = List.of("createdAt", "updatedAt", "createdBy");
    /** The column {@code RevisionedEntity} adds to the audit columns. */
    static final String REVISION_COLUMN = "revision";
    /** PostgreSQL's identifier limit; longer names are silently truncated, which could merge two names. */
    static final int MAX_IDENTIFIER = 63;

    private GeneratedNames() {
    }

    /** Spring's and Hibernate's snake_case rule: an underscore before an upper case letter between lower case ones. */
    static String snake(String name) {
        StringBuilder text = new StringBuilder(name.replace('.', '_'));
        for (int i = 1; i < text.length() - 1; i++) {
            if (Character.isLowerCase(text.charAt(i - 1)) && Character.isUpperCase(text.charAt(i))
                    && Character.isLowerCase(text.charAt(i + 1))) {
                text.insert(i++, '_');
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /**
     * Names already taken in one namespace (the tables of the model, or the columns and fields of one
     * table), remembered as PostgreSQL would see them under either naming style.
     */
    static final class Claims {
        private final Set<String> asWritten = new HashSet<>();
        private final Set<String> snakeCase = new HashSet<>();

        /** Claims a name Hibernate derives from Java (a field or class name), if both of its forms are free. */
        boolean claimImplicit(String javaName) {
            return claim(javaName.toLowerCase(Locale.ROOT), snake(javaName));
        }

        /** Claims an explicit lower-case snake_case name, the same under both naming styles. */
        boolean claimExplicit(String sqlName) {
            return claim(sqlName, sqlName);
        }

        /** Claims {@code base}, or {@code base2}, {@code base3}… for the first free one, and returns it. */
        String claimExplicitFrom(String base) {
            String name = base;
            for (int suffix = 2; !claimExplicit(name); suffix++) {
                name = base + suffix;
            }
            return name;
        }

        private boolean claim(String writtenForm, String snakeForm) {
            if (snakeForm.length() > MAX_IDENTIFIER || asWritten.contains(writtenForm)
                    || snakeCase.contains(snakeForm) || asWritten.contains(snakeForm)
                    || snakeCase.contains(writtenForm)) {
                return false;
            }
            asWritten.add(writtenForm);
            snakeCase.add(snakeForm);
            return true;
        }
    }
}
