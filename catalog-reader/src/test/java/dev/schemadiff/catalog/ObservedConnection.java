package dev.schemadiff.catalog;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link java.lang.reflect.Proxy} around a real connection that counts the statements executed
 * through it and can act right after one of them. The database underneath stays real.
 */
final class ObservedConnection {
    private final Connection target;
    private final AtomicInteger executions = new AtomicInteger();
    private final Runnable afterFirstQuery;
    private boolean firstQueryDone;

    private ObservedConnection(Connection target, Runnable afterFirstQuery) {
        this.target = target;
        this.afterFirstQuery = afterFirstQuery;
    }

    /** Observes {@code target} and runs {@code afterFirstQuery} once the first {@code executeQuery} returns. */
    static ObservedConnection of(Connection target, Runnable afterFirstQuery) {
        return new ObservedConnection(target, afterFirstQuery);
    }

    static ObservedConnection of(Connection target) {
        return of(target, () -> { });
    }

    /** The connection to hand to the code under observation. */
    Connection connection() {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, forward(target, this::wrapStatements));
    }

    /** How many {@code execute*} calls reached the database so far. */
    int executions() {
        return executions.get();
    }

    private Object wrapStatements(Method method, Object result) {
        if (result instanceof Statement statement) {
            return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {method.getReturnType()},
                    forward(statement, this::countExecutions));
        }
        return result;
    }

    private Object countExecutions(Method method, Object result) {
        if (method.getName().startsWith("execute")) {
            executions.incrementAndGet();
            if (method.getName().equals("executeQuery") && !firstQueryDone) {
                firstQueryDone = true;
                afterFirstQuery.run();
            }
        }
        return result;
    }

    /** Calls the real object, then lets {@code after} see (and replace) the result. */
    private static InvocationHandler forward(Object real, ResultHandler after) {
        return (proxy, method, args) -> {
            try {
                return after.handle(method, method.invoke(real, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }

    @FunctionalInterface
    private interface ResultHandler {
        Object handle(Method method, Object result);
    }
}
