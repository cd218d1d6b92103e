package com.example.shop.catalog.grpc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import org.junit.jupiter.api.Test;

import com.example.shop.catalog.v1.CatalogServiceProto;
import com.example.shop.catalog.v1.GetProductRequest;
import com.example.shop.catalog.v1.ReservationLine;
import com.example.shop.catalog.v1.ReserveStockRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLimitsTests {

	@Test
	void everyStringListAndMapFieldOfEveryRequestHasBounds() {
		List<String> unbounded = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (MethodDescriptor method : CatalogServiceProto.getDescriptor().getServices().getFirst().getMethods()) {
			collectUnbounded(method.getInputType(), seen, unbounded);
		}

		assertThat(unbounded).isEmpty();
		assertThat(seen).contains("example.shop.catalog.v1.ReservationLine", "google.type.Money");
	}

	@Test
	void lengthIsCheckedBeforeThePatternAndBothNameTheField() {
		assertThat(RequestLimits.check(GetProductRequest.newBuilder().setSku("a".repeat(41)).build())).singleElement()
			.satisfies((v) -> assertThat(v.message()).isEqualTo("must be at most 40 characters"));
		assertThat(RequestLimits.check(ReserveStockRequest.newBuilder()
			.setReservationId("1b4e28ba-2fa1-11d2-883f-0016d3cca427")
			.addLines(ReservationLine.newBuilder().setSku("STA-0001"))
			.addLines(ReservationLine.newBuilder().setSku("sta 2"))
			.build())).singleElement().satisfies((v) -> assertThat(v.field()).isEqualTo("lines[1].sku"));
	}

	@Test
	void controlCharactersAreRefusedButLineBreaksAreFineInMultiLineText() {
		assertThat(RequestLimits.text("a\u0000b", 10, "", com.example.shop.catalog.v1.Text.SINGLE_LINE)).isNotNull();
		assertThat(RequestLimits.text("a\nb", 10, "", com.example.shop.catalog.v1.Text.SINGLE_LINE)).isNotNull();
		assertThat(RequestLimits.text("a\u0085b", 10, "", com.example.shop.catalog.v1.Text.MULTI_LINE)).isNotNull();
		assertThat(RequestLimits.text("a\nb\tc", 10, "", com.example.shop.catalog.v1.Text.MULTI_LINE)).isNull();
		// Ten emoji are ten characters, though twenty chars in Java.
		assertThat(RequestLimits.text("\uD83D\uDE00".repeat(10), 10, "", com.example.shop.catalog.v1.Text.SINGLE_LINE))
			.isNull();
	}

	private static void collectUnbounded(Descriptor type, Set<String> seen, List<String> unbounded) {
		if (!seen.add(type.getFullName())) {
			return;
		}
		for (FieldDescriptor field : type.getFields()) {
			boolean needsBounds = field.isRepeated() || field.getJavaType() == FieldDescriptor.JavaType.STRING;
			if (field.isMapField() || !field.getContainingType().getOptions().getMapEntry()) {
				if (needsBounds && RequestLimits.of(field) == null) {
					unbounded.add(field.getFullName());
				}
			}
			if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isMapField()) {
				collectUnbounded(field.getMessageType(), seen, unbounded);
			}
		}
	}

}
