package com.example.shop.ui.base;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

import com.example.shop.bff.AuditTrail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import reactor.core.publisher.Mono;

/**
 * What a form says when its save was refused because someone saved the record since the
 * form opened it: who did and when (the record's newest history entry), what they changed
 * ("Price: ₩100 → ₩150"), and that the user's values are still in the form. The user then
 * takes their values into the form, or keeps their own and saves over them knowingly.
 * Nothing is overwritten that the user has not seen. The product and customer dialogs
 * share it, so the two read alike.
 *
 * <p>
 * Collect the differences with {@link #change} between what the form opened and what is
 * recorded now, then {@link #show} them.
 */
public final class Conflict {

	private final List<Difference> differences = new ArrayList<>();

	/**
	 * Asks for the record as it is recorded now and for its newest history entry, then
	 * hands both to {@code explain} in the UI; the entry is {@code null} when the history
	 * could not be read (the conflict is still explained, by "Someone").
	 */
	public static <T> void load(Mono<T> recorded, Mono<AuditTrail> history, BiConsumer<T, AuditTrail.Entry> explain) {
		Async.load(Mono.zip(recorded, history.onErrorReturn(new AuditTrail(List.of()))),
				(both) -> explain.accept(both.getT1(), both.getT2().items().stream().findFirst().orElse(null)));
	}

	/**
	 * A field whose shown value differs: "Label: before → after"; nothing when the two
	 * are equal.
	 * @param label the translation key of the field's label
	 */
	public Conflict change(String label, String before, String after) {
		if (!Objects.equals(before, after)) {
			this.differences.add(new Difference(label, before, after));
		}
		return this;
	}

	/**
	 * A field too long to show in a sentence (a description): its label only, when it
	 * changed.
	 * @param label the translation key of the field's label
	 */
	public Conflict changed(String label, boolean changed) {
		if (changed) {
			this.differences.add(new Difference(label, null, null));
		}
		return this;
	}

	/**
	 * Shows the conflict in {@code area}, a form's problem area, replacing what it held.
	 * @param id what the record is ({@code product}, {@code customer}): the sentence
	 * names it by {@code conflict.<id>}, and it prefixes the ids of the sentence and the
	 * two buttons ({@code id-conflict}, {@code id-take-theirs}, {@code id-keep-mine})
	 * @param last the record's newest history entry, {@code null} when its history could
	 * not be read
	 * @param takeTheirs puts the recorded values into the form and saves against them
	 * next time
	 * @param keepMine keeps the form as it is and saves against the recorded version next
	 * time
	 */
	public void show(Div area, String id, AuditTrail.Entry last, Formats formats, Runnable takeTheirs,
			Runnable keepMine) {
		String who = (last != null) ? area.getTranslation("conflict.who", last.actor(), formats.dateTime(last.at()))
				: area.getTranslation("conflict.someone");
		List<String> said = this.differences.stream().map((d) -> d.said(area)).toList();
		Span sentence = new Span(area.getTranslation("conflict.said", who,
				said.isEmpty() ? area.getTranslation("conflict.nothing") : String.join("; ", said),
				area.getTranslation("conflict." + id)));
		sentence.setId(id + "-conflict");
		Button theirs = new Button(area.getTranslation("conflict.take-theirs"), (e) -> {
			takeTheirs.run();
			area.setVisible(false);
		});
		theirs.setId(id + "-take-theirs");
		Button mine = new Button(area.getTranslation("conflict.keep-mine"), (e) -> {
			keepMine.run();
			area.setVisible(false);
		});
		mine.setId(id + "-keep-mine");
		area.removeAll();
		area.add(sentence, theirs, mine);
		area.setVisible(true);
	}

	private record Difference(String label, String before, String after) {

		String said(Div area) {
			String name = area.getTranslation(this.label);
			return (this.before == null && this.after == null) ? name : "%s: %s → %s".formatted(name,
					Objects.toString(this.before, "–"), Objects.toString(this.after, "–"));
		}

	}

}
