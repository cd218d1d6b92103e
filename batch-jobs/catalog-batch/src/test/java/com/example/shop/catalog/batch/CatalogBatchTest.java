package com.example.shop.catalog.batch;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.example.shop.testsupport.mongo.MongoTest;
import com.example.shop.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

/**
 * The catalog batch application against its own database of the per-JVM MongoDB stand-in
 * (documents deleted before each test; the test applies the catalog's change units), with
 * the test clock. Tests run commands through {@code BatchRunner#execute}, as the command
 * line does. Chunks of 4 rows, so small files span several.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = { "app.batch.command-line=false", "app.batch.import.chunk-size=4",
		// test-support brings JDBC for the other suites; this application has no SQL
		// database.
		"spring.autoconfigure.exclude=org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		// The stand-in ignores non-unique indexes and says so for each.
		"logging.level.de.bwaldvogel=ERROR" })
@MongoTest(database = "catalog_batch")
@Import(TestClockConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
public @interface CatalogBatchTest {

}
