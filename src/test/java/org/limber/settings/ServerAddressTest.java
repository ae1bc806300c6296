package org.limber.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.limber.i18n.Messages;
import org.limber.settings.ServerAddress.AddressException;
import org.limber.settings.ServerAddress.Problem;

class ServerAddressTest {

    private static void refused(String text, Problem problem) {
        assertThatThrownBy(() -> ServerAddress.parse(text)).as(text)
                .isInstanceOfSatisfying(AddressException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }

    @Test
    void aFullAddressIsReadAndWrittenBackTheSame() {
        ServerAddress a = ServerAddress.parse("postgresql://db.praxis.example:6543/limber?user=anna&schema=limber"
                + "&sslmode=verify-full&sslrootcert=/etc/limber/ca.pem");
        assertThat(a).isEqualTo(new ServerAddress("db.praxis.example", 6543, "limber", "anna", "limber", "verify-full",
                "/etc/limber/ca.pem"));
        assertThat(ServerAddress.parse(a.text())).isEqualTo(a);
    }

    @Test
    void theDefaultsAndTheOtherWaysOfWritingIt() {
        assertThat(ServerAddress.parse("postgres://anna@server/praxis")).isEqualTo(
                new ServerAddress("server", ServerAddress.DEFAULT_PORT, "praxis", "anna", null, null, null));
        ServerAddress v6 = ServerAddress.parse("postgresql://[::1]:5433/praxis?user=anna");
        assertThat(v6.host()).isEqualTo("::1");
        assertThat(ServerAddress.parse(v6.text())).isEqualTo(v6);
        assertThat(ServerAddress.parse("postgresql://h/d?user=J%C3%BCrgen").user()).isEqualTo("Jürgen");
    }

    @Test
    void aPasswordIsNeverTakenFromTheAddress() {
        refused("postgresql://anna:secret@server/praxis", Problem.PASSWORD_IN_ADDRESS);
        refused("postgresql://server/praxis?user=anna&password=secret", Problem.PASSWORD_IN_ADDRESS);
    }

    @Test
    void whatCannotBeUsedIsSaidPrecisely() {
        refused("mysql://server/praxis?user=anna", Problem.NOT_POSTGRESQL);
        refused("postgresql:///praxis?user=anna", Problem.NO_HOST);
        refused("postgresql://server?user=anna", Problem.NO_DATABASE);
        refused("postgresql://server/praxis", Problem.NO_USER);
        refused("postgresql://server/praxis?user=anna&sslmode=sometimes", Problem.BAD_SSL_MODE);
        refused("postgresql://server/praxis?user=anna&applicationName=x", Problem.UNKNOWN_OPTION);
        refused("postgresql://ser ver/praxis", Problem.UNREADABLE);
        for (Problem problem : Problem.values()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
                assertThat(new Messages(locale).has(problem.messageKey())).as(problem + " " + locale).isTrue();
            }
        }
    }

    @Test
    void theLastArgumentCounts() {
        assertThat(ServerAddress.fromArguments(List.of("--data-dir=/x"))).isEmpty();
        assertThat(ServerAddress.fromArguments(List.of("--database=postgresql://a/b?user=c",
                "--database=postgresql://d/e?user=f")).orElseThrow().host()).isEqualTo("d");
    }
}
