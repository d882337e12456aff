package dev.schemadiff.reader.source;

import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.YieldStmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads what a converter's {@code convertToDatabaseColumn} returns for given values, without running it:
 * a small interpreter for the code such methods hold ({@code value ? "Y" : "N"}, {@code if}/{@code switch}
 * on an enum, {@code value.name()}, {@code value.getCode()} returning a field its constructor sets).
 * Hibernate calls the converter to write its check constraint; anything the interpreter cannot follow
 * makes the values unknown, and the caller warns.
 */
final class ConverterEvaluator {
    private static final int MAX_DEPTH = 32;
    /** The result of code the interpreter cannot follow. */
    private static final Object UNKNOWN = new Object();
    /** The result of a statement that completes without returning. */
    private static final Object NO_RETURN = new Object();

    private final TypeIndex types;
    private int depth;

    ConverterEvaluator(TypeIndex types) {
        this.types = types;
    }

    /** What {@code converter.convertToDatabaseColumn(value)} returns for each value, in order. */
    Optional<List<Object>> convert(SourceType converter, List<Object> values) {
        Optional<MethodDeclaration> method = converter.method("convertToDatabaseColumn", 1);
        if (method.isEmpty() || method.get().getBody().isEmpty()) {
            return Optional.empty();
        }
        String parameter = method.get().getParameter(0).getNameAsString();
        List<Object> results = new ArrayList<>();
        for (Object value : values) {
            Map<String, Object> locals = new HashMap<>();
            locals.put(parameter, value);
            Object result = execute(method.get().getBody().get(), locals, converter);
            if (result == UNKNOWN || result == NO_RETURN) {
                return Optional.empty();
            }
            results.add(result);
        }
        return Optional.of(results);
    }

    private Object execute(Statement statement, Map<String, Object> locals, SourceType context) {
        if (statement instanceof BlockStmt block) {
            for (Statement inner : block.getStatements()) {
                Object result = execute(inner, locals, context);
                if (result != NO_RETURN) {
                    return result;
                }
            }
            return NO_RETURN;
        }
        if (statement instanceof ReturnStmt returned) {
            // Optional.map would turn a returned null into "no value"
            return returned.getExpression().isPresent() ? evaluate(returned.getExpression().get(), locals, context)
                    : UNKNOWN;
        }
        if (statement instanceof YieldStmt yielded) {
            return evaluate(yielded.getExpression(), locals, context);
        }
        if (statement instanceof IfStmt branch) {
            Object condition = evaluate(branch.getCondition(), locals, context);
            if (!(condition instanceof Boolean test)) {
                return UNKNOWN;
            }
            if (test) {
                return execute(branch.getThenStmt(), locals, context);
            }
            return branch.getElseStmt().map(otherwise -> execute(otherwise, locals, context)).orElse(NO_RETURN);
        }
        if (statement instanceof SwitchStmt switchStatement) {
            return switchOn(evaluate(switchStatement.getSelector(), locals, context), switchStatement.getEntries(),
                    locals, context);
        }
        if (statement instanceof ThrowStmt) {
            return null; // Hibernate catches what a converter throws for null and stores no value
        }
        if (statement instanceof ExpressionStmt expression
                && expression.getExpression().isVariableDeclarationExpr()) {
            for (VariableDeclarator variable : expression.getExpression().asVariableDeclarationExpr().getVariables()) {
                locals.put(variable.getNameAsString(), variable.getInitializer().isPresent()
                        ? evaluate(variable.getInitializer().get(), locals, context) : UNKNOWN);
            }
            return NO_RETURN;
        }
        return UNKNOWN;
    }

    private Object switchOn(Object selector, List<SwitchEntry> entries, Map<String, Object> locals, SourceType context) {
        if (selector == UNKNOWN || selector == null) {
            return UNKNOWN;
        }
        boolean matched = false;
        for (SwitchEntry entry : entries) {
            if (!matched) {
                matched = entry.getLabels().isEmpty() || entry.getLabels().stream()
                        .anyMatch(label -> matches(selector, label, locals, context));
            }
            if (matched) {
                if (entry.getType() == SwitchEntry.Type.EXPRESSION) {
                    return evaluate(((ExpressionStmt) entry.getStatements().get(0)).getExpression(), locals, context);
                }
                for (Statement statement : entry.getStatements()) {
                    if (statement.isBreakStmt()) {
                        return NO_RETURN;
                    }
                    Object result = execute(statement, locals, context);
                    if (result != NO_RETURN) {
                        return result;
                    }
                }
                if (entry.getType() != SwitchEntry.Type.STATEMENT_GROUP) {
                    return NO_RETURN;
                }
            }
        }
        return NO_RETURN;
    }

