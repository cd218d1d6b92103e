package com.example.shop.localrun.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo catalog: a few hundred products across categories, with free-form attributes.
 * Catalog owns them; orders snapshot their name and price. Generated from a fixed seed,
 * so it is the same on every machine.
 */
public final class DemoCatalog {

	/**
	 * Category code, display name, SKU prefix, and the base products of the category with
	 * a base price.
	 */
	private static final List<CategorySpec> CATEGORIES = List.of(
			new CategorySpec("stationery", "Stationery", "STA",
					List.of("Gel Pen", "Ballpoint Pen", "Mechanical Pencil", "Notebook A5", "Notebook A4",
							"Sticky Notes", "Highlighter", "Stapler", "Paper Clips", "Correction Tape"),
					1_500),
			new CategorySpec("furniture", "Office Furniture", "FUR",
					List.of("Task Chair", "Standing Desk", "Filing Cabinet", "Bookshelf", "Meeting Table",
							"Monitor Arm", "Footrest", "Drawer Unit"),
					180_000),
			new CategorySpec("electronics", "Electronics", "ELE",
					List.of("USB-C Hub", "Wireless Mouse", "Mechanical Keyboard", "27in Monitor", "Webcam", "Headset",
							"Power Strip", "Label Printer", "Barcode Scanner", "Router"),
					45_000),
			new CategorySpec("kitchen", "Kitchen & Pantry", "KIT",
					List.of("Coffee Beans 1kg", "Green Tea 100 bags", "Paper Cups", "Water Dispenser", "Microwave",
							"Mug Set", "Instant Noodles Box", "Bottled Water 24"),
					12_000),
			new CategorySpec("cleaning", "Cleaning", "CLN",
					List.of("Hand Soap", "Disinfectant Spray", "Paper Towels", "Trash Bags", "Mop Set", "Glass Cleaner",
							"Microfiber Cloths"),
					6_000),
			new CategorySpec("packaging", "Packaging", "PKG",
					List.of("Shipping Box S", "Shipping Box M", "Shipping Box L", "Bubble Wrap Roll", "Packing Tape",
							"Stretch Film", "Padded Envelope"),
					2_500),
			new CategorySpec("safety", "Safety", "SAF",
					List.of("Safety Helmet", "Safety Gloves", "First Aid Kit", "Fire Extinguisher", "Hi-Vis Vest",
							"Ear Plugs", "Safety Glasses"),
					9_000),
			new CategorySpec("printing", "Printing", "PRT", List.of("Copy Paper A4", "Copy Paper A3", "Toner Black",
					"Toner Color Set", "Ink Cartridge", "Laminating Pouches", "Photo Paper"), 8_000));

	private static final String[] COLORS = { "black", "white", "blue", "red", "green", "grey" };

	private static final String[] BRANDS = { "Hanul", "Mirae", "Sejong", "Arirang", "Baekdu" };

	private static final String[] VARIANTS = { "Standard", "Pro", "Eco", "Compact" };

	private DemoCatalog() {
	}

	/** Every category, in display order. */
	public static List<Category> categories() {
		return CATEGORIES.stream().map((c) -> new Category(c.code(), c.name())).toList();
	}

	/** Every demo product (about 270), in SKU order. */
	public static List<Product> products() {
		SplittableRandom random = new SplittableRandom(20261124L);
		List<Product> products = new ArrayList<>();
		for (CategorySpec category : CATEGORIES) {
			int number = 1;
			for (String base : category.bases()) {
				for (String variant : VARIANTS) {
					String sku = "%s-%04d".formatted(category.prefix(), number++);
					long price = Math.round(category.basePrice() * (0.6 + random.nextDouble() * 1.4) / 100.0) * 100;
					if (variant.equals("Pro")) {
						price = price * 3 / 2;
					}
					Map<String, String> attributes = new LinkedHashMap<>();
					attributes.put("brand", BRANDS[random.nextInt(BRANDS.length)]);
					attributes.put("color", COLORS[random.nextInt(COLORS.length)]);
					attributes.put("variant", variant);
					if (category.code().equals("electronics")) {
						attributes.put("warrantyMonths", String.valueOf(12 * (1 + random.nextInt(3))));
					}
					if (category.code().equals("furniture")) {
						attributes.put("material", random.nextBoolean() ? "steel" : "oak");
					}
					// A handful of low-stock and sold-out products so the dashboard has
					// something to flag.
					int stock = (random.nextInt(10) == 0) ? random.nextInt(5) : 20 + random.nextInt(480);
					boolean active = random.nextInt(25) != 0;
					String name = base + " " + variant;
					products.add(
							new Product(sku, name,
									"%s from %s's %s line.".formatted(base, attributes.get("brand"),
											variant.toLowerCase()),
									category.code(), BigDecimal.valueOf(price).setScale(2), Map.copyOf(attributes),
									stock, active));
				}
			}
		}
		return List.copyOf(products);
	}

	/**
	 * A category.
	 *
	 * @param code the stable code
	 * @param name the display name
	 */
	public record Category(String code, String name) {
	}

	/**
	 * A product.
	 *
	 * @param sku the SKU, unique
	 * @param name the display name
	 * @param description one sentence
	 * @param category the category code
	 * @param price the unit price in the business currency (KRW)
	 * @param attributes free-form attributes
	 * @param stockOnHand units in stock
	 * @param active whether it can be sold
	 */
	public record Product(String sku, String name, String description, String category, BigDecimal price,
			Map<String, String> attributes, int stockOnHand, boolean active) {
	}

	private record CategorySpec(String code, String name, String prefix, List<String> bases, long basePrice) {
	}

}
