package com.example.shop.billing.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.example.shop.billing.Amounts;
import com.example.shop.billing.api.BillingApi;
import com.example.shop.billing.api.CreateCustomerRequest;
import com.example.shop.billing.api.CustomerStatus;
import com.example.shop.billing.api.UpdateCustomerRequest;
import com.example.shop.billing.audit.AuditAction;
import com.example.shop.billing.audit.AuditDetail;
import com.example.shop.billing.audit.AuditLog;
import com.example.shop.billing.audit.AuditRecord;
import com.example.shop.billing.audit.AuditedEntity;
import com.example.shop.support.BusinessClock;
import com.example.shop.support.audit.Actor;
import com.example.shop.support.audit.AuditChange;
import com.example.shop.support.data.Page;
import com.example.shop.support.data.PageParams;
import com.example.shop.support.domain.DomainRefusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer accounts: opening, changing, finding them. Every change is recorded in the
 * audit trail in the same transaction as the change, naming the {@link Actor}.
 */
@Service
public class CustomerService {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private final CustomerRepository customers;

	private final BusinessClock business;

	private final AuditLog audit;

	private final Actor actor;

	CustomerService(CustomerRepository customers, BusinessClock business, AuditLog audit, Actor actor) {
		this.customers = customers;
		this.business = business;
		this.audit = audit;
		this.actor = actor;
	}

	/**
	 * Opens an {@code ACTIVE} account.
	 * @throws DomainRefusal.Invalid for a credit limit in another currency
	 */
	@Transactional
	public CustomerAccount open(CreateCustomerRequest request) {
		BigDecimal creditLimit = Amounts.parse(request.creditLimit(), "creditLimit", this.business.currency());
		CustomerAccount customer = CustomerAccount.open(UUID.randomUUID(), request.name(), request.email(),
				this.business.currency(), creditLimit, request.paymentTermsDays(), now());
		this.customers.insert(customer);
		this.audit.record(AuditAction.CREATED, customer.id(), this.actor.name(), customer.updatedAt(),
				"opened %s: name %s, email %s, credit limit %s, terms %d days".formatted(customer.status(),
						AuditDetail.quoted(customer.name()), AuditDetail.quoted(customer.email()),
						AuditDetail.money(customer.creditLimit(), customer.currency()), customer.paymentTermsDays()),
				List.of(AuditChange.status("status", null, customer.status()),
						AuditChange.text("name", null, customer.name()),
						AuditChange.text("email", null, customer.email()),
						AuditChange.money("creditLimit", null, customer.creditLimit(), customer.currency()),
						AuditChange.number("paymentTermsDays", null, (long) customer.paymentTermsDays(), "days")));
		return customer;
	}

	/**
	 * One customer.
	 * @throws DomainRefusal.NotFound if there is no such customer
	 */
	@Transactional(readOnly = true)
	public CustomerAccount get(UUID id) {
		return find(id).orElseThrow(() -> new DomainRefusal.NotFound("Customer", id));
	}

	@Transactional(readOnly = true)
	public Optional<CustomerAccount> find(UUID id) {
		return this.customers.findById(id);
	}

	@Transactional(readOnly = true)
	public Page<CustomerAccount> list(CustomerFilter filter, PageParams paging) {
		if (filter.search() != null && filter.search().length() > CustomerFilter.MAX_SEARCH_LENGTH) {
			throw new DomainRefusal.Invalid("q",
					"must be at most %d characters".formatted(CustomerFilter.MAX_SEARCH_LENGTH));
		}
		if (filter.search() != null && CONTROL.matcher(filter.search()).find()) {
			throw new DomainRefusal.Invalid("q", "must not contain control characters");
		}
		return this.customers.find(filter, paging);
	}

