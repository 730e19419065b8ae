// SPDX-License-Identifier: Apache-2.0
package dev.tandem.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt hashing and checking; the rules a new password must meet are {@code service.PasswordRules}. */
public final class Passwords {
    /** bcrypt reads at most 72 bytes; a longer limit would let two different passwords match. */
    public static final int MAX_UTF8_BYTES = 72;
    private static final int COST = 10;
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    /** Verified against when the user does not exist, so a wrong username costs as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no such user, no such password", COST);

    private Passwords() {
    }

    /** The bcrypt hash of {@code password}, which must already meet the rules. */
    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    /** True when the password matches; a null hash (unknown user) costs the same time and never matches. */
    public static boolean matches(String password, String hash) {
        boolean known = hash != null;
        boolean ok = verify(password == null ? "" : password, known ? hash : DUMMY_HASH);
        return known && ok;
    }

    private static boolean verify(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
