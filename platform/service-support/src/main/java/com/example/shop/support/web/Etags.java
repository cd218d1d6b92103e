package com.example.shop.support.web;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.shop.problems.ProblemType;
import com.example.shop.support.domain.FieldViolation;
import com.example.shop.support.problem.HttpProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/**
 * Versions on the wire: the {@code ETag} is the strong, quoted version number, and every
 * change names the version it was based on in {@code If-Match}. A missing
 * {@code If-Match} is 428, never an unconditional write.
 */
public final class Etags {

	private static final Pattern STRONG_VERSION = Pattern.compile("^\\s*\"(\\d{1,18})\"\\s*$");

	private Etags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * A resource as it is now, with its version as the {@code ETag}: 304 without a body
	 * when the client's {@code If-None-Match} names that version already.
	 * @param <T> the body type
	 * @param request the request, for its {@code If-None-Match}
	 * @param body the resource
	 * @param version the resource's version
	 * @return 200 with the body, or 304
	 */
	public static <T> ResponseEntity<T> current(WebRequest request, T body, ToLongFunction<T> version) {
		String etag = of(version.applyAsLong(body));
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
		}
		return ResponseEntity.ok().eTag(etag).body(body);
	}

	/** 200 with the body and its version as the {@code ETag}, such as after a change. */
	public static <T> ResponseEntity<T> ok(long version, T body) {
		return ResponseEntity.ok().eTag(of(version)).body(body);
	}

	/**
	 * The version a client based its change on.
	 * @param ifMatch the raw {@code If-Match} header, possibly {@code null}
	 * @return the version it names
	 * @throws HttpProblemException 428 when absent, 400 when it is not one strong version
	 */
	public static long requireVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new HttpProblemException(HttpStatus.PRECONDITION_REQUIRED, ProblemType.PRECONDITION_REQUIRED,
					"This change needs an If-Match header with the ETag of the version you saw");
		}
		Matcher matcher = STRONG_VERSION.matcher(ifMatch);
		if (!matcher.matches()) {
			throw new HttpProblemException(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION,
					"If-Match must be one strong ETag such as \"3\"",
					Map.of("errors", List.of(new FieldViolation("If-Match", "must be one strong ETag such as \"3\""))));
		}
		return Long.parseLong(matcher.group(1));
	}

}
