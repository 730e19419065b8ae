// SPDX-License-Identifier: Apache-2.0
package dev.tandem;

import dev.tandem.api.UnencodedAddressHandler;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts Tandem as Quarkus would, after taking over the check of request addresses ({@link UnencodedAddressHandler}). */
@QuarkusMain
public final class TandemMain {
    public static void main(String... args) {
        UnencodedAddressHandler.takeOverAddressCheck();
        Quarkus.run(args);
    }
}
