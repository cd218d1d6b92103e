package com.example.shop.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.example.shop.catalog.v1.CatalogServiceProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pattern the contracts hold can be sampled into a value it matches. */
class SampleTests {

	@Test
	void everyPatternInTheContractsYieldsValuesItMatches() {
		List<String> patterns = new ArrayList<>();
		for (String contract : List.of(Contracts.ORDERS, Contracts.BILLING, Contracts.BFF)) {
			patterns(Shop.JSON.readTree(read(contract)), patterns);
		}
		Bounds bounds = new Bounds();
		for (MethodDescriptor method : CatalogServiceProto.getDescriptor().getServices().getFirst().getMethods()) {
			patterns(method.getInputType(), bounds, patterns);
		}
		SplittableRandom random = new SplittableRandom(1);

		assertThat(patterns).hasSizeGreaterThan(10);
		for (String pattern : patterns) {
			for (int i = 0; i < 20; i++) {
				assertThat(Sample.matching(pattern, random, 2000)).as(pattern).matches(pattern);
			}
		}
	}

	private static void patterns(JsonNode node, List<String> into) {
		if (node.isObject() && node.path("pattern").isString()) {
			into.add(node.path("pattern").asString());
		}
		node.forEach((child) -> patterns(child, into));
	}

	private static void patterns(Descriptor type, Bounds bounds, List<String> into) {
		for (FieldDescriptor field : type.getFields()) {
			if (bounds.of(field) != null && !bounds.of(field).getPattern().isEmpty()) {
				into.add(bounds.of(field).getPattern());
			}
			if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isMapField()
					&& !field.getMessageType().equals(type)) {
				patterns(field.getMessageType(), bounds, into);
			}
		}
	}

	private static String read(String contract) {
		try {
			return java.nio.file.Files.readString(Shop.repositoryRoot().resolve(contract));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
