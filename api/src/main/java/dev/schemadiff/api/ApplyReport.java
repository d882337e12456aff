package dev.schemadiff.api;

import java.util.List;

/**
 * What an apply did.
 *
 * @param executed     the plan that ran, computed under the lock inside the apply transaction
 * @param notValidated constraints left NOT VALID because existing rows violate them
 */
public record ApplyReport(PlanResult executed, List<NotValidated> notValidated) {
    public ApplyReport {
        notValidated = List.copyOf(notValidated);
    }

    /** Whether anything was written. */
    public boolean changed() {
        return executed.plan().hasStatements();
    }

    /** A constraint kept NOT VALID, with the number of rows that violate it. */
    public record NotValidated(String table, String constraint, long violatingRows) {
    }
}
