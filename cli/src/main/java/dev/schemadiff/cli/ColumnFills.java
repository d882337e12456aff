package dev.schemadiff.cli;

import dev.schemadiff.schema.ColumnRef;
import dev.schemadiff.schema.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses {@code --fill [SCHEMA.]TABLE.COLUMN=SQL}: the SQL value existing rows get when a NOT NULL
 * column is added. Names follow SQL rules: unquoted ones fold to lower case, {@code "Quoted"} ones are
 * kept as written (and may contain dots); without a schema, the default schema is meant.
 */
final class ColumnFills {
    private static final String FORM = "[SCHEMA.]TABLE.COLUMN=SQL";

    private ColumnFills() {
    }

    /** @throws IllegalArgumentException with a one-line reason for a malformed or repeated entry */
    static Map<ColumnRef, String> parse(List<String> specs, String defaultSchema) {
        Map<ColumnRef, String> fills = new LinkedHashMap<>();
        for (String spec : specs) {
            List<String> names = new ArrayList<>();
            int equals = readNames(spec, names);
            String value = spec.substring(equals + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("--fill '" + spec + "' has no SQL value after '='; use " + FORM);
            }
            ColumnRef column = switch (names.size()) {
                case 2 -> new ColumnRef(QualifiedName.of(defaultSchema, names.get(0)), names.get(1));
                case 3 -> new ColumnRef(QualifiedName.of(names.get(0), names.get(1)), names.get(2));
                default -> throw new IllegalArgumentException("--fill '" + spec + "' names " + names.size()
                        + " parts before '='; use " + FORM);
            };
            if (fills.putIfAbsent(column, value) != null) {
                throw new IllegalArgumentException("--fill names " + column + " twice; give one value per column");
            }
        }
        return fills;
    }

    /** Reads dot-separated names into {@code names}; returns the index of the '=' that ends them. */
    private static int readNames(String spec, List<String> names) {
        int i = 0;
        while (true) {
            StringBuilder name = new StringBuilder();
            if (i < spec.length() && spec.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= spec.length()) {
                        throw new IllegalArgumentException("--fill '" + spec + "' has an unclosed quote; use " + FORM);
                    }
                    if (spec.charAt(i) == '"' && !(i + 1 < spec.length() && spec.charAt(i + 1) == '"')) {
                        i++;
                        break;
                    }
                    i += spec.charAt(i) == '"' ? 1 : 0; // "" inside quotes is one quote
                    name.append(spec.charAt(i++));
                }
            } else {
                while (i < spec.length() && spec.charAt(i) != '.' && spec.charAt(i) != '=') {
                    name.append(spec.charAt(i++));
                }
                String folded = name.toString().strip().toLowerCase(Locale.ROOT);
                name.setLength(0);
                name.append(folded);
            }
            if (name.length() == 0 || i >= spec.length() || (spec.charAt(i) != '.' && spec.charAt(i) != '=')) {
                throw new IllegalArgumentException("--fill '" + spec + "' is not " + FORM);
            }
            names.add(name.toString());
            if (spec.charAt(i++) == '=') {
                return i - 1;
            }
        }
    }
}
