package com.example.shop.bff.search;

import java.util.List;

import com.example.shop.bff.Part;

/**
 * What one domain found: at most {@link SearchService#HITS} hits, best first, or
 * unavailable when its backend did not answer (the other groups still show).
 *
 * @param domain which domain
 * @param hits the hits, possibly none
 */
public record Group(Domain domain, Part<List<Hit>> hits) {
}