    private boolean matches(Object selector, Expression label, Map<String, Object> locals, SourceType context) {
        if (selector instanceof EnumConstant constant && label instanceof NameExpr name) {
            return constant.name().equals(name.getNameAsString());
        }
        return Objects.equals(selector, evaluate(label, locals, context));
    }

    private Object evaluate(Expression expression, Map<String, Object> locals, SourceType context) {
        if (depth > MAX_DEPTH) {
            return UNKNOWN;
        }
        depth++;
        try {
            return evaluateNow(expression, locals, context);
        } finally {
            depth--;
        }
    }

    private Object evaluateNow(Expression expression, Map<String, Object> locals, SourceType context) {
        if (expression instanceof NullLiteralExpr) {
            return null;
        }
        if (expression instanceof BooleanLiteralExpr literal) {
            return literal.getValue();
        }
        if (expression instanceof StringLiteralExpr literal) {
            return literal.asString();
        }
        if (expression instanceof CharLiteralExpr literal) {
            return literal.asChar();
        }
        if (expression instanceof IntegerLiteralExpr literal) {
            return literal.asNumber().longValue();
        }
        if (expression instanceof LongLiteralExpr literal) {
            return literal.asNumber().longValue();
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return evaluate(enclosed.getInner(), locals, context);
        }
        if (expression instanceof NameExpr name) {
            String identifier = name.getNameAsString();
            if (locals.containsKey(identifier)) {
                return locals.get(identifier);
            }
            Object constant = context.scope().evaluate(expression, context);
            return constant == null || constant instanceof EnumConstant enumConstant && enumConstant.type() == null
                    ? UNKNOWN : constant;
        }
        if (expression instanceof FieldAccessExpr access) {
            return fieldAccess(access, locals, context);
        }
        if (expression instanceof ConditionalExpr conditional) {
            Object condition = evaluate(conditional.getCondition(), locals, context);
            if (!(condition instanceof Boolean test)) {
                return UNKNOWN;
            }
            return evaluate(test ? conditional.getThenExpr() : conditional.getElseExpr(), locals, context);
        }
        if (expression instanceof UnaryExpr unary) {
            Object operand = evaluate(unary.getExpression(), locals, context);
            return switch (unary.getOperator()) {
                case LOGICAL_COMPLEMENT -> operand instanceof Boolean value ? (Object) !value : UNKNOWN;
                case MINUS -> operand instanceof Long value ? (Object) (-value) : UNKNOWN;
                case PLUS -> operand instanceof Long ? operand : UNKNOWN;
                default -> UNKNOWN;
            };
        }
        if (expression instanceof BinaryExpr binary) {
            return binary(binary, locals, context);
        }
        if (expression instanceof SwitchExpr switchExpression) {
            return switchOn(evaluate(switchExpression.getSelector(), locals, context), switchExpression.getEntries(),
                    locals, context);
        }
        if (expression instanceof MethodCallExpr call) {
            return call(call, locals, context);
        }
        return UNKNOWN;
    }

    private Object fieldAccess(FieldAccessExpr access, Map<String, Object> locals, SourceType context) {
        String scope = access.getScope().toString();
        if (scope.equals("Boolean") || scope.equals("java.lang.Boolean")) {
            return switch (access.getNameAsString()) {
                case "TRUE" -> Boolean.TRUE;
                case "FALSE" -> Boolean.FALSE;
                default -> UNKNOWN;
            };
        }
        if (access.getScope().isThisExpr()) {
            return locals.getOrDefault("this." + access.getNameAsString(), UNKNOWN);
        }
        Object constant = context.scope().evaluate(access, context);
        return constant == null ? UNKNOWN : constant;
    }

    private Object binary(BinaryExpr binary, Map<String, Object> locals, SourceType context) {
        Object left = evaluate(binary.getLeft(), locals, context);
        if (binary.getOperator() == BinaryExpr.Operator.AND && Boolean.FALSE.equals(left)) {
            return false;
        }
        if (binary.getOperator() == BinaryExpr.Operator.OR && Boolean.TRUE.equals(left)) {
            return true;
        }
        Object right = evaluate(binary.getRight(), locals, context);
        if (left == UNKNOWN || right == UNKNOWN) {
            return UNKNOWN;
        }
        return switch (binary.getOperator()) {
            case EQUALS -> sameValue(left, right);
            case NOT_EQUALS -> !sameValue(left, right);
            case AND, OR -> right instanceof Boolean ? right : UNKNOWN;
            case PLUS -> left instanceof String || right instanceof String ? String.valueOf(left) + right
                    : left instanceof Long a && right instanceof Long b ? (Object) (a + b) : UNKNOWN;
            default -> UNKNOWN;
        };
    }

    private static boolean sameValue(Object left, Object right) {
        if (left instanceof Character c && right instanceof Long n) {
            return (long) c.charValue() == n;
        }
        return Objects.equals(left, right);
    }

