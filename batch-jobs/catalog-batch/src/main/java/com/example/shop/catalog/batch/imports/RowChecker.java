package com.example.shop.catalog.batch.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.example.shop.catalog.history.ImportRejects;
import com.example.shop.catalog.product.ImportedProduct;
import com.example.shop.catalog.product.ProductDraft;
import com.example.shop.catalog.product.ProductImports;
import com.example.shop.support.domain.FieldViolation;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads a row's values and checks it by every rule CreateProduct and UpdateProduct
 * enforce ({@link ProductImports#check}), plus the file's own (numbers that are numbers,
 * {@code active} true or false, as many fields as the header). A row that breaks any is
 * rejected with every reason at once, in the rules' own words.
 */
record RowChecker(ProductImports imports, ImportColumns columns, Set<String> categories,
		String currency) implements ItemProcessor<CsvRow, ImportRow> {

	@Override
	public ImportRow process(CsvRow row) {
		String sku = value(row, "sku");
		List<String> problems = new ArrayList<>();
		if (row.fields() != this.columns.header().size()) {
			problems.add("the row has %d fields, the header %d".formatted(row.fields(), this.columns.header().size()));
			return rejected(row, sku, problems);
		}
		BigDecimal price = null;
		String priceText = value(row, "price");
		if (!priceText.isEmpty()) {
			try {
				price = new BigDecimal(priceText);
			}
			catch (NumberFormatException ex) {
				problems.add("price: '%s' is not a decimal amount like 1200.00".formatted(priceText));
			}
		}
		int stock = whole(row, "stock", problems, true);
		int receive = this.columns.receive() ? whole(row, "receive", problems, false) : 0;
		boolean active = true;
		if (this.columns.active()) {
			String text = value(row, "active").toLowerCase(Locale.ROOT);
			if (text.equals("false")) {
				active = false;
			}
			else if (!text.isEmpty() && !text.equals("true")) {
				problems.add("active: must be true or false");
			}
		}
		Map<String, String> attributes = new LinkedHashMap<>();
		for (String column : this.columns.attributes()) {
			String value = value(row, column);
			if (!value.isEmpty()) {
				attributes.put(column.substring(ImportColumns.ATTRIBUTE.length()), value);
			}
		}
		Set<ProductDraft.Field> fields = EnumSet.of(ProductDraft.Field.NAME, ProductDraft.Field.CATEGORY,
				ProductDraft.Field.PRICE, ProductDraft.Field.STOCK_ON_HAND);
		if (this.columns.description()) {
			fields.add(ProductDraft.Field.DESCRIPTION);
		}
		if (this.columns.active()) {
			fields.add(ProductDraft.Field.ACTIVE);
		}
		if (!this.columns.attributes().isEmpty()) {
			fields.add(ProductDraft.Field.ATTRIBUTES);
		}
		ProductDraft draft = new ProductDraft(value(row, "name"),
				this.columns.description() ? value(row, "description") : "", value(row, "category"),
				(price != null) ? new ProductDraft.Price(this.currency, price) : null, attributes, stock, active);
		ImportedProduct product = new ImportedProduct(row.line(), sku, draft, fields, receive);
		for (FieldViolation violation : this.imports.check(product, this.categories)) {
			if (!(violation.field().equals("price") && price == null && !priceText.isEmpty())) {
				problems.add(violation.field() + ": " + violation.message());
			}
		}
		return problems.isEmpty() ? new ImportRow.Accepted(product) : rejected(row, sku, problems);
	}

	private static ImportRow rejected(CsvRow row, String sku, List<String> problems) {
		return new ImportRow.Rejected(new ImportRejects.Reject(row.line(), sku,
				problems.stream().distinct().collect(Collectors.joining("; "))));
	}

	private static int whole(CsvRow row, String column, List<String> problems, boolean required) {
		String text = value(row, column);
		if (text.isEmpty()) {
			if (required) {
				problems.add(column + ": is required");
			}
			return 0;
		}
		try {
			int number = Integer.parseInt(text);
			if (number < 0) {
				problems.add(column + ": must not be negative");
			}
			return Math.max(number, 0);
		}
		catch (NumberFormatException ex) {
			problems.add("%s: '%s' is not a whole number".formatted(column, text));
			return 0;
		}
	}

	private static String value(CsvRow row, String column) {
		String value = row.values().get(column);
		return (value != null) ? value.strip() : "";
	}

}
