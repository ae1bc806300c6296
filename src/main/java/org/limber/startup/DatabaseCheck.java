package org.limber.startup;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.limber.i18n.Messages;
import org.limber.settings.ServerAddress;
import org.limber.storage.Database;
import org.limber.storage.DatabaseOpenException;

/**
 * {@code limber --database=postgresql://host:port/db?user=NAME}: connects to a practice server as this
 * copy of Limber would, and says in the person's language whether it can be used, without opening a
 * window. The password comes from {@code PGPASSFILE} or {@code ~/.pgpass}; when the server wants one
 * and none is there, it is asked on the terminal (not echoed, never stored). Exit status: 0 usable,
 * 1 refused (each reason its own sentence), 2 an address that cannot be used.
 */
public final class DatabaseCheck {

    public static final int USABLE = 0;
    public static final int REFUSED = 1;
    public static final int BAD_ADDRESS = 2;

    private DatabaseCheck() {
    }

    /** {@code password} is asked only when the server refuses the login without one; it may return null. */
    public static int run(List<String> args, Supplier<char[]> password, Messages i18n, PrintStream out) {
        ServerAddress address;
        try {
            address = ServerAddress.fromArguments(args).orElseThrow(
                    () -> new IllegalArgumentException("no " + ServerAddress.ARGUMENT));
        } catch (ServerAddress.AddressException e) {
            out.println(i18n.get("server.check.badAddress", i18n.get(e.problem().messageKey())));
            return BAD_ADDRESS;
        }
        try {
            connect(address, null);
        } catch (DatabaseOpenException e) {
            if (e.reason() != DatabaseOpenException.Reason.WRONG_CREDENTIALS) {
                return refused(address, e, i18n, out);
            }
            char[] typed = password.get();
            if (typed == null) {
                return refused(address, e, i18n, out);
            }
            try {
                connect(address, typed);
            } catch (DatabaseOpenException again) {
                return refused(address, again, i18n, out);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }
        out.println(i18n.get("server.check.usable", address.text()));
        return USABLE;
    }

    private static void connect(ServerAddress address, char[] password) throws DatabaseOpenException {
        Database.connect(address, password, false).close();
    }

    private static int refused(ServerAddress address, DatabaseOpenException e, Messages i18n, PrintStream out) {
        out.println(i18n.get("server.check.refused", address.text(), i18n.get(e.messageKey())));
        return REFUSED;
    }
}
