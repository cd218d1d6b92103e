package com.example.shop.support.audit;

import com.example.shop.support.domain.DomainRefusal;

/**
 * How many entries one read of an audit trail returns: the rule orders' and billing's
 * audit endpoints share, so a size out of range is refused alike in both.
 *
 * @param defaultSize the size when the caller names none
 * @param max the most entries one read returns
 */
public record TrailSize(int defaultSize, int max) {

	/**
	 * {@code size}, or {@link #defaultSize} when {@code null}.
	 * @throws DomainRefusal.Invalid naming {@code size} outside 1..{@link #max}
	 */
	public int checked(Integer size) {
		int resolved = (size != null) ? size : this.defaultSize;
		if (resolved < 1 || resolved > this.max) {
			throw new DomainRefusal.Invalid("size", "must be between 1 and " + this.max);
		}
		return resolved;
	}

}
