package com.example.shop.localrun;

import javax.sql.DataSource;

import com.example.shop.testsupport.postgres.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class CommentFixTests {

	@Test
	void anOrdersDatabaseMigratedBeforeTheCommentCorrectionValidatesAfterTheFix() throws Exception {
		var database = EmbeddedPostgresServer.get().createFreshDatabase("orders_comment_fix");
		DataSource dataSource = database.dataSource();
		Flyway flyway = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/orders")
			.target("1")
			.load();
		flyway.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("select checksum from flyway_schema_history where version = '1'", Integer.class))
			.as("Flyway's checksum of V1 as it is now")
			.isEqualTo(CommentFix.V1_AFTER);
		jdbc.update("update flyway_schema_history set checksum = ? where version = '1'", CommentFix.V1_BEFORE);
		assertThat(flyway.validateWithResult().validationSuccessful).isFalse();

		assertThat(CommentFix.apply(dataSource)).isTrue();

		assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
		assertThat(CommentFix.apply(dataSource)).isFalse();
	}

}
