package dev.agora.users.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.testing.PostgresDatabase;
import dev.agora.users.application.ConfirmErasure;
import dev.agora.users.application.EraseCustomer;
import dev.agora.users.application.ManageAddresses;
import dev.agora.users.application.OpenProfile;
import dev.agora.users.application.SearchProfiles;
import dev.agora.users.application.ViewErasure;
import dev.agora.users.application.ViewProfile;
import dev.agora.users.domain.Address;
import dev.agora.users.domain.AddressDetails;
import dev.agora.users.domain.Erasure;
import dev.agora.users.domain.ErasurePolicy;
import dev.agora.users.domain.Profile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The users' SQL on the real PostgreSQL server (production's database; the other tests run on H2): a profile opened
 * twice, the default address moved, a search with LIKE's wildcards typed as text, an erasure asked twice and
 * confirmed by every participant.
 */
@SpringBootTest
class UsersOnPostgresIT {

    @RegisterExtension
    static final PostgresDatabase DATABASE = new PostgresDatabase("users");

    @Autowired
    ViewProfile viewProfile;

    @Autowired
    OpenProfile openProfile;

    @Autowired
    ManageAddresses addresses;

    @Autowired
    SearchProfiles search;

    @Autowired
    EraseCustomer eraseCustomer;

    @Autowired
    ConfirmErasure confirmErasure;

    @Autowired
    ViewErasure viewErasure;

    @Autowired
    ErasurePolicy policy;

    static AddressDetails at(String line1) {
        return new AddressDetails(null, "Ines Duval", line1, null, "75011", "Paris", "FR");
    }

    @Test
    void a_profile_opened_at_a_first_request_then_announced_gets_the_accounts_email_and_name_once() {
        UUID ines = UUID.randomUUID();
        Profile first = viewProfile.mine(ines);
        OpenProfile.Command announced = new OpenProfile.Command(ines, "ines@agora.test", "Ines", Instant.now());

        Profile filled = openProfile.open(announced).orElseThrow();
        Profile again = openProfile.open(announced).orElseThrow();

        assertThat(first.email()).isNull();
        assertThat(filled.email()).isEqualTo("ines@agora.test");
        assertThat(filled.displayName()).isEqualTo("Ines");
        assertThat(filled.version()).isEqualTo(2);
        assertThat(again.version()).as("announced again: nothing changes").isEqualTo(2);
    }

    @Test
    void one_address_is_the_default_and_the_oldest_left_takes_its_place() {
        UUID ines = UUID.randomUUID();
        Address home = addresses.add(ines, at("1 rue A"), false);
        Address work = addresses.add(ines, at("2 rue B"), true);

        List<Address> mine = addresses.list(ines);
        assertThat(mine).extracting(Address::id).containsExactly(work.id(), home.id());
        assertThat(mine).filteredOn(Address::isDefault).extracting(Address::id).containsExactly(work.id());

        addresses.remove(ines, work.id(), addresses.find(ines, work.id()).version());

        assertThat(addresses.list(ines)).singleElement().satisfies(left -> {
            assertThat(left.id()).isEqualTo(home.id());
            assertThat(left.isDefault()).isTrue();
        });
    }

    @Test
    void a_search_takes_percent_and_underscore_as_text() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        openProfile.open(
                new OpenProfile.Command(UUID.randomUUID(), tag + "_50%@agora.test", "Per Cent", Instant.now()));
        openProfile.open(new OpenProfile.Command(UUID.randomUUID(), tag + "x50y@agora.test", "Other", Instant.now()));

        assertThat(search.search(tag + "_50%", 0, 10).items())
                .extracting(Profile::email)
                .containsExactly(tag + "_50%@agora.test");
        assertThat(search.search(tag.toUpperCase(), 0, 10).totalItems()).isEqualTo(2);
    }

    @Test
    void an_erasure_asked_twice_is_one_and_completes_with_the_last_confirmation() {
        UUID jade = UUID.randomUUID();
        viewProfile.mine(jade);
        addresses.add(jade, at("1 rue Haute"), false);

        Erasure first = eraseCustomer.erase(new EraseCustomer.Command(jade, Instant.now()));
        Erasure again = eraseCustomer.erase(new EraseCustomer.Command(jade, Instant.now()));
        for (String participant : policy.participants()) {
            confirmErasure.confirm(new ConfirmErasure.Command(first.id(), participant, Instant.now()));
        }

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(addresses.list(jade)).isEmpty();
        assertThat(viewErasure.mine(jade).completedAt()).isNotNull();
        assertThat(viewErasure.inStatus(Erasure.Status.COMPLETED, 0, 100).items())
                .extracting(Erasure::id)
                .contains(first.id());
        assertThat(viewErasure.inStatus(Erasure.Status.OVERDUE, 0, 100).items())
                .extracting(Erasure::id)
                .doesNotContain(first.id());
    }
}
