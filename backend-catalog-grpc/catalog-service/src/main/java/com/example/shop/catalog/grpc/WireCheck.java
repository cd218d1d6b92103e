package com.example.shop.catalog.grpc;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.WireFormat;
import io.grpc.MethodDescriptor;

import com.example.shop.support.domain.FieldViolation;

/**
 * Why bytes are not a valid request: walks the wire format along the message's descriptor
 * to name the first string field with invalid UTF-8 ({@code lines[0].sku}), the refusal a
 * client can act on; anything else is a message that is not valid protobuf at all.
 */
final class WireCheck {

	private static final int MAX_DEPTH = 16;

	private WireCheck() {
	}

	static List<FieldViolation> problems(byte[] bytes, MethodDescriptor<?, ?> method) {
		if (method.getRequestMarshaller() instanceof MethodDescriptor.PrototypeMarshaller<?> prototype
				&& prototype.getMessagePrototype() instanceof Message message) {
			try {
				String field = invalidUtf8(CodedInputStream.newInstance(bytes), message.getDescriptorForType(), "", 0);
				if (field != null) {
					return List.of(new FieldViolation(field, "must be valid UTF-8"));
				}
			}
			catch (IOException | RuntimeException ex) {
				// Not protobuf at all: said below.
			}
		}
		return List.of(new FieldViolation("request", "is not a valid %s message"
			.formatted(method.getFullMethodName().substring(method.getFullMethodName().indexOf('/') + 1))));
	}

	private static String invalidUtf8(CodedInputStream in, Descriptor type, String prefix, int depth)
			throws IOException {
		if (depth > MAX_DEPTH) {
			return null;
		}
		Map<Integer, Integer> seen = new HashMap<>();
		int tag;
		while ((tag = in.readTag()) != 0) {
			FieldDescriptor field = type.findFieldByNumber(WireFormat.getTagFieldNumber(tag));
			if (field == null || WireFormat.getTagWireType(tag) != WireFormat.WIRETYPE_LENGTH_DELIMITED) {
				in.skipField(tag);
				continue;
			}
			int index = seen.merge(field.getNumber(), 1, Integer::sum) - 1;
			String path = (prefix.isEmpty() ? "" : prefix + ".") + field.getName()
					+ ((field.isRepeated() && !field.isMapField()) ? "[" + index + "]" : "");
			ByteString value = in.readBytes();
			if (field.getType() == FieldDescriptor.Type.STRING && !value.isValidUtf8()) {
				return path;
			}
			if (field.getType() == FieldDescriptor.Type.MESSAGE) {
				String inner = invalidUtf8(value.newCodedInput(), field.getMessageType(), path, depth + 1);
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}

}
