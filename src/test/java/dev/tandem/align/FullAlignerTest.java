// SPDX-License-Identifier: Apache-2.0
package dev.tandem.align;

class FullAlignerTest extends AlignerContractTest {
    @Override
    Aligner aligner() {
        return new FullAligner(TYPES);
    }
}
