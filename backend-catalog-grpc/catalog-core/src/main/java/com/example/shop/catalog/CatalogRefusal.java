package com.example.shop.catalog;

import java.util.List;
import java.util.Map;

import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.DomainRefusal;
import com.example.shop.support.domain.Refusal;

/**
 * The refusals only the catalog has, beside the ones every backend's domain throws
 * ({@link DomainRefusal}: not found, invalid, conflict, stale version). Thrown without
 * knowing gRPC; {@code CatalogErrors} turns each into its status code and error details.
 */
public abstract sealed class CatalogRefusal extends Refusal {

	CatalogRefusal(ProblemType type, String detail, Map<String, ?> properties) {
		super(type, detail, properties);
	}

	CatalogRefusal(ProblemType type, String resource, String id, String detail) {
		super(type, resource, id, detail, Map.of());
	}

	/** What the call would create exists already. */
	public static final class AlreadyExists extends CatalogRefusal {

		public AlreadyExists(ProblemType type, String resource, String id, String detail) {
			super(type, resource, id, detail);
		}

	}

	/** Some lines ask for more units than can still be reserved. */
	public static final class NotEnoughStock extends CatalogRefusal {

		private final List<Shortage> shortages;

		public NotEnoughStock(List<Shortage> shortages) {
			super(ProblemType.NOT_ENOUGH_STOCK, describe(shortages), Map.of());
			this.shortages = List.copyOf(shortages);
		}

		public List<Shortage> shortages() {
			return this.shortages;
		}

		private static String describe(List<Shortage> shortages) {
			return "Not enough stock for " + String.join(", ",
					shortages.stream()
						.map((s) -> "%s (requested %d, %d available)".formatted(s.sku(), s.requested(), s.available()))
						.toList());
		}

		/**
		 * One short line.
		 *
		 * @param sku the SKU
		 * @param requested the units asked for
		 * @param available the units that could be reserved when checked
		 */
		public record Shortage(String sku, int requested, int available) {
		}

	}

	/**
	 * Another call is working on the same thing right now (a reservation being made):
	 * retry shortly.
	 */
	public static final class InProgress extends CatalogRefusal {

		public InProgress(ProblemType type, String detail, Map<String, ?> properties) {
			super(type, detail, properties);
		}

	}

	/**
	 * The caller gave up (cancelled, or its deadline passed) and what was done is undone.
	 */
	public static final class Abandoned extends CatalogRefusal {

		public Abandoned(String detail) {
			super(ProblemType.ABANDONED, detail, Map.of());
		}

	}

}
