package com.example.shop.ui.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import java.util.function.Consumer;

import com.example.shop.bff.AuditTrail;
import com.example.shop.bff.BackendFailure;
import com.example.shop.bff.BackendRefusal;
import com.example.shop.bff.Money;
import com.example.shop.bff.audit.AuditService;
import com.example.shop.bff.billing.BillingDeskService;
import com.example.shop.bff.billing.Customer;
import com.example.shop.bff.billing.CustomerDraft;
import com.example.shop.bff.billing.CustomerStatus;
import com.example.shop.ui.base.Conflict;
import com.example.shop.ui.base.DialogSubmit;
import com.example.shop.ui.base.Formats;
import com.example.shop.ui.base.StatusBadges;
import com.example.shop.ui.base.UiErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Opens a customer account, or changes one (name, e-mail, credit limit, terms, and
 * suspends or reactivates it). Opening mints one idempotency key and reuses it if the
 * user submits again after a failure, so the account is opened once. A change sends the
 * version the user opened: if someone changed the customer meanwhile, the dialog says
 * who, when and what they changed ({@link Conflict}), and the user takes their values or
 * keeps their own and saves again; it never overwrites a change the user has not seen.
 * Billing's refusals show in the dialog, on the fields they name.
 */
class CustomerDialog extends Dialog {

	private static final Logger log = LoggerFactory.getLogger(CustomerDialog.class);

	final TextField name = new TextField();

	final TextField email = new TextField();

	final BigDecimalField creditLimit = new BigDecimalField();

	final IntegerField terms = new IntegerField();

	final Select<CustomerStatus> status = new Select<>();

	final Button save = new Button();

	final Div problem = new Div();

	private final String idempotencyKey = UUID.randomUUID().toString();

	private final Binder<Form> binder = new Binder<>(Form.class);

	private final BillingDeskService billing;

	private final Formats formats;

	private final Consumer<Customer> saved;

	/** The customer's history, to say who changed it first; unused when opening one. */
	private final AuditService audit;

	private Customer customer;

	/**
	 * @param customer the customer to change, or {@code null} to open a new account
	 * @param audit the customers' history, which says who changed one first
	 * @param saved called with the account as billing keeps it, once saved
	 */
	CustomerDialog(Customer customer, BillingDeskService billing, AuditService audit, Formats formats,
			Consumer<Customer> saved) {
		this.customer = customer;
		this.billing = billing;
		this.audit = audit;
		this.formats = formats;
		this.saved = saved;
		setHeaderTitle((customer != null) ? getTranslation("customer.edit-title", customer.name())
				: getTranslation("customer.new-title"));
		setWidth("min(560px, 100vw)");
		this.name.setLabel(getTranslation("customer.name"));
		this.name.setMaxLength(200);
		this.email.setLabel(getTranslation("customer.email"));
		this.email.setMaxLength(254);
		this.creditLimit.setLabel(getTranslation("customer.credit-limit"));
		this.creditLimit.setSuffixComponent(new Span(formats.currency()));
		this.creditLimit.addValueChangeListener(
				(e) -> this.creditLimit.setHelperText((e.getValue() != null && e.getValue().signum() >= 0)
						? formats.money(e.getValue(), formats.currency()) : null));
		this.terms.setLabel(getTranslation("customer.terms-days"));
		// The range is the binder's to check, so its message is the one the user reads.
		this.terms.setStepButtonsVisible(true);
		this.status.setLabel(getTranslation("customer.status"));
		this.status.setItems(CustomerStatus.values());
		this.status.setItemLabelGenerator((s) -> StatusBadges.label(this, s));
		this.status.setHelperText(getTranslation("customer.status-help"));
		// A new account is always active; suspending is a change of an existing one.
		this.status.setVisible(customer != null);
		this.binder.forField(this.name)
			.asRequired(getTranslation("customer.name-required"))
			.withValidator((n) -> n.strip().length() <= 200, getTranslation("customer.name-length"))
			.withValidator((n) -> n.codePoints().noneMatch(Character::isISOControl),
					getTranslation("customer.name-chars"))
			.bind("name");
		this.binder.forField(this.email)
			.asRequired(getTranslation("customer.email-required"))
			.withValidator(new EmailValidator(getTranslation("customer.email-invalid")))
			.bind("email");
		this.binder.forField(this.creditLimit)
			.asRequired(getTranslation("customer.credit-limit-required"))
			.withValidator(CustomerDialog::isAmount,
					getTranslation("customer.credit-limit-invalid", formats.currency()))
			.bind("creditLimit");
		this.binder.forField(this.terms)
			.asRequired(getTranslation("customer.terms-required"))
			.withValidator((t) -> t >= 0 && t <= 365, getTranslation("customer.terms-invalid"))
			.bind("paymentTermsDays");
		this.binder.forField(this.status).asRequired(getTranslation("customer.status-required")).bind("status");
		this.binder.readRecord(Form.of(customer));
		this.problem.addClassName("form-problem");
		this.problem.setId("customer-problem");
		this.problem.setVisible(false);
		add(new FormLayout(this.name, this.email, this.creditLimit, this.terms, this.status), this.problem);
		this.save.setText(getTranslation((customer != null) ? "common.save" : "customer.create"));
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((e) -> save());
		getFooter().add(new Button(getTranslation("common.cancel"), (e) -> close()), this.save);
	}

