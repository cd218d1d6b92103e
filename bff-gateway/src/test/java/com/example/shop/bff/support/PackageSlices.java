package com.example.shop.bff.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * Slices for the architecture tests of the BFF and the UI: one per package directly below
 * a root package, the root package itself being one more (so a root that imports what
 * lives below it is a cycle too).
 */
public final class PackageSlices {

	private PackageSlices() {
	}

	public static SliceAssignment below(String root) {
		return new SliceAssignment() {

			@Override
			public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
				String name = javaClass.getPackageName();
				if (name.equals(root)) {
					return SliceIdentifier.of("(root)");
				}
				if (!name.startsWith(root + ".")) {
					return SliceIdentifier.ignore();
				}
				String below = name.substring(root.length() + 1);
				int dot = below.indexOf('.');
				return SliceIdentifier.of((dot < 0) ? below : below.substring(0, dot));
			}

			@Override
			public String getDescription() {
				return "the packages directly below " + root + " and " + root + " itself";
			}

		};
	}

}
