package com.example.shop.catalog;

import org.junit.jupiter.api.BeforeEach;

import com.example.shop.catalog.v1.CatalogServiceGrpc;
import com.example.shop.testsupport.time.MutableClock;
import com.example.shop.testsupport.time.TestClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The catalog service over its gRPC stub, each test starting at the test clock's start
 * with the fixture categories in an otherwise empty database.
 */
@CatalogIntegrationTest
public abstract class CatalogGrpcTest {

	@Autowired
	protected CatalogServiceGrpc.CatalogServiceBlockingStub catalog;

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	protected MutableClock clock;

	@BeforeEach
	void startWithTheCategories() {
		this.clock.set(TestClockConfiguration.START);
		CatalogFixtures.categories(this.mongo);
	}

}
