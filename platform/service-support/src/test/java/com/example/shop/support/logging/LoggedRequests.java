package com.example.shop.support.logging;

import java.util.List;
import java.util.regex.Pattern;

import com.example.shop.testsupport.http.LoopbackHttp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service as the shared conventions make it (problem details, tracing, user id
 * logging), with an endpoint that fails and one that refuses bad input; and the log lines
 * one request left behind.
 */
@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
class LoggedRequests {

	/** A sampled caller's trace: the request continues it. */
	static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	@Bean
	SecurityFilterChain open(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.build();
	}

	@RestController
	static class Endpoints {

		@GetMapping("/fails")
		String fails() {
			throw new IllegalStateException("a bug");
		}

		@GetMapping("/counts")
		String counts(@RequestParam int count) {
			return "counted " + count;
		}

	}

	/** GET {@code path} as part of {@link #TRACE_ID}. */
	static LoopbackHttp.Response get(int port, String path) {
		return new LoopbackHttp(port).get(path, "traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01");
	}

	/**
	 * What the application logged while answering a GET of {@code path}, after checking
	 * the answer's status.
	 */
	static String loggedWhileAnswering(CapturedOutput output, int port, String path, int status) {
		int before = output.getOut().length();
		assertThat(get(port, path).status()).isEqualTo(status);
		return output.getOut().substring(before);
	}

	/**
	 * The lines of {@code output} at {@code level} ({@code ERROR}, {@code INFO}, ...).
	 */
	static List<String> lines(String output, String level) {
		Pattern at = Pattern.compile("(^|\\s|\")" + level + "(\\s|\")");
		return output.lines().filter((line) -> at.matcher(line).find()).toList();
	}

}
