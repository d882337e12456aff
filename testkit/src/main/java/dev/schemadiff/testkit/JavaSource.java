package dev.schemadiff.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Collects the parts of one generated class in package {@code gen.model} and prints them as plain Java. */
final class JavaSource {
    static final String PACKAGE = "gen.model";

    private final String className;
    private final String declaration;
    private final Set<String> imports = new TreeSet<>();
    private final List<String> classAnnotations = new ArrayList<>();
    private final List<List<String>> members = new ArrayList<>();

    /**
     * @param className   the simple class name
     * @param declaration everything before the opening brace, e.g. {@code public class A extends B}
     */
    JavaSource(String className, String declaration) {
        this.className = className;
        this.declaration = declaration;
    }

    String className() {
        return className;
    }

    JavaSource imports(String... qualifiedNames) {
        Collections.addAll(imports, qualifiedNames);
        return this;
    }

    JavaSource annotate(String annotation) {
        classAnnotations.add(annotation);
        return this;
    }

    /** Adds a field or method; its lines are written one indentation level deep, a blank line apart. */
    JavaSource member(List<String> lines) {
        members.add(List.copyOf(lines));
        return this;
    }

    JavaSource member(String... lines) {
        return member(List.of(lines));
    }

    String render(String comment) {
        StringBuilder text = new StringBuilder(1024).append("package ").append(PACKAGE).append(";\n\n");
        for (String name : imports) {
            text.append("import ").append(name).append(";\n");
        }
        if (!imports.isEmpty()) {
            text.append('\n');
        }
        text.append("/** ").append(comment).append(" */\n");
        classAnnotations.forEach(annotation -> text.append(annotation).append('\n'));
        text.append(declaration).append(" {\n");
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            members.get(i).forEach(line -> text.append("    ").append(line).append('\n'));
        }
        return text.append("}\n").toString();
    }
}
