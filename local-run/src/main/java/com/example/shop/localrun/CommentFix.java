package com.example.shop.localrun;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Issue 13 corrected a comment in the orders {@code V1} migration (it said no batch
 * touches the database; orders-batch now does). A comment is part of Flyway's checksum,
 * so an orders database migrated before would refuse to start the service. Local data is
 * kept between runs, so the local run records the corrected checksum once, for exactly
 * that file: an applied {@code V1} whose checksum is the old one. Dev-only; no deployed
 * database ever had the old file applied.
 */
final class CommentFix {

	/** Flyway's checksum of {@code V1__orders_and_lines.sql} before the correction. */
	static final int V1_BEFORE = -461663880;

	/** ... and after it. */
	static final int V1_AFTER = -1817824939;

	private CommentFix() {
	}

	/**
	 * @return whether a checksum was corrected
	 */
	static boolean apply(DataSource orders) throws SQLException {
		try (Connection connection = orders.getConnection()) {
			try (var tables = connection.getMetaData().getTables(null, "public", "flyway_schema_history", null)) {
				if (!tables.next()) {
					return false;
				}
			}
			try (PreparedStatement update = connection.prepareStatement(
					"update flyway_schema_history set checksum = ? where version = '1' and checksum = ?")) {
				update.setInt(1, V1_AFTER);
				update.setInt(2, V1_BEFORE);
				return update.executeUpdate() > 0;
			}
		}
	}

}