	/**
	 * The customers with these ids, in the order asked, each once; unknown ids are left
	 * out.
	 * @throws DomainRefusal.Invalid for no ids or more than
	 * {@link BillingApi#MAX_LOOKUP_IDS}
	 */
	@Transactional(readOnly = true)
	public List<CustomerAccount> lookup(List<UUID> ids) {
		Set<UUID> distinct = ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
		if (distinct.isEmpty()) {
			throw new DomainRefusal.Invalid("id", "name at least one customer id");
		}
		if (distinct.size() > BillingApi.MAX_LOOKUP_IDS) {
			throw new DomainRefusal.Invalid("id", "at most %d ids at once".formatted(BillingApi.MAX_LOOKUP_IDS));
		}
		Map<UUID, CustomerAccount> found = this.customers.findAll(distinct)
			.stream()
			.collect(Collectors.toMap(CustomerAccount::id, Function.identity()));
		List<CustomerAccount> ordered = new ArrayList<>();
		distinct.stream().map(found::get).filter((c) -> c != null).forEach(ordered::add);
		return ordered;
	}

	/**
	 * Changes an account, if nobody changed it since {@code basedOnVersion}.
	 * @throws DomainRefusal.NotFound if there is no such customer
	 * @throws DomainRefusal.StaleVersion if it is no longer at {@code basedOnVersion}
	 * @throws DomainRefusal.Invalid for a credit limit in another currency
	 */
	@Transactional
	public CustomerAccount update(UUID id, long basedOnVersion, UpdateCustomerRequest request) {
		BigDecimal creditLimit = Amounts.parse(request.creditLimit(), "creditLimit", this.business.currency());
		CustomerAccount current = get(id);
		if (current.version() != basedOnVersion) {
			throw new DomainRefusal.StaleVersion("Customer", id, basedOnVersion, current.version());
		}
		Instant at = now();
		CustomerAccount changed = current.changedTo(request.name(), request.email(), creditLimit,
				request.paymentTermsDays(), request.status(), at);
		if (!this.customers.update(changed, basedOnVersion)) {
			throw new DomainRefusal.StaleVersion("Customer", id, basedOnVersion, get(id).version());
		}
		recordChange(current, changed);
		return changed;
	}

	/**
	 * The audit trail of a customer, newest first.
	 * @param size 1..{@link AuditLog#MAX_SIZE}, {@code null} for
	 * {@link AuditLog#DEFAULT_SIZE}
	 * @throws DomainRefusal.NotFound if there is no such customer
	 * @throws DomainRefusal.Invalid for a size out of range
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> trail(UUID id, Integer size) {
		return this.audit.trailOf(AuditedEntity.CUSTOMER, id, size, this::get);
	}

	/**
	 * One entry for an edit: SUSPENDED or REACTIVATED when the status changed, UPDATED
	 * otherwise; the detail lists every field that changed, old → new.
	 */
	private void recordChange(CustomerAccount before, CustomerAccount after) {
		AuditAction action = (before.status() == after.status()) ? AuditAction.UPDATED
				: (after.status() == CustomerStatus.SUSPENDED) ? AuditAction.SUSPENDED : AuditAction.REACTIVATED;
		AuditDetail changes = AuditDetail.changes()
			.status("status", before.status(), after.status())
			.money("credit limit", "creditLimit", before.creditLimit(), after.creditLimit(), after.currency())
			.number("terms", "paymentTermsDays", before.paymentTermsDays(), after.paymentTermsDays(), "days")
			.quotedChange("name", "name", before.name(), after.name())
			.quotedChange("email", "email", before.email(), after.email());
		this.audit.record(action, after.id(), this.actor.name(), after.updatedAt(),
				changes.orElse("saved without changes"), changes.asData());
	}

	/**
	 * Every customer's id in order, a page at a time after {@code after} (null: from the
	 * first).
	 */
	@Transactional(readOnly = true)
	public List<UUID> idsAfter(UUID after, int limit) {
		return this.customers.idsAfter(after, limit);
	}

	/** Now, as PostgreSQL keeps it: a response and a later read show the same instant. */
	private Instant now() {
		return this.business.now(ChronoUnit.MICROS);
	}

}