	/** A non-negative amount with at most two decimals and fifteen digits before them. */
	private static boolean isAmount(BigDecimal amount) {
		return amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 2
				&& amount.setScale(0, RoundingMode.DOWN).precision() <= 15;
	}

	void save() {
		new DialogSubmit(this, this.save, this.problem).submit(this.binder, this::send, BackendFailure.class,
				this::refused, this.saved);
	}

	/** Opens the account, or changes it as the user opened it. */
	private Mono<Customer> send(Form form) {
		var draft = new CustomerDraft(form.name().strip(), form.email().strip(),
				Money.of(form.creditLimit().setScale(2), this.formats.currency()), form.paymentTermsDays(),
				form.status());
		return (this.customer == null) ? this.billing.openCustomer(this.idempotencyKey, draft)
				: this.billing.changeCustomer(this.customer.id(), this.customer.version(), draft);
	}

	private void refused(BackendFailure ex) {
		log.info("Saving a customer ended in {}: {}", ex.getClass().getSimpleName(), ex.getMessage());
		this.problem.removeAll();
		if (ex instanceof BackendRefusal refusal && refusal.kind() == BackendRefusal.Kind.STALE) {
			// Who changed what, next to the form that still holds the user's values.
			UUID id = this.customer.id();
			Conflict.load(this.billing.customer(id), this.audit.customer(id, 1), this::conflict);
			return;
		}
		if (ex instanceof BackendRefusal refusal && !refusal.invalidFields().isEmpty()) {
			refusal.invalidFields().forEach((f) -> markInvalid(f.field()));
			this.problem.add(new Span(getTranslation("customer.refused")));
		}
		else {
			this.problem.add(new Span(UiErrors.message(getUI().orElseThrow(), ex)));
		}
		this.problem.setVisible(true);
	}

	/**
	 * Someone saved the customer since this form opened: say who, when and what they
	 * changed, and let the user take their values or keep their own and save over them
	 * knowingly.
	 */
	private void conflict(Customer fresh, AuditTrail.Entry last) {
		Form before = Form.of(this.customer);
		Form after = Form.of(fresh);
		new Conflict().change("customer.name", before.name(), after.name())
			.change("customer.email", before.email(), after.email())
			.change("customer.credit-limit", this.formats.money(before.creditLimit(), this.formats.currency()),
					this.formats.money(after.creditLimit(), this.formats.currency()))
			.change("customer.terms-days", this.formats.number(before.paymentTermsDays()),
					this.formats.number(after.paymentTermsDays()))
			.change("customer.status", StatusBadges.label(this, before.status()),
					StatusBadges.label(this, after.status()))
			.show(this.problem, "customer", last, this.formats, () -> {
				this.customer = fresh;
				this.binder.readRecord(after);
			}, () -> this.customer = fresh);
	}

	/** Marks the field billing named with what this form says about it, in words. */
	private void markInvalid(String field) {
		String key = field.startsWith("creditLimit.currency") ? "customer.credit-limit-currency"
				: field.startsWith("creditLimit") ? "customer.credit-limit-invalid" : switch (field) {
					case "name" -> "customer.name-length";
					case "email" -> "customer.email-invalid";
					case "paymentTermsDays" -> "customer.terms-invalid";
					default -> null;
				};
		HasValidation target = field.startsWith("creditLimit") ? this.creditLimit : switch (field) {
			case "name" -> this.name;
			case "email" -> this.email;
			case "paymentTermsDays" -> this.terms;
			default -> null;
		};
		if (target != null && key != null) {
			target.setErrorMessage(getTranslation(key, this.formats.currency()));
			target.setInvalid(true);
		}
	}

	/**
	 * The form's values, bound by name. Public, with its canonical constructor, because
	 * the binder builds it by reflection.
	 *
	 * @param name the company name
	 * @param email the accounts-payable contact
	 * @param creditLimit in the business currency
	 * @param paymentTermsDays days from issue to due
	 * @param status active or suspended
	 */
	public record Form(String name, String email, BigDecimal creditLimit, Integer paymentTermsDays,
			CustomerStatus status) {

		static Form of(Customer c) {
			return (c == null) ? new Form("", "", null, 30, CustomerStatus.ACTIVE)
					: new Form(c.name(), c.email(), c.creditLimit().value(), c.paymentTermsDays(), c.status());
		}

	}

}
