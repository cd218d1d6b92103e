package com.example.shop.ui.base;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncTest {

	private final List<Throwable> dropped = new CopyOnWriteArrayList<>();

	private UI ui;

	@AfterEach
	void reset() {
		Hooks.resetOnErrorDropped();
		UI.setCurrent(null);
	}

	@Test
	void anAnswerForAUiThatIsGoneIsDroppedQuietly() {
		Hooks.onErrorDropped(this.dropped::add);
		List<String> shown = new CopyOnWriteArrayList<>();
		// A UI without a session: what a closed tab's UI is when its answer arrives. Held
		// in a field: Vaadin keeps the current UI only weakly, and a collection between
		// setting and reading it would leave no UI at all.
		this.ui = new UI();
		UI.setCurrent(this.ui);

		Async.load(Mono.just("late"), shown::add);
		Async.load(Mono.<String>error(new IllegalStateException("late too")), shown::add);

		assertThat(shown).isEmpty();
		assertThat(this.dropped).isEmpty();
	}

}
