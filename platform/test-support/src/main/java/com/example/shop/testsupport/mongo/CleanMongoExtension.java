package com.example.shop.testsupport.mongo;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Empties the {@link MongoTest} database before each test; see
 * {@link MongoStandInServer#clean(String)}.
 */
public class CleanMongoExtension implements BeforeEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		MongoTest annotation = TestContextAnnotationUtils.findMergedAnnotation(context.getRequiredTestClass(),
				MongoTest.class);
		if (annotation != null) {
			MongoStandInServer.get().clean(annotation.database());
		}
	}

}
