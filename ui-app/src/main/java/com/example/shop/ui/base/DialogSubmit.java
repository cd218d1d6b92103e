package com.example.shop.ui.base;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import reactor.core.publisher.Mono;

/**
 * How an edit dialog saves: the form's values if the binder finds them valid (else the
 * fields say what is wrong and nothing is sent), sent with the save button off and the
 * last problem hidden; a refusal is shown in the dialog on the UI thread, a success
 * closes the dialog and is handed on; either way the button comes back on. Any other
 * failure goes to {@link UiErrors} as every call's does ({@link Async}).
 */
public final class DialogSubmit {

	private final Dialog dialog;

	private final Button save;

	private final Component problem;

	private final List<Component> working;

	/**
	 * @param dialog the dialog that closes once saved
	 * @param save the button that is off while it saves
	 * @param problem where the dialog says why the last save was refused
	 * @param working what shows only while it saves (a progress bar)
	 */
	public DialogSubmit(Dialog dialog, Button save, Component problem, Component... working) {
		this.dialog = dialog;
		this.save = save;
		this.problem = problem;
		this.working = List.of(working);
	}

	/**
	 * Saves the binder's values, if valid.
	 * @param binder the form's binder, whose record holds the values
	 * @param send the call that saves them
	 * @param refusals the failures the dialog explains itself
	 * @param refused shows a refusal in the dialog, which stays open
	 * @param saved takes what was saved, after the dialog has closed
	 */
	public <F, R, X extends Throwable> void submit(Binder<F> binder, Function<F, Mono<R>> send, Class<X> refusals,
			Consumer<X> refused, Consumer<R> saved) {
		F form;
		try {
			form = binder.writeRecord();
		}
		catch (ValidationException ex) {
			return;
		}
		working(true);
		this.problem.setVisible(false);
		Async.load(send.apply(form).onErrorResume(refusals, (ex) -> {
			this.dialog.getUI().ifPresent((ui) -> ui.access(() -> refused.accept(ex)));
			return Mono.empty();
		}), (result) -> {
			this.dialog.close();
			saved.accept(result);
		}, () -> working(false));
	}

	private void working(boolean working) {
		this.save.setEnabled(!working);
		this.working.forEach((shown) -> shown.setVisible(working));
	}

}
