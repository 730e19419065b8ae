// SPDX-License-Identifier: Apache-2.0
package dev.tandem.testing;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The records a logger (and the loggers under it) publishes while open, as the application under test writes them:
 * a JUL handler, which the JBoss log manager of a {@code @QuarkusTest} calls like its own.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        this.logger = logger;
    }

    /** Captures what {@code category} ("" for every logger) logs from now on, until closed. */
    public static LogCapture of(String category) {
        var capture = new LogCapture(Logger.getLogger(category));
        capture.logger.addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            ext.copyAll(); // the MDC and the message are read later, on another thread
        }
        records.add(record);
    }

    /** The messages, formatted, of the records at {@code level} or above. */
    public List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue())
                .map(LogCapture::formatted).toList();
    }

    /** The values of the MDC entry {@code key} of the records at {@code level} or above that have one. */
    public List<String> mdc(Level level, String key) {
        return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue())
                .filter(ExtLogRecord.class::isInstance).map(r -> ((ExtLogRecord) r).getMdc(key))
                .filter(Objects::nonNull).toList();
    }

    private static String formatted(LogRecord record) {
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
