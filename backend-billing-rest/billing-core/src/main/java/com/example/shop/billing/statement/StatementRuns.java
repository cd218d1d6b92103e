package com.example.shop.billing.statement;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What monthly-statements runs wrote ({@code batch_statement}), keyed by the run (its job
 * instance): the batch stores each customer's file and figures (again on a restart, over
 * what was there), builds the run's summary from them, and the billing service serves a
 * finished run's files for download.
 */
@Repository
public class StatementRuns {

	private final JdbcClient jdbc;

	StatementRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a customer's statement of a run, replacing what the run had for them. */
	@Transactional
	public void store(long run, CustomerStatement statement, String content) {
		StatementCsv.Figures f = StatementCsv.Figures.of(statement);
		this.jdbc.sql("""
				insert into batch_statement (job_instance_id, customer_id, customer_name, period_from, period_to,
				    file_name, opening_balance, invoiced, voided, paid, closing_balance, content)
				values (:run, :customer, :name, :from, :to, :file, :opening, :invoiced, :voided, :paid, :closing,
				    :content)
				on conflict (job_instance_id, customer_id) do update set customer_name = excluded.customer_name,
				    file_name = excluded.file_name, opening_balance = excluded.opening_balance,
				    invoiced = excluded.invoiced, voided = excluded.voided, paid = excluded.paid,
				    closing_balance = excluded.closing_balance, content = excluded.content""")
			.param("run", run)
			.param("customer", f.customerId())
			.param("name", f.customerName())
			.param("from", statement.from())
			.param("to", statement.to())
			.param("file", f.fileName())
			.param("opening", f.openingBalance())
			.param("invoiced", f.invoiced())
			.param("voided", f.voided())
			.param("paid", f.paid())
			.param("closing", f.closingBalance())
			.param("content", content)
			.update();
	}

	/** The figures of a run's statements, by customer name. */
	@Transactional(readOnly = true)
	public List<StatementCsv.Figures> figures(long run) {
		return this.jdbc.sql("""
				select customer_id, customer_name, opening_balance, invoiced, voided, paid, closing_balance, file_name
				from batch_statement where job_instance_id = :run order by customer_name, customer_id""")
			.param("run", run)
			.query((rs, row) -> new StatementCsv.Figures(rs.getObject(1, java.util.UUID.class), rs.getString(2),
					rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
					rs.getBigDecimal(7), rs.getString(8)))
			.list();
	}

	/** A run's files: each customer's statement, by file name. */
	@Transactional(readOnly = true)
	public List<File> files(long run) {
		return this.jdbc
			.sql("select file_name, content from batch_statement where job_instance_id = :run" + " order by file_name")
			.param("run", run)
			.query((rs, row) -> new File(rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * One file a run wrote.
	 *
	 * @param name the file name
	 * @param content the CSV text
	 */
	public record File(String name, String content) {
	}

}
