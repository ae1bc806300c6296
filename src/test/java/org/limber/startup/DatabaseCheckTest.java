package org.limber.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.limber.i18n.Messages;
import org.limber.settings.ServerAddress;
import org.limber.storage.Database;
import org.limber.storage.DatabaseOpenException;
import org.limber.storage.TestServer;

/** {@code limber --database=...}: a sentence and an exit status for every outcome, on a real server. */
class DatabaseCheckTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final AtomicInteger asked = new AtomicInteger();

    private int check(String address, Locale locale) {
        return DatabaseCheck.run(List.of("--database=" + address), () -> {
            asked.incrementAndGet();
            return "not-this-one".toCharArray();
        }, new Messages(locale), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aServerSetUpForThisVersionIsUsable() throws DatabaseOpenException {
        ServerAddress address = TestServer.freshSchema();
        Database.connect(address, null, true).close();
        assertThat(check(address.text(), Locale.ENGLISH)).isEqualTo(DatabaseCheck.USABLE);
        assertThat(printed()).contains("can be used").contains(address.text());
        assertThat(asked).hasValue(0);
    }

    @Test
    void aServerNotSetUpIsRefusedInThePersonsLanguage() {
        ServerAddress address = TestServer.freshSchema();
        assertThat(check(address.text(), Locale.GERMAN)).isEqualTo(DatabaseCheck.REFUSED);
        assertThat(printed()).contains("noch keine Limber-Daten").doesNotContain("!server");
    }

    @Test
    void aRefusedLoginAsksForThePasswordOnce() {
        ServerAddress address = TestServer.freshSchema();
        ServerAddress stranger = new ServerAddress(address.host(), address.port(), address.database(), "stranger",
                address.schema(), address.sslMode(), null);
        assertThat(check(stranger.text(), Locale.ENGLISH)).isEqualTo(DatabaseCheck.REFUSED);
        assertThat(asked).hasValue(1);
        assertThat(printed()).contains("refused the user name or the password");
    }

    @Test
    void anAddressWithAPasswordIsRefusedBeforeAnythingIsSent() {
        assertThat(check("postgresql://anna:secret@localhost/praxis", Locale.ENGLISH)).isEqualTo(DatabaseCheck.BAD_ADDRESS);
        assertThat(printed()).contains("password does not belong in the address").doesNotContain("secret");
    }
}
