package com.example.shop.orders.batch.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.example.shop.batch.support.ExecutionSummary;
import com.example.shop.orders.sales.SalesSummaries;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The days a run summarises: the days asked for, and every summarised day whose orders
 * changed since. The list is fixed on the first open and kept in the step's context, so a
 * restart goes on through the same days from where the last commit left off.
 */
class DaysReader extends AbstractItemCountingItemStreamItemReader<LocalDate> {

	private static final String DAYS = "days";

	private final LocalDate from;

	private final LocalDate to;

	private final SalesSummaries summaries;

	private List<LocalDate> days = List.of();

	DaysReader(LocalDate from, LocalDate to, SalesSummaries summaries) {
		this.from = from;
		this.to = to;
		this.summaries = summaries;
		setName("days");
	}

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		String key = getExecutionContextKey(DAYS);
		if (context.containsKey(key)) {
			this.days = context.getString(key).lines().map(LocalDate::parse).toList();
		}
		else {
			TreeSet<LocalDate> all = new TreeSet<>(this.summaries.changedSinceSummarised());
			for (LocalDate day = this.from; !day.isAfter(this.to); day = day.plusDays(1)) {
				all.add(day);
			}
			this.days = new ArrayList<>(all);
			context.putString(key, String.join("\n", this.days.stream().map(LocalDate::toString).toList()));
		}
		context.putLong(ExecutionSummary.TOTAL, this.days.size());
		context.putLong(ExecutionSummary.DONE_BEFORE,
				(context.get(getExecutionContextKey("read.count")) instanceof Number n) ? n.longValue() : 0);
		super.open(context);
	}

	@Override
	protected void doOpen() {
	}

	@Override
	protected LocalDate doRead() {
		int next = getCurrentItemCount() - 1;
		return (next < this.days.size()) ? this.days.get(next) : null;
	}

	@Override
	protected void doClose() {
	}

}
