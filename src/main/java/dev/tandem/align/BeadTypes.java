// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validation shared by the searches: bead shapes are unique and include 1-0 and 0-1, so every lattice cell is reachable. */
final class BeadTypes {

    private BeadTypes() {
    }

    static List<BeadType> checked(List<BeadType> types) {
        List<BeadType> copy = List.copyOf(types);
        if (copy.size() > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("too many bead types: " + copy.size());
        }
        Set<Long> shapes = new HashSet<>();
        for (BeadType type : copy) {
            if (!shapes.add(((long) type.source() << 32) | type.target())) {
                throw new IllegalArgumentException("duplicate bead shape " + type.source() + "-" + type.target());
            }
        }
        if (!shapes.contains(1L << 32) || !shapes.contains(1L)) {
            throw new IllegalArgumentException("bead types must include 1-0 and 0-1");
        }
        return copy;
    }

    /**
     * {@code {source, target}}: the costs of the 1-0 and 0-1 shapes of {@code types}, a sentence left unpaired on
     * either side (NaN for a shape {@code types} lacks).
     */
    static double[] unpairedCosts(List<BeadType> types) {
        double[] costs = {Double.NaN, Double.NaN};
        for (BeadType type : types) {
            if (type.source() == 1 && type.target() == 0) {
                costs[0] = type.cost();
            } else if (type.source() == 0 && type.target() == 1) {
                costs[1] = type.cost();
            }
        }
        return costs;
    }

    static int maxSource(List<BeadType> types) {
        return types.stream().mapToInt(BeadType::source).max().orElse(0);
    }
}
