package com.example.shop.testsupport.grpc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.grpc.MethodDescriptor;

/**
 * A gRPC method that sends and receives bytes as they are, as a hostile client can: the
 * service parses them itself, so a test can send bytes that are no valid message.
 */
public final class RawBytes {

	private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {

		@Override
		public InputStream stream(byte[] value) {
			return new ByteArrayInputStream(value);
		}

		@Override
		public byte[] parse(InputStream stream) {
			try {
				return stream.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	};

	private RawBytes() {
	}

	/**
	 * The method as one that takes and answers bytes.
	 * @param type unary or server streaming, as the service declares it
	 * @param fullMethodName {@code package.Service/Method}
	 * @return the method's descriptor
	 */
	public static MethodDescriptor<byte[], byte[]> method(MethodDescriptor.MethodType type, String fullMethodName) {
		return MethodDescriptor.<byte[], byte[]>newBuilder()
			.setType(type)
			.setFullMethodName(fullMethodName)
			.setRequestMarshaller(BYTES)
			.setResponseMarshaller(BYTES)
			.build();
	}

}
