package com.example.shop.identity;

import com.example.shop.problems.ProblemType;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's own account, as far as this provider keeps one: their language. Called with
 * the person's access token from this provider ({@code aud} = {@code shop-api}; the
 * account chain checks it), it changes only the record of the token's {@code sub}.
 */
@RestController
class AccountController {

	private final DemoUsers users;

	private final ChosenLanguages languages;

	AccountController(DemoUsers users, ChosenLanguages languages) {
		this.users = users;
		this.languages = languages;
	}

	/**
	 * Keeps the caller's language: the {@code locale} claim of every ID token issued to
	 * them from now on. 204; 400 for a language the shop does not offer; 403 for a token
	 * with no person behind it (a client-credentials token).
	 */
	@PutMapping(path = "/account/locale", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ProblemDetail> locale(@AuthenticationPrincipal Jwt token, @RequestBody LocaleChoice choice) {
		String person = token.getSubject();
		if (!this.users.exists(person)) {
			return problem(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "Forbidden",
					"Only a person has a language; this token is a client's own");
		}
		if (choice.locale() == null || !ChosenLanguages.OFFERED.contains(choice.locale())) {
			return problem(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION, "Invalid request",
					"locale must be one of " + ChosenLanguages.OFFERED + ", not " + choice.locale());
		}
		this.languages.choose(person, choice.locale());
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, ProblemType type, String title,
			String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type.uri());
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * The body of {@code PUT /account/locale}.
	 *
	 * @param locale the language's tag: {@code en} or {@code ko}
	 */
	record LocaleChoice(String locale) {
	}

}
