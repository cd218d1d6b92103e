package com.example.shop.bff;

import java.util.Optional;
import java.util.function.Function;

import reactor.util.context.Context;
import reactor.util.context.ContextView;

import org.springframework.security.core.Authentication;

/**
 * On whose behalf the BFF calls a backend, carried in the Reactor context of every call
 * so the token relay knows which token to send: a person (their access token, refreshed
 * when needed) or the UI itself with no person behind it ({@link ServiceIdentity}: the
 * UI's client-credentials token). A person is captured where a request enters the BFF,
 * beside its time budget; the service identity is asked for explicitly.
 */
public sealed interface Caller {

	/** A signed-in person: the BFF relays their token. */
	record Person(Authentication authentication) implements Caller {
	}

	/** The UI itself, for work with no person behind it. */
	record Service() implements Caller {
	}

	/** The context key. */
	Object KEY = Caller.class;

	/**
	 * Who the call is for, if anyone said.
	 * @param context the subscriber's context
	 * @return the caller
	 */
	static Optional<Caller> of(ContextView context) {
		return context.getOrEmpty(KEY);
	}

	/**
	 * Names the caller for everything upstream, unless a caller is named already (an
	 * outer request, or work run as the service, keeps its caller).
	 * @param caller the caller
	 * @return a context modifier for {@code contextWrite}
	 */
	static Function<Context, Context> is(Caller caller) {
		return (context) -> context.hasKey(KEY) ? context : context.put(KEY, caller);
	}

}
