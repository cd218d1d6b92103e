package com.example.shop.testsupport.postgres;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.example.shop.testsupport.security.TrustsTestIssuer;
import com.example.shop.testsupport.time.TestClockConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A whole REST service on a random loopback port, on its database of the per-JVM embedded
 * PostgreSQL (emptied before each test, {@link PostgresTest}), with the test clock
 * ({@link TestClockConfiguration}), trusting the test issuer ({@link TrustsTestIssuer}).
 * Test classes naming the same database share one application context.
 *
 * <pre class="code">
 * &#64;PostgresServiceTest(database = "orders")
 * class OrdersApiIT { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PostgresTest(database = "")
@Import(TestClockConfiguration.class)
@TrustsTestIssuer
public @interface PostgresServiceTest {

	/** The service's database, a lower-case identifier. */
	@AliasFor(annotation = PostgresTest.class, attribute = "database")
	String database();

}
