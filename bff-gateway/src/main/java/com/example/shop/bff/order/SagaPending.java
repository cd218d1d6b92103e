package com.example.shop.bff.order;

import java.util.ArrayList;
import java.util.List;

/**
 * An order's pending saga steps as users read them: what is left, why, and who finishes
 * it (the reconciler on its own, or a person when orders says one must look).
 */
final class SagaPending {

	private SagaPending() {
	}

	/** The steps orders lists as pending on the order. */
	static List<PendingStep> of(Order order) {
		SagaState saga = order.saga();
		if (saga == null) {
			return List.of();
		}
		return saga.pendingSteps().stream().map((step) -> step(step, saga, null)).toList();
	}

	/**
	 * The steps left when a run could not record its progress: only those it did not do
	 * (orders still lists the others until the reconciler records them).
	 */
	static List<PendingStep> notRecorded(Order order, String stockProblem, String invoiceProblem) {
		SagaState saga = order.saga();
		List<PendingStep> left = new ArrayList<>();
		if (stockProblem != null) {
			left.add(step(PendingStep.Step.CONFIRM_STOCK, saga, stockProblem));
		}
		if (invoiceProblem != null) {
			left.add(step(PendingStep.Step.ISSUE_INVOICE, saga, invoiceProblem));
		}
		return left;
	}

	private static PendingStep step(PendingStep.Step step, SagaState saga, String problem) {
		boolean person = saga != null && saga.attention() != null;
		String what = switch (step) {
			case CONFIRM_STOCK -> "The stock is reserved for this order but not confirmed yet";
			case ISSUE_INVOICE -> "No invoice has been issued for this order yet";
			case VOID_INVOICE -> "The order is being cancelled and its invoice is not void yet";
			case CANCEL_ORDER -> "The order is not marked cancelled yet";
			case RELEASE_STOCK -> "The cancelled order's stock has not gone back yet";
		};
		String why = (problem != null) ? " (" + problem + ")" : "";
		String who = person ? ". A person must look at it: " + saga.attention() : switch (step) {
			case VOID_INVOICE ->
				". The reconciler voids it within minutes, or puts the order back if the " + "invoice has payments";
			default -> ". The reconciler finishes this within minutes of the cause going away";
		};
		return new PendingStep(step, what + why + who,
				person ? PendingStep.FinishedBy.PERSON : PendingStep.FinishedBy.RECONCILER,
				(saga != null) ? saga.nextAttemptAt() : null);
	}

}
