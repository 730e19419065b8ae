// SPDX-License-Identifier: Apache-2.0
package dev.tandem.config;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder where uploaded files wait while a request is read: for this user alone (rwx------), since they are
 * clients' texts and the folder lies in the machine's shared temporary directory. Vert.x makes it with the umask's
 * rights (readable by every user of the machine); they are narrowed as Tandem starts, before the first upload.
 */
@ApplicationScoped
public class UploadsDirectory {
    @ConfigProperty(name = "quarkus.http.body.uploads-directory")
    String directory;

    void onStart(@Observes StartupEvent event) {
        Path path = Path.of(directory);
        try {
            Files.createDirectories(path);
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (posix && Files.getOwner(path).getName().equals(System.getProperty("user.name"))) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
            }
            if (!Files.isWritable(path)) {
                Log.warnf("Uploads cannot be received: %s (quarkus.http.body.uploads-directory) is not writable by"
                        + " this user; give it to this user or point the setting at another folder", path);
            }
        } catch (IOException e) {
            Log.warnf("Uploads cannot be received: %s (quarkus.http.body.uploads-directory) cannot be made (%s)",
                    path, e);
        }
    }
}
