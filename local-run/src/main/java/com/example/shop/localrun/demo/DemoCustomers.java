package com.example.shop.localrun.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The demo's customers. Billing owns them; orders refers to them by id and keeps a
 * snapshot of the name. Every field is derived from the position in the list, so the
 * dataset is the same on every machine.
 */
public final class DemoCustomers {

	private static final String[] NAMES = { "Hanbit Foods", "Seoul Office Supply", "Busan Marine Traders",
			"Incheon Logistics", "Daegu Textiles", "Gwangju Print House", "Daejeon Labs", "Ulsan Heavy Parts",
			"Suwon Digital", "Jeju Green Farms", "Changwon Machinery", "Goyang Books", "Yongin Home Living",
			"Seongnam Software", "Cheongju Paper Mill", "Jeonju Kitchen Co.", "Pohang Steelworks Canteen",
			"Gimhae Packaging", "Ansan Electronics", "Anyang Design Studio", "Namsan Cafe Group", "Mapo Co-working",
			"Gangnam Dental Clinic", "Itaewon Bistro", "Hongdae Music School", "Jamsil Sports Center",
			"Yeouido Finance Partners", "Songdo Biotech", "Pangyo Robotics", "Bukchon Guesthouse",
			"Sinchon Language Academy", "Dongdaemun Fashion Hub", "Myeongdong Cosmetics", "Insadong Gallery",
			"Apgujeong Florist", "Mokpo Fisheries", "Sokcho Ski Resort", "Andong Heritage Hotel", "Gyeongju Tours",
			"Yeosu Expo Services" };

	private DemoCustomers() {
	}

	/** Every demo customer, in a stable order. */
	public static List<Customer> all() {
		List<Customer> customers = new ArrayList<>();
		for (int i = 0; i < NAMES.length; i++) {
			String name = NAMES[i];
			String email = "ap@" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")
					+ ".example.com";
			BigDecimal creditLimit = BigDecimal.valueOf(5_000_000L + (i % 8) * 2_500_000L).setScale(2);
			int paymentTermsDays = switch (i % 4) {
				case 0 -> 30;
				case 1 -> 14;
				case 2 -> 45;
				default -> 60;
			};
			String status = (i % 13 == 12) ? "SUSPENDED" : "ACTIVE";
			customers
				.add(new Customer(DemoIds.of("customer", name), name, email, creditLimit, paymentTermsDays, status));
		}
		return List.copyOf(customers);
	}

	/**
	 * One customer account.
	 *
	 * @param id the stable id
	 * @param name the company name
	 * @param email the accounts-payable contact
	 * @param creditLimit the credit limit in the business currency (KRW)
	 * @param paymentTermsDays days from issue to due date
	 * @param status {@code ACTIVE} or {@code SUSPENDED}
	 */
	public record Customer(UUID id, String name, String email, BigDecimal creditLimit, int paymentTermsDays,
			String status) {
	}

}
