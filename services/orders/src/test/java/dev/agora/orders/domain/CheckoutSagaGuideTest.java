package dev.agora.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/guides/checkout-saga.md explains the saga by the names the code gives it: every step, compensation, reason
 * and event of the order must appear in it, so that renaming one in the code without the guide fails here.
 */
class CheckoutSagaGuideTest {

    @Test
    void names_every_step_compensation_reason_and_event_of_the_saga() throws IOException {
        String guide = Files.readString(Path.of("../../docs/guides/checkout-saga.md"));

        Stream.of(
                        Arrays.stream(CheckoutStep.values()).map(Enum::name),
                        Arrays.stream(Compensation.values()).map(Enum::name),
                        Arrays.stream(CancellationReason.values()).map(Enum::name),
                        Arrays.stream(OrderEvent.class.getPermittedSubclasses()).map(Class::getSimpleName))
                .flatMap(names -> names)
                .forEach(
                        name -> assertThat(guide).as("the guide names %s", name).contains("`" + name + "`"));
    }
}
