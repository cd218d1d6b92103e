package com.example.shop.ui.billing;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.function.Consumer;

import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.Money;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Invoice;
import com.example.shop.bff.billing.NewPayment;
import com.example.shop.bff.billing.PaymentMethod;
import com.example.shop.bff.billing.PaymentReceipt;
import com.example.shop.ui.base.DialogSubmit;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * Records a payment, partial or full. The dialog mints one idempotency key and reuses it
 * if the user submits again after a failure, so a payment is recorded at most once.
 */
class PaymentDialog extends Dialog {

	final BigDecimalField amount = new BigDecimalField();

	final Select<PaymentMethod> method = new Select<>();

	final TextField reference = new TextField();

	final Button save = new Button();

	final Paragraph problem = new Paragraph();

	private final String idempotencyKey = UUID.randomUUID().toString();

	private final Binder<PaymentForm> binder = new Binder<>(PaymentForm.class);

	PaymentDialog(Invoice invoice, BillingDeskService billing, Formats formats, Consumer<PaymentReceipt> recorded) {
		BigDecimal outstanding = new BigDecimal(invoice.outstandingAmount().amount());
		setHeaderTitle(getTranslation("payment.record-for", invoice.number()));
		this.amount.setLabel(getTranslation("payment.amount"));
		this.amount.setHelperText(getTranslation("payment.outstanding",
				formats.money(outstanding, invoice.outstandingAmount().currency())));
		this.amount.setValue(outstanding);
		this.method.setLabel(getTranslation("payment.method"));
		this.method.setItems(PaymentMethod.values());
		this.method.setItemLabelGenerator((m) -> getTranslation("payment.method." + m.name()));
		this.method.setValue(PaymentMethod.BANK_TRANSFER);
		this.reference.setLabel(getTranslation("payment.reference"));
		this.reference.setMaxLength(100);
		this.binder.forField(this.amount)
			.asRequired(getTranslation("payment.amount-required"))
			.withValidator((a) -> a.signum() > 0, getTranslation("payment.amount-positive"))
			.withValidator((a) -> a.stripTrailingZeros().scale() <= 2, getTranslation("payment.amount-scale"))
			.withValidator((a) -> a.compareTo(outstanding) <= 0,
					getTranslation("payment.amount-too-high",
							formats.money(outstanding, invoice.outstandingAmount().currency())))
			.bind("amount");
		this.binder.forField(this.method).asRequired(getTranslation("payment.method-required")).bind("method");
		this.binder.forField(this.reference)
			.withValidator((r) -> r == null || r.matches("[\\p{L}\\p{N} ._:/#-]*"),
					getTranslation("payment.reference-chars"))
			.bind("reference");
		this.problem.setVisible(false);
		this.problem.addClassName("form-problem");
		ProgressBar progress = new ProgressBar();
		progress.setIndeterminate(true);
		progress.setVisible(false);
		add(new FormLayout(this.amount, this.method, this.reference), this.problem, progress);
		this.save.setText(getTranslation("payment.record"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		DialogSubmit submit = new DialogSubmit(this, this.save, this.problem, progress);
		this.save.addClickListener((click) -> submit.submit(this.binder,
				(form) -> billing.recordPayment(invoice.id(), this.idempotencyKey, payment(form, invoice)),
				BackendRefusal.class, this::showProblem, recorded));
		Button cancel = new Button(getTranslation("common.cancel"), (e) -> close());
		getFooter().add(cancel, this.save);
	}

	private void showProblem(BackendRefusal ex) {
		this.problem.setText(UiErrors.message(getUI().orElseThrow(), ex));
		this.problem.setVisible(true);
	}

	/** The form's payment, in the invoice's currency. */
	private static NewPayment payment(PaymentForm form, Invoice invoice) {
		return new NewPayment(
				new Money(form.amount().setScale(2).toPlainString(), invoice.outstandingAmount().currency()),
				form.method(), blankToNull(form.reference()));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The form's values, bound by name. Public, with its canonical constructor, because
	 * the binder builds it by reflection.
	 *
	 * @param amount how much
	 * @param method how it was paid
	 * @param reference the payer's reference, or blank
	 */
	public record PaymentForm(BigDecimal amount, PaymentMethod method, String reference) {
	}

}
