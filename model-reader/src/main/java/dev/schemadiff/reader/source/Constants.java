package dev.schemadiff.reader.source;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the constant expressions annotation attributes hold: literals, string concatenation,
 * arithmetic, class literals, enum constants, and {@code static final} fields of the sources (from their
 * initializers) or of the JDK, JPA and Hibernate (by reflection). Anything else evaluates to {@code null}.
 */
final class Constants {
    private static final int MAX_DEPTH = 16;

    private final SourceScope scope;
    private final TypeIndex types;
    private int depth;

    Constants(SourceScope scope, TypeIndex types) {
        this.scope = scope;
        this.types = types;
    }

    Object evaluate(Expression expression, SourceType context) {
        if (depth > MAX_DEPTH) {
            return null; // a constant defined in terms of itself
        }
        depth++;
        try {
            return evaluateNow(expression, context);
        } finally {
            depth--;
        }
    }

    private Object evaluateNow(Expression expression, SourceType context) {
        if (expression instanceof StringLiteralExpr literal) {
            return literal.asString();
        }
        if (expression instanceof TextBlockLiteralExpr literal) {
            return literal.asString();
        }
        if (expression instanceof IntegerLiteralExpr literal) {
            return literal.asNumber().longValue();
        }
        if (expression instanceof LongLiteralExpr literal) {
            return literal.asNumber().longValue();
        }
        if (expression instanceof DoubleLiteralExpr literal) {
            return literal.asDouble();
        }
        if (expression instanceof BooleanLiteralExpr literal) {
            return literal.getValue();
        }
        if (expression instanceof CharLiteralExpr literal) {
            return literal.asChar();
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return evaluate(enclosed.getInner(), context);
        }
        if (expression instanceof CastExpr cast) {
            return evaluate(cast.getExpression(), context);
        }
        if (expression instanceof ClassExpr classLiteral) {
            return scope.resolve(classLiteral.getType(), context);
        }
        if (expression instanceof AnnotationExpr annotation) {
            return scope.annotation(annotation, context).orElse(null);
        }
        if (expression instanceof ArrayInitializerExpr array) {
            List<Object> values = new ArrayList<>();
            for (Expression element : array.getValues()) {
                Object value = evaluate(element, context);
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }
        if (expression instanceof UnaryExpr unary) {
            return unary(unary, evaluate(unary.getExpression(), context));
        }
        if (expression instanceof BinaryExpr binary) {
            return binary(binary.getOperator(), evaluate(binary.getLeft(), context), evaluate(binary.getRight(), context));
        }
        if (expression instanceof FieldAccessExpr access) {
            return qualifiedConstant(access.getScope().toString(), access.getNameAsString(), context);
        }
        if (expression instanceof NameExpr name) {
            return simpleConstant(name.getNameAsString(), context);
        }
        return null;
    }

    private static Object unary(UnaryExpr unary, Object operand) {
        if (operand instanceof Long value && unary.getOperator() == UnaryExpr.Operator.MINUS) {
            return -value;
        }
        if (operand instanceof Double value && unary.getOperator() == UnaryExpr.Operator.MINUS) {
            return -value;
        }
        if (operand instanceof Boolean value && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return !value;
        }
        return unary.getOperator() == UnaryExpr.Operator.PLUS ? operand : null;
    }

    private static Object binary(BinaryExpr.Operator operator, Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        if (operator == BinaryExpr.Operator.PLUS && (left instanceof String || right instanceof String)) {
            return String.valueOf(left) + right;
        }
        if (left instanceof Long a && right instanceof Long b) {
            return switch (operator) {
                case PLUS -> a + b;
                case MINUS -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> b == 0 ? null : a / b;
                case BINARY_OR -> a | b;
                default -> null;
            };
        }
        return null;
    }

    /** {@code Type.NAME}: an enum constant or a static field of a type. */
    private Object qualifiedConstant(String typeName, String member, SourceType context) {
        return scope.typeName(typeName, context).map(type -> memberOf(type, member)).orElse(null);
    }

    /**
     * {@code NAME}: a constant of the type written in or an enclosing type, or a static import; otherwise
     * an enum constant whose enum the attribute's type implies ({@code @Enumerated(STRING)} after
     * {@code import static jakarta.persistence.EnumType.*}, which resolves here too).
     */
    private Object simpleConstant(String name, SourceType context) {
        for (SourceType type = context; type != null; type = type.enclosing()) {
            Optional<VariableDeclarator> field = type.field(name);
            if (field.isPresent()) {
                SourceType declaring = type;
                return field.get().getInitializer().map(initializer -> evaluate(initializer, declaring)).orElse(null);
            }
        }
        for (String type : scope.staticImportCandidates(name)) {
            Object value = memberOf(type, name);
            if (value != null) {
                return value;
            }
        }
        return new EnumConstant(null, name);
    }

    private Object memberOf(String typeName, String member) {
        Optional<DeclaredType> type = types.find(typeName);
        if (type.isEmpty()) {
            return null;
        }
        if (type.get().enumConstants().contains(member)) {
            return new EnumConstant(typeName, member);
        }
        if (type.get() instanceof SourceType source) {
            return source.field(member).flatMap(VariableDeclarator::getInitializer)
                    .map(initializer -> evaluate(initializer, source)).orElse(null);
        }
        return ((ReflectedType) type.get()).constant(member);
    }
}
