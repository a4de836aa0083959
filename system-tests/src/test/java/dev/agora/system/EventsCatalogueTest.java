package dev.agora.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor.JavaType;
import com.google.protobuf.Descriptors.FileDescriptor;
import dev.agora.contracts.identity.v1.AccountOpened;
import dev.agora.contracts.inventory.v1.ReserveStock;
import dev.agora.contracts.inventory.v1.StockReserved;
import dev.agora.contracts.orders.v1.OrderPlaced;
import dev.agora.contracts.payments.v1.AuthorizePayment;
import dev.agora.contracts.payments.v1.PaymentAuthorized;
import dev.agora.contracts.reviews.v1.ProductRatingChanged;
import dev.agora.contracts.users.v1.CustomerErasureRequested;
import dev.agora.contracts.users.v1.DisplayNameChanged;
import dev.agora.launcher.Home;
import dev.agora.launcher.Topology;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/events.md is the catalogue of every topic and message: it must name exactly the topics the launcher creates, and
 * under each topic every message its contract file defines, by the type name consumers dispatch on.
 */
class EventsCatalogueTest {

    private static final Pattern TOPIC_HEADING = Pattern.compile("^## ([a-z]+\\.[a-z]+\\.v\\d+)$", Pattern.MULTILINE);

    /** The contract file of each stream: {@code agora/<owner>/v1/<x>_<stream>.proto} is {@code <owner>.<stream>.v1}. */
    private static final List<FileDescriptor> CONTRACTS = List.of(
            OrderPlaced.getDescriptor().getFile(),
            ReserveStock.getDescriptor().getFile(),
            StockReserved.getDescriptor().getFile(),
            AuthorizePayment.getDescriptor().getFile(),
            PaymentAuthorized.getDescriptor().getFile(),
            AccountOpened.getDescriptor().getFile(),
            CustomerErasureRequested.getDescriptor().getFile(),
            DisplayNameChanged.getDescriptor().getFile(),
            ProductRatingChanged.getDescriptor().getFile());

    @Test
    void names_every_topic_the_launcher_creates_and_no_other() throws IOException {
        List<String> streams = Topology.topics().keySet().stream()
                .filter(topic -> !topic.endsWith(".DLT"))
                .toList();

        assertThat(sections().keySet()).containsExactlyInAnyOrderElementsOf(streams);
    }

    @Test
    void lists_every_message_of_each_topic_under_it() throws IOException {
        Map<String, String> sections = sections();
        for (FileDescriptor contract : CONTRACTS) {
            String topic = topicOf(contract);
            assertThat(sections)
                    .as("a section for %s (from %s)", topic, contract.getName())
                    .containsKey(topic);
            for (Descriptor message : messagesOf(contract)) {
                assertThat(sections.get(topic))
                        .as("%s lists %s", topic, message.getFullName())
                        .contains("`" + message.getFullName() + "`");
            }
        }
    }

    /** The messages a file sends on its topic: those no other message of the file is built from. */
    private static List<Descriptor> messagesOf(FileDescriptor contract) {
        return contract.getMessageTypes().stream()
                .filter(message -> contract.getMessageTypes().stream()
                        .flatMap(other -> other.getFields().stream())
                        .noneMatch(field -> field.getJavaType() == JavaType.MESSAGE
                                && field.getMessageType().equals(message)))
                .toList();
    }

    private static String topicOf(FileDescriptor contract) {
        String owner = contract.getPackage().split("\\.")[1];
        String file = Path.of(contract.getName()).getFileName().toString();
        String stream = file.substring(file.lastIndexOf('_') + 1, file.length() - ".proto".length());
        return owner + "." + stream + ".v1";
    }

    /** The text under each {@code ## <topic>} heading, up to the next heading. */
    private static Map<String, String> sections() throws IOException {
        Path repository = Home.findRepository(Path.of(""));
        String catalogue = Files.readString(repository.resolve("docs/events.md"));
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher heading = TOPIC_HEADING.matcher(catalogue);
        while (heading.find()) {
            int next = catalogue.indexOf("\n## ", heading.end());
            sections.put(heading.group(1), catalogue.substring(heading.end(), next < 0 ? catalogue.length() : next));
        }
        return sections;
    }
}