    private Object call(MethodCallExpr call, Map<String, Object> locals, SourceType context) {
        String method = call.getNameAsString();
        List<Object> arguments = new ArrayList<>();
        for (Expression argument : call.getArguments()) {
            Object value = evaluate(argument, locals, context);
            if (value == UNKNOWN) {
                return UNKNOWN;
            }
            arguments.add(value);
        }
        if (call.getScope().isEmpty()) {
            return UNKNOWN;
        }
        String scopeText = call.getScope().get().toString();
        switch (scopeText) {
            case "String", "java.lang.String" -> {
                return method.equals("valueOf") && arguments.size() == 1 ? String.valueOf(arguments.get(0)) : UNKNOWN;
            }
            case "Character", "Boolean", "Integer", "Long", "Short", "Byte" -> {
                return method.equals("valueOf") && arguments.size() == 1 ? arguments.get(0) : UNKNOWN;
            }
            case "Objects", "java.util.Objects" -> {
                return method.equals("equals") && arguments.size() == 2
                        ? (Object) sameValue(arguments.get(0), arguments.get(1)) : UNKNOWN;
            }
            default -> {
            }
        }
        Object target = evaluate(call.getScope().get(), locals, context);
        if (target == UNKNOWN) {
            return UNKNOWN;
        }
        if (target == null) {
            return null; // a NullPointerException, which Hibernate takes as "no value for null"
        }
        if (method.equals("equals") && arguments.size() == 1) {
            return sameValue(target, arguments.get(0));
        }
        if (arguments.isEmpty()) {
            return noArgumentCall(target, method);
        }
        return UNKNOWN;
    }

    private Object noArgumentCall(Object target, String method) {
        switch (method) {
            case "toString" -> {
                return target instanceof EnumConstant constant ? constant.name() : String.valueOf(target);
            }
            case "booleanValue", "charValue", "longValue", "intValue" -> {
                return target;
            }
            case "name" -> {
                return target instanceof EnumConstant constant ? constant.name() : UNKNOWN;
            }
            case "ordinal" -> {
                return target instanceof EnumConstant constant ? ordinal(constant) : UNKNOWN;
            }
            default -> {
                return target instanceof EnumConstant constant ? enumMethod(constant, method) : UNKNOWN;
            }
        }
    }

    private Object ordinal(EnumConstant constant) {
        Optional<DeclaredType> type = constant.type() == null ? Optional.empty() : types.find(constant.type());
        if (type.isEmpty()) {
            return UNKNOWN;
        }
        int index = type.get().enumConstants().indexOf(constant.name());
        return index < 0 ? UNKNOWN : (Object) (long) index;
    }

    /**
     * A getter of an enum constant, such as {@code getCode()} returning a field the constructor sets from
     * its argument: the constructor runs on the constant's arguments first.
     */
    private Object enumMethod(EnumConstant constant, String method) {
        if (constant.type() == null || !(types.find(constant.type()).orElse(null) instanceof SourceType enumType)) {
            return UNKNOWN;
        }
        Optional<EnumConstantDeclaration> declaration = enumType.enumConstant(constant.name());
        Optional<MethodDeclaration> getter = enumType.method(method, 0);
        if (declaration.isEmpty() || getter.isEmpty() || getter.get().getBody().isEmpty()) {
            return UNKNOWN;
        }
        Map<String, Object> fields = constructed(enumType, declaration.get());
        if (fields == null) {
            return UNKNOWN;
        }
        Object result = execute(getter.get().getBody().get(), fields, enumType);
        return result == NO_RETURN ? UNKNOWN : result;
    }

    /** The fields of an enum constant after its constructor ran, as {@code name} and {@code this.name} locals. */
    private Map<String, Object> constructed(SourceType enumType, EnumConstantDeclaration constant) {
        List<ConstructorDeclaration> constructors = enumType.declaration().getConstructors().stream()
                .filter(candidate -> candidate.getParameters().size() == constant.getArguments().size()).toList();
        Map<String, Object> fields = new HashMap<>();
        if (constructors.size() != 1) {
            return constant.getArguments().isEmpty() ? fields : null;
        }
        ConstructorDeclaration constructor = constructors.get(0);
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < constant.getArguments().size(); i++) {
            parameters.put(constructor.getParameter(i).getNameAsString(),
                    evaluate(constant.getArguments().get(i), Map.of(), enumType));
        }
        for (Statement statement : constructor.getBody().getStatements()) {
            if (statement instanceof ExpressionStmt expression && expression.getExpression() instanceof AssignExpr assign
                    && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                String field = assign.getTarget() instanceof FieldAccessExpr access ? access.getNameAsString()
                        : assign.getTarget().toString();
                Object value = evaluate(assign.getValue(), parameters, enumType);
                fields.put(field, value);
                fields.put("this." + field, value);
            }
        }
        return fields;
    }
}
