package com.example.shop.bff.backend;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file a REST backend sends (a statement's CSV, a batch report): its name from
 * {@code Content-Disposition}, its media type and its bytes, passed on as they came.
 */
final class Downloads {

	private Downloads() {
	}

	/**
	 * The file of a backend's answer.
	 * @param <F> the BFF's record of the file
	 * @param response the backend's answer
	 * @param defaultName the name when the answer gives none
	 * @param defaultType the media type when the answer gives none
	 * @param file the record, from the name, the media type and the bytes
	 * @return the file
	 */
	static <F> F file(ResponseEntity<byte[]> response, String defaultName, String defaultType, File<F> file) {
		MediaType type = response.getHeaders().getContentType();
		String disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		String name = (disposition != null) ? ContentDisposition.parse(disposition).getFilename() : null;
		return file.of((name != null) ? name : defaultName, (type != null) ? type.toString() : defaultType,
				response.getBody());
	}

	/** Makes the BFF's record of a file, such as {@code JobReport::new}. */
	@FunctionalInterface
	interface File<F> {

		F of(String fileName, String contentType, byte[] content);

	}

}
