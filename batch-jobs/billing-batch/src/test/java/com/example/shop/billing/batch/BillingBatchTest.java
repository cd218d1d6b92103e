package com.example.shop.billing.batch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.example.shop.testsupport.postgres.PostgresTest;
import com.example.shop.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

/**
 * The billing batch application against its own database of the per-JVM embedded
 * PostgreSQL, migrated by the billing migrations (as the migration Job does), emptied
 * before each test, with the test clock (2026-11-20 10:00 in Seoul: yesterday is
 * 2026-11-19). Tests run commands through {@code BatchRunner#execute}, as the command
 * line does.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "app.batch.command-line=false", "spring.flyway.locations=classpath:db/migration/billing",
		"app.batch.heartbeat-timeout=2m", "app.batch.purge.batch-size=2",
		"app.batch.statements.dir=target/statements-test" })
@PostgresTest(database = "billing_batch")
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
public @interface BillingBatchTest {

}
