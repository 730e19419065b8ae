// SPDX-License-Identifier: Apache-2.0
package dev.tandem.service;

/** An online backup asked of a database that Tandem does not back up itself (PostgreSQL: pg_dump does). */
public class BackupUnavailableException extends RuntimeException {
    public BackupUnavailableException(String message) {
        super(message);
    }
}
